package it.retelavoro.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The employment outcomes of the cohorts of a period, as the Comunicazioni Obbligatorie tell them on {@code asOf}.
 *
 * @param from         first day of the period
 * @param to           last day of the period
 * @param organisation the organisation asked for, empty for the region
 * @param groupBy      the dimensions of the groups, empty for the totals only
 * @param asOf         the day the outcomes were read: a horizon after it is not yet observed
 * @param cohorts      one per {@link OutcomeCohort}, in its order
 */
public record OutcomeReport(LocalDate from, LocalDate to, Optional<UUID> organisation, List<Dimension> groupBy,
        LocalDate asOf, List<Cohort> cohorts) {

    public OutcomeReport {
        groupBy = List.copyOf(groupBy);
        cohorts = List.copyOf(cohorts);
    }

    /**
     * One cohort: its total, and its groups when a breakdown was asked (persons are counted once in each group, so
     * the groups need not add up to the total).
     */
    public record Cohort(OutcomeCohort cohort, Group total, List<Group> groups) {

        public Cohort {
            groups = List.copyOf(groups);
        }
    }

    /**
     * The cohort's members in one group.
     *
     * @param group    the dimension's value by its parameter name ({@link Dimension#parameter()}), null when the facts
     *                 do not record it; empty for the total
     * @param size     the members: persons (Patti, referrals) or internships
     * @param horizons one per horizon of the cohort, in its order
     */
    public record Group(Map<String, String> group, long size, List<Horizon> horizons) {

        public Group {
            group = Collections.unmodifiableMap(new LinkedHashMap<>(group));
            horizons = List.copyOf(horizons);
        }
    }

    /**
     * The outcome at one horizon.
     *
     * @param months            months after the event (or after the internship's end)
     * @param observed          the members whose horizon day is not after {@code asOf}: the outcome is known for
     *                          them only
     * @param employed          of those, the ones employed (with any contract)
     * @param employedSixMonths of those, the ones employed with a contract open-ended or of six months or more
     */
    public record Horizon(int months, long observed, long employed, long employedSixMonths) {

        /** Whether the horizon is observed for at least one member: otherwise the outcome is not available (not 0). */
        public boolean available() {
            return observed > 0;
        }

        /** Employed over observed, to four decimals; empty when not available. */
        public Optional<BigDecimal> share() {
            return ratio(employed);
        }

        /** Employed with six months or more over observed, to four decimals; empty when not available. */
        public Optional<BigDecimal> shareSixMonths() {
            return ratio(employedSixMonths);
        }

        private Optional<BigDecimal> ratio(long count) {
            return available() ? Optional.of(BigDecimal.valueOf(count).divide(BigDecimal.valueOf(observed), 4,
                    RoundingMode.HALF_UP)) : Optional.empty();
        }
    }
}
