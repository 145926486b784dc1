package it.retelavoro.monitoring;

import java.util.List;

/**
 * The groups of persons whose employment outcomes are followed through the Comunicazioni Obbligatorie, each defined
 * over the facts of one indicator of the repertorio, so that a cohort and its indicator cannot disagree on what they
 * count. See {@code docs/outcomes.md}.
 */
public enum OutcomeCohort {

    /**
     * The persons who signed a Patto di Servizio in the period (2.2), each once per group at their first Patto in
     * it: employed on the day 3, 6 and 12 months after that Patto.
     */
    PACT("2.2", List.of(3, 6, 12), false),
    /**
     * The persons sent to a selection interview in the period (6.2), each once per group at their first referral in
     * it: employed on the day 3, 6 and 12 months after it.
     */
    REFERRAL("6.2", List.of(3, 6, 12), false),
    /**
     * The internships activated (5.2) whose agreed end falls in the period, each internship once: a hire starting
     * after the activation and at most 6 months after the end.
     */
    INTERNSHIP("5.2", List.of(6), true);

    private final String indicator;
    private final List<Integer> horizons;
    private final boolean afterEnd;

    OutcomeCohort(String indicator, List<Integer> horizons, boolean afterEnd) {
        this.indicator = indicator;
        this.horizons = List.copyOf(horizons);
        this.afterEnd = afterEnd;
    }

    /** The code of the indicator whose facts the cohort is made of. */
    public String indicator() {
        return indicator;
    }

    /** The months after the event at which the outcome is read, in order. */
    public List<Integer> horizons() {
        return horizons;
    }

    /**
     * Whether the cohort is dated by the end of what it started (an internship) and its outcome is a hire within
     * the horizon; otherwise it is dated by its event and its outcome is being employed on the horizon's day.
     */
    public boolean afterEnd() {
        return afterEnd;
    }

    IndicatorDefinition definition() {
        return IndicatorDefinition.BY_CODE.get(indicator);
    }
}
