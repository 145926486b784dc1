package it.retelavoro.agenda;

/** Whether a person came to an appointment. */
public enum AttendanceOutcome {
    PRESENT,
    /** Absent for one of the reasons the law admits, documented. */
    ABSENT_JUSTIFIED,
    /** Absent without a justified reason: for a benefit recipient convoked, a measure of condizionalità. */
    ABSENT_UNJUSTIFIED;

    public String labelKey() {
        return "agenda.attendance.outcome." + name();
    }
}
