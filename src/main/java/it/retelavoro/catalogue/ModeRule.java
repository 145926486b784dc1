package it.retelavoro.catalogue;

import java.util.EnumSet;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A delivery mode a service allows, with its minimum duration (if the scheda sets one) and its minimum
 * number of meetings.
 *
 * @param mode        the delivery mode allowed
 * @param minMinutes  the minimum duration in minutes, empty when the scheda sets none ("durata variabile")
 * @param minMeetings the minimum number of meetings, at least 1
 * @param minutesPer  whether {@code minMinutes} applies to each meeting or to the whole delivery
 * @param groupReasons the reasons one of which a delivery in this mode must record, none when any group will
 *                     do (A.2: "in caso di prese in carico collettive da aziende o convocazioni relative a
 *                     progetti")
 */
public record ModeRule(DeliveryMode mode, OptionalInt minMinutes, int minMeetings, MinutesBasis minutesPer,
        Set<GroupReason> groupReasons) {

    public ModeRule {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(minMinutes, "minMinutes");
        Objects.requireNonNull(minutesPer, "minutesPer");
        if (minMinutes.isPresent() && minMinutes.getAsInt() < 0) {
            throw new IllegalArgumentException("minMinutes non può essere negativo: " + minMinutes.getAsInt());
        }
        if (minMeetings < 1) {
            throw new IllegalArgumentException("minMeetings deve essere almeno 1: " + minMeetings);
        }
        groupReasons = Copies.enumSet(GroupReason.class, groupReasons == null ? Set.of() : groupReasons,
                "groupReasons");
    }

    /** A mode that asks no reason for a group. */
    public ModeRule(DeliveryMode mode, OptionalInt minMinutes, int minMeetings, MinutesBasis minutesPer) {
        this(mode, minMinutes, minMeetings, minutesPer, EnumSet.noneOf(GroupReason.class));
    }

    /** A mode with a minimum per meeting and a single meeting. */
    public static ModeRule of(DeliveryMode mode, int minMinutes) {
        return new ModeRule(mode, OptionalInt.of(minMinutes), 1, MinutesBasis.MEETING);
    }

    /** A mode with no minimum duration. */
    public static ModeRule withoutMinimum(DeliveryMode mode) {
        return new ModeRule(mode, OptionalInt.empty(), 1, MinutesBasis.MEETING);
    }

    /** Whether a delivery in this mode must say why it is a group, naming the company or project. */
    public boolean asksGroupReason() {
        return !groupReasons.isEmpty();
    }

    /**
     * The minimum total minutes of a registration with the given number of meetings: the minimum times
     * the meetings when it applies per meeting, the minimum itself when it applies to the delivery.
     */
    public OptionalInt minimumTotalMinutes(int meetings) {
        if (minMinutes.isEmpty()) {
            return OptionalInt.empty();
        }
        int perUnit = minMinutes.getAsInt();
        return OptionalInt.of(minutesPer == MinutesBasis.MEETING ? perUnit * Math.max(1, meetings) : perUnit);
    }
}
