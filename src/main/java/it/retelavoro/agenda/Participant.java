package it.retelavoro.agenda;

import it.retelavoro.person.PersonId;
import it.retelavoro.shared.UserId;
import java.time.Instant;
import java.util.Objects;
import org.springframework.data.relational.core.mapping.Table;

/** A person booked in a group session. */
@Table("agenda_participant")
public record Participant(PersonId personId, Instant bookedAt, UserId bookedBy) {

    public Participant {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(bookedAt, "bookedAt");
        Objects.requireNonNull(bookedBy, "bookedBy");
    }
}
