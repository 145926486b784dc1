package it.retelavoro.catalogue;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An output a service's registration may carry.
 *
 * @param code         the output
 * @param label        the Italian label, as the scheda words it
 * @param required     whether every registration must carry it
 * @param requiredWhen when present, the output is required if the registration carries this other one
 */
public record OutputRule(OutputCode code, String label, boolean required, Optional<OutputCode> requiredWhen) {

    public OutputRule {
        Objects.requireNonNull(code, "code");
        Copies.requireText(label, "label");
        Objects.requireNonNull(requiredWhen, "requiredWhen");
        if (requiredWhen.isPresent() && requiredWhen.get() == code) {
            throw new IllegalArgumentException("un output non può essere richiesto in presenza di sé stesso: " + code);
        }
    }

    /** Whether a registration carrying {@code carried} must carry this output. */
    public boolean isRequiredGiven(Set<OutputCode> carried) {
        return required || requiredWhen.map(carried::contains).orElse(false);
    }
}
