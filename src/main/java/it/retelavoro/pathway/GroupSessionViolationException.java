package it.retelavoro.pathway;

import it.retelavoro.catalogue.Verdict;
import it.retelavoro.person.PersonId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A group session the repertorio does not allow for one or more participants: nothing was saved for any
 * of them. Answered with 422 and the violations of each participant.
 */
public class GroupSessionViolationException extends RuntimeException {

    private final Map<PersonId, Verdict> refused;

    public GroupSessionViolationException(Map<PersonId, Verdict> refused) {
        super("Sessione di gruppo non consentita dal repertorio per " + refused.size() + " partecipanti");
        this.refused = new LinkedHashMap<>(refused);
    }

    /** The participants refused, in the order of the request, each with the engine's verdict. */
    public Map<PersonId, Verdict> refused() {
        return Map.copyOf(refused);
    }

    /** As {@link #refused()}, keeping the order of the request. */
    public Iterable<Map.Entry<PersonId, Verdict>> inOrder() {
        return refused.entrySet();
    }
}
