package it.retelavoro.agenda;

/** Where an appointment stands. */
public enum AppointmentStatus {
    /** Booked: it holds its operator's time (and its room). */
    BOOKED,
    /** Cancelled, with the reason: its time is free again. */
    CANCELLED;

    public String labelKey() {
        return "agenda.status." + name();
    }
}
