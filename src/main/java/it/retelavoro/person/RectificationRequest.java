package it.retelavoro.person;

import it.retelavoro.shared.OrganisationId;
import java.time.Instant;
import java.util.UUID;

/**
 * A person's request to correct a field of their record, and its answer.
 *
 * @param organisationId the organisation in charge when it was asked, whose queue it is in
 * @param state          {@code OPEN}, {@code ACCEPTED} or {@code REFUSED}
 * @param answerReason   why it was accepted or refused; null while open
 */
public record RectificationRequest(UUID id, PersonId personId, OrganisationId organisationId, RectifiableField field,
        String proposedValue, String note, Instant requestedAt, State state, Instant answeredAt, String answerReason) {

    public static final int PROPOSED_VALUE_MAX = 500;
    public static final int NOTE_MAX = 1000;
    public static final int ANSWER_REASON_MAX = 500;

    public enum State {
        OPEN, ACCEPTED, REFUSED;

        public String labelKey() {
            return "vocabulary.rectification-state." + name();
        }
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }
}
