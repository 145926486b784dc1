package it.retelavoro.person;

import java.util.Set;

/**
 * What work the person is available for.
 *
 * @param hours             full time, part time or either
 * @param maxKm             how far from home they would travel, empty when not said
 * @param provinces         the provinces (two-letter codes) they would work in, empty when not said
 * @param willingToRelocate whether they would move house for a job
 */
public record Availability(WorkingHours hours, Integer maxKm, Set<String> provinces, Boolean willingToRelocate) {

    public Availability {
        // absent in JSON means no
        willingToRelocate = Boolean.TRUE.equals(willingToRelocate);
        provinces = provinces == null ? Set.of() : Set.copyOf(provinces);
    }

    public static Availability unknown() {
        return new Availability(null, null, Set.of(), false);
    }
}
