package it.retelavoro.agenda;

import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Works out the free slots of a site: each operator's weekly hours there on each day, cut into spans of the
 * appointment's length from the start of the hours, less what is taken. A span that meets an appointment, an
 * absence or a closure is not offered, and the next one starts where that ends, so that the time after an
 * appointment of another length is offered too. A group session needs the site's classroom free as well.
 */
final class SlotCalculator {

    /** A span taken: by an operator's appointment, or by the classroom's (operator null), or closed. */
    record Taken(UserId operatorId, boolean room, Instant start, Instant end) {
    }

    private final ZoneId zone;

    SlotCalculator(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * The free slots of the days from and to (included), starting no earlier than {@code notBefore}, in the order
     * of their start, then of the operator.
     *
     * @param hours    the weekly hours at the site (of one operator, or of all)
     * @param closures the site's closures and the operators' absences overlapping the days
     * @param taken    the operators' booked appointments at any site, and the classroom's, overlapping the days
     */
    List<Slot> free(SiteId site, List<Availability> hours, List<Closure> closures, List<Taken> taken,
            AppointmentType type, LocalDate from, LocalDate to, Instant notBefore) {
        Duration length = Duration.ofMinutes(type.minutes());
        Map<UserId, List<Taken>> byOperator = new HashMap<>();
        List<Taken> room = new ArrayList<>();
        for (Taken span : taken) {
            if (span.room()) {
                room.add(span);
            }
            if (span.operatorId() != null) {
                byOperator.computeIfAbsent(span.operatorId(), operator -> new ArrayList<>()).add(span);
            }
        }
        List<Slot> slots = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (PublicHolidays.isHoliday(day)) {
                continue;
            }
            for (Availability window : hours) {
                if (!window.holdsOn(day)) {
                    continue;
                }
                UserId operator = window.operatorId();
                List<Taken> busy = byOperator.getOrDefault(operator, List.of());
                Instant end = day.atTime(window.ends()).atZone(zone).toInstant();
                Instant start = day.atTime(window.starts()).atZone(zone).toInstant();
                while (!start.plus(length).isAfter(end)) {
                    Instant slotEnd = start.plus(length);
                    Optional<Instant> blockedUntil = blockedUntil(site, operator, start, slotEnd, closures, busy,
                            type.isGroup() ? room : List.of());
                    if (blockedUntil.isPresent()) {
                        start = blockedUntil.get();
                        continue;
                    }
                    if (!start.isBefore(notBefore)) {
                        slots.add(new Slot(start, slotEnd, operator));
                    }
                    start = slotEnd;
                }
            }
        }
        slots.sort(Comparator.comparing(Slot::start).thenComparing(slot -> slot.operatorId().value()));
        return slots;
    }

    /** Where the latest of what blocks [start, end) ends; empty when nothing does. */
    private static Optional<Instant> blockedUntil(SiteId site, UserId operator, Instant start, Instant end,
            List<Closure> closures, List<Taken> busy, List<Taken> room) {
        Instant until = null;
        for (Closure closure : closures) {
            if (closure.concerns(site, operator) && closure.overlaps(start, end)) {
                until = later(until, closure.endsAt());
            }
        }
        for (Taken span : busy) {
            if (span.start().isBefore(end) && span.end().isAfter(start)) {
                until = later(until, span.end());
            }
        }
        for (Taken span : room) {
            if (span.start().isBefore(end) && span.end().isAfter(start)) {
                until = later(until, span.end());
            }
        }
        return Optional.ofNullable(until);
    }

    private static Instant later(Instant one, Instant other) {
        return one == null || other.isAfter(one) ? other : one;
    }

    /** Whether [start, end) lies within one of the operator's windows at the site on its day. */
    boolean withinHours(UserId operator, List<Availability> hours, Instant start, Instant end) {
        LocalDate day = start.atZone(zone).toLocalDate();
        if (PublicHolidays.isHoliday(day)) {
            return false;
        }
        return hours.stream().filter(window -> window.operatorId().equals(operator))
                .filter(window -> window.holdsOn(day))
                .anyMatch(window -> !start.isBefore(day.atTime(window.starts()).atZone(zone).toInstant())
                        && !end.isAfter(day.atTime(window.ends()).atZone(zone).toInstant()));
    }

    /** The closure of the site or absence of the operator that covers part of [start, end), if any. */
    static Optional<Closure> closedDuring(SiteId site, UserId operator, List<Closure> closures, Instant start,
            Instant end) {
        return closures.stream().filter(closure -> closure.concerns(site, operator) && closure.overlaps(start, end))
                .findFirst();
    }
}
