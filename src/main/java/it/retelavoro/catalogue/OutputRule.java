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
 * @param notRequiredInModes the modes in which a required output is not asked of the registration (A.2 in group:
 *                     the Patto is put in each person's "colloquio individuale", possibly later)
 */
public record OutputRule(OutputCode code, String label, boolean required, Optional<OutputCode> requiredWhen,
        Set<DeliveryMode> notRequiredInModes) {

    public OutputRule {
        Objects.requireNonNull(code, "code");
        Copies.requireText(label, "label");
        Objects.requireNonNull(requiredWhen, "requiredWhen");
        if (requiredWhen.isPresent() && requiredWhen.get() == code) {
            throw new IllegalArgumentException("un output non può essere richiesto in presenza di sé stesso: " + code);
        }
        notRequiredInModes = Copies.enumSet(DeliveryMode.class,
                notRequiredInModes == null ? Set.of() : notRequiredInModes, "notRequiredInModes");
    }

    /** An output required in every mode. */
    public OutputRule(OutputCode code, String label, boolean required, Optional<OutputCode> requiredWhen) {
        this(code, label, required, requiredWhen, Set.of());
    }

    /** Whether a registration in the mode carrying {@code carried} must carry this output. */
    public boolean isRequiredGiven(Set<OutputCode> carried, DeliveryMode mode) {
        return !notRequiredInModes.contains(mode) && isRequiredGiven(carried);
    }

    /** Whether a registration carrying {@code carried} must carry this output. */
    public boolean isRequiredGiven(Set<OutputCode> carried) {
        return required || requiredWhen.map(carried::contains).orElse(false);
    }
}
