package it.retelavoro.pathway;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The rule the Patto di Servizio and the PAI share: one signed document of a kind is in force for a person,
 * and a new signature supersedes it; a refusal supersedes nothing. Each aggregate applies it to its own
 * state ({@link Pact#supersede}, {@link ActionPlan#supersede}).
 */
final class Supersession {

    private Supersession() {
    }

    /**
     * The earlier documents a new one supersedes, each marked by {@code markSuperseded}.
     *
     * @param newSigned      whether the new document was signed
     * @param earlier        the person's earlier documents of the same kind
     * @param inForce        whether one of them is in force
     * @param markSuperseded marks one of them as superseded by the new document
     */
    static <D> List<D> supersede(boolean newSigned, List<D> earlier, Predicate<D> inForce,
            Consumer<D> markSuperseded) {
        if (!newSigned) {
            return List.of();
        }
        List<D> superseded = earlier.stream().filter(inForce).toList();
        superseded.forEach(markSuperseded);
        return superseded;
    }
}
