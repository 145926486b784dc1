package it.retelavoro.catalogue;

import java.time.LocalDate;
import java.util.Objects;

/** A service already delivered to the recipient, on a date. */
public record PriorDelivery(ServiceCode service, LocalDate date) {

    public PriorDelivery {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(date, "date");
    }
}
