package it.retelavoro.person;

import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.UserId;
import java.time.Instant;

/** One transfer of a person's pathway from an organisation to another. */
public record PersonTransfer(OrganisationId from, OrganisationId to, String reason, Instant transferredAt,
        UserId transferredBy) {
}
