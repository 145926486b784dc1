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

    /**
     * The earlier documents a cancelled one had superseded, each put back in force by {@code unmark}: a
     * document cancelled as registered by mistake never superseded anything.
     *
     * @param cancelled    the id of the cancelled document
     * @param earlier      the person's earlier documents of the same kind
     * @param supersededBy the id of the document that superseded one of them, or null
     * @param unmark       puts one of them back in force
     */
    static <D, I> List<D> reinstate(I cancelled, List<D> earlier, java.util.function.Function<D, I> supersededBy,
            Consumer<D> unmark) {
        List<D> reinstated = earlier.stream().filter(old -> cancelled.equals(supersededBy.apply(old))).toList();
        reinstated.forEach(unmark);
        return reinstated;
    }
}
