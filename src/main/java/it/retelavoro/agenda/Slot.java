package it.retelavoro.agenda;

import it.retelavoro.shared.UserId;
import java.time.Instant;
import java.util.Objects;

/** A free span of an operator's hours at a site, as long as the appointment asked for. */
public record Slot(Instant start, Instant end, UserId operatorId) {

    public Slot {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(operatorId, "operatorId");
    }
}
