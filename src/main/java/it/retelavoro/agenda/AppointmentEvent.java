package it.retelavoro.agenda;

import it.retelavoro.shared.UserId;
import java.time.Instant;
import java.util.Objects;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What happened to an appointment: booked, moved (from which start to which), cancelled; by whom, when, and why
 * when a reason is asked.
 */
@Table("agenda_appointment_event")
public record AppointmentEvent(Kind kind, Instant occurredAt, UserId userId, Instant fromStart, Instant toStart,
        String reason) {

    public enum Kind {
        BOOKED, MOVED, CANCELLED;

        public String labelKey() {
            return "agenda.event." + name();
        }
    }

    public AppointmentEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(userId, "userId");
    }
}
