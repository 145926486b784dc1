package it.retelavoro.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One meeting of a delivery, as the rule engine judges it: a service whose minimum applies to each meeting
 * ("incontri ... durata minima") is judged meeting by meeting.
 *
 * @param date    the day of the meeting
 * @param minutes how long it lasted, {@code null} when not measured
 * @param mode    how it was held (individual, group, back office)
 * @param part    presence or back office; from the mode when not given
 */
public record Meeting(LocalDate date, Integer minutes, DeliveryMode mode, MeetingPart part) {

    public Meeting {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(mode, "mode");
        if (minutes != null && minutes < 0) {
            throw new IllegalArgumentException("minutes non può essere negativo: " + minutes);
        }
        part = part == null ? MeetingPart.of(mode) : part;
    }

    /** A meeting whose part follows from its mode. */
    public static Meeting of(LocalDate date, Integer minutes, DeliveryMode mode) {
        return new Meeting(date, minutes, mode, null);
    }

    /** The minutes of all the meetings, {@code null} when one of them was not measured or there are none. */
    public static Integer totalMinutes(List<Meeting> meetings) {
        if (meetings.isEmpty() || meetings.stream().anyMatch(meeting -> meeting.minutes() == null)) {
            return null;
        }
        return meetings.stream().mapToInt(Meeting::minutes).sum();
    }
}
