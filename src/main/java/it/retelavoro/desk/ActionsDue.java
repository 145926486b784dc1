package it.retelavoro.desk;

/** The filter of the caseload on the open actions of the person's PAI in force, by their due day. */
public enum ActionsDue {
    /** An open action whose due day has passed. */
    OVERDUE,
    /** An open action due today or in the next 14 days (none overdue needed). */
    DUE_SOON,
    /** Either of the two: the person has an open action due by 14 days from today. */
    DUE_OR_OVERDUE;

    /** How far ahead the desk looks for deadlines. */
    public static final int HORIZON_DAYS = 14;

    public String labelKey() {
        return "desk.actions." + name();
    }
}
