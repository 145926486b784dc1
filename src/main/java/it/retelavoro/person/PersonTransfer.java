package it.retelavoro.person;

import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One transfer of a person's pathway from an organisation to another: by the organisation in charge (a
 * transfer, with a reason) or by the organisation the person chose (a taking over, with the date and the
 * reference of the signed choice).
 */
public record PersonTransfer(OrganisationId from, OrganisationId to, String reason, Instant transferredAt,
        UserId transferredBy, Kind kind, LocalDate choiceDate, String documentReference) {

    /** How the person moved. */
    public enum Kind {
        /** Handed over by the organisation in charge (or an administrator). */
        TRANSFER,
        /** Taken over by the organisation the person chose ("da qualsiasi punto della rete"). */
        CHOICE
    }

    /** A transfer by the organisation in charge. */
    public PersonTransfer(OrganisationId from, OrganisationId to, String reason, Instant transferredAt,
            UserId transferredBy) {
        this(from, to, reason, transferredAt, transferredBy, Kind.TRANSFER, null, null);
    }
}
