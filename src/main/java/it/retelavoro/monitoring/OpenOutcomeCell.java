package it.retelavoro.monitoring;

/**
 * One row of the outcomes' open data: a cohort of one province and year at one horizon (see {@link OutcomeReport}).
 * Each count from 1 to 4 is suppressed (null, and {@code suppressed} true), as in the indicators' open data; when the
 * cohort itself is that small, the whole row is.
 *
 * @param province          the sigla of the province, ND when it cannot be determined
 * @param size              the cohort's members: persons (Patti, referrals) or internships
 * @param observed          the members who reached the horizon
 * @param employed          of those, the ones employed (any contract)
 * @param employedSixMonths of those, the ones employed with a contract open-ended or of six months or more
 */
public record OpenOutcomeCell(int year, String province, OutcomeCohort cohort, int months, Long size, Long observed,
        Long employed, Long employedSixMonths, boolean suppressed) {

    static OpenOutcomeCell of(int year, String province, OutcomeCohort cohort, long size,
            OutcomeReport.Horizon horizon) {
        if (small(size)) {
            return new OpenOutcomeCell(year, province, cohort, horizon.months(), null, null, null, null, true);
        }
        boolean suppressed = small(horizon.observed()) || small(horizon.employed())
                || small(horizon.employedSixMonths());
        boolean hidden = small(horizon.observed());
        return new OpenOutcomeCell(year, province, cohort, horizon.months(), size,
                hidden ? null : horizon.observed(), hidden ? null : published(horizon.employed()),
                hidden ? null : published(horizon.employedSixMonths()), suppressed);
    }

    private static boolean small(long count) {
        return count > 0 && count < OpenData.SMALLEST_PUBLISHED;
    }

    private static Long published(long count) {
        return small(count) ? null : count;
    }
}
