package it.retelavoro.agenda;

import java.time.Instant;

/** A reminder of a convocation: its lead time, when it is due, and whether it went. */
public record ConvocationReminder(long leadMinutes, Instant forStart, Instant dueAt, String status, Instant doneAt) {

    public String statusKey() {
        return "agenda.reminder.status." + status;
    }

    public String leadKey() {
        return leadMinutes % (24 * 60) == 0 ? "agenda.reminder.lead.days" : "agenda.reminder.lead.hours";
    }

    public long leadAmount() {
        return leadMinutes % (24 * 60) == 0 ? leadMinutes / (24 * 60) : Math.max(1, leadMinutes / 60);
    }
}
