package it.retelavoro.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The agenda's indicators over a period (issue 16, point 3), by organisation and month, and over all of them.
 *
 * @param asOf  the day they were read: the days to a first appointment or a Patto still to come are not counted yet
 * @param rows  one per organisation and month with something to count, by organisation then month
 * @param total the whole period and scope (its medians and percentiles over every DID, not over the rows)
 */
public record AgendaReport(LocalDate from, LocalDate to, Optional<UUID> organisation, LocalDate asOf, List<Row> rows,
        Row total) {

    public AgendaReport {
        rows = List.copyOf(rows);
    }

    /**
     * An organisation's month (both null in the total). Convocations by the day they were sent, attendance by the day
     * of the appointment, DIDs by the day they were declared with the days from it to the person's first appointment
     * (not cancelled, on or after the DID) and to their first Patto signed on or after it: median and 90th percentile
     * over the DIDs that reached one (a day of those DIDs, never an interpolation), null when none did.
     */
    public record Row(UUID organisationId, LocalDate month, long convocationsSent, long attendanceRecorded,
            long present, long absentJustified, long noShows, long convokedNoShows, long dids, long withAppointment,
            Integer daysToAppointmentMedian, Integer daysToAppointmentP90, long withPact, Integer daysToPactMedian,
            Integer daysToPactP90) {

        static Row empty(UUID organisationId, LocalDate month) {
            return new Row(organisationId, month, 0, 0, 0, 0, 0, 0, 0, 0, null, null, 0, null, null);
        }

        Row convocations(long sent) {
            return new Row(organisationId, month, sent, attendanceRecorded, present, absentJustified, noShows,
                    convokedNoShows, dids, withAppointment, daysToAppointmentMedian, daysToAppointmentP90, withPact,
                    daysToPactMedian, daysToPactP90);
        }

        Row attendance(long recorded, long presentCount, long justified, long unjustified, long convokedUnjustified) {
            return new Row(organisationId, month, convocationsSent, recorded, presentCount, justified, unjustified,
                    convokedUnjustified, dids, withAppointment, daysToAppointmentMedian, daysToAppointmentP90,
                    withPact, daysToPactMedian, daysToPactP90);
        }

        Row dids(long declared, long appointed, Integer appointmentMedian, Integer appointmentP90, long pacts,
                Integer pactMedian, Integer pactP90) {
            return new Row(organisationId, month, convocationsSent, attendanceRecorded, present, absentJustified,
                    noShows, convokedNoShows, declared, appointed, appointmentMedian, appointmentP90, pacts,
                    pactMedian, pactP90);
        }

        /** Present over attendance recorded, between 0 and 1 to four decimals; empty when none was recorded. */
        public Optional<BigDecimal> attendanceRate() {
            return attendanceRecorded == 0 ? Optional.empty()
                    : Optional.of(BigDecimal.valueOf(present).divide(BigDecimal.valueOf(attendanceRecorded), 4,
                            RoundingMode.HALF_UP));
        }
    }
}
