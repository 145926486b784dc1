package it.retelavoro.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a programme pays in a period: per organisation, month and service, the deliveries registered under it,
 * the persons served, the hours delivered and their amount at the programme's standard unit cost (what the
 * Region pays an accredited agency).
 *
 * @param programme    the programme's code
 * @param name         its name
 * @param hourlyRate   its standard cost of one hour, in euro
 * @param from         first day of the period
 * @param to           last day of the period
 * @param organisation the organisation asked for, empty for the region
 * @param rows         by month, organisation and service
 * @param hours        all the hours of the rows
 * @param amount       all the amounts of the rows
 */
public record ProgrammeReport(String programme, String name, BigDecimal hourlyRate, LocalDate from, LocalDate to,
        Optional<UUID> organisation, List<Row> rows, BigDecimal hours, BigDecimal amount) {

    public ProgrammeReport {
        rows = List.copyOf(rows);
    }

    /**
     * One organisation, month and service.
     *
     * @param deliveries the deliveries registered under the programme
     * @param persons    the distinct persons they served
     * @param minutes    their minutes, all together
     * @param hours      the minutes as hours, to the hundredth
     * @param amount     minutes times the hourly rate over 60, to the cent (rounded half up)
     */
    public record Row(UUID organisationId, YearMonth month, String service, long deliveries, long persons,
            long minutes, BigDecimal hours, BigDecimal amount) {
    }
}
