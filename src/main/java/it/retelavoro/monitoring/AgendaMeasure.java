package it.retelavoro.monitoring;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The agenda's indicators whose records can be read, each counted from one table of monitoring's copy. */
public enum AgendaMeasure {
    /** Convocations sent, by the day they were sent. */
    CONVOCATIONS,
    /** Attendance recorded (present, absent with or without a justified reason), by the appointment's day. */
    ATTENDANCE,
    /** DIDs declared, with the days to the first appointment and to the Patto. */
    DIDS;

    /** The name in a query string. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AgendaMeasure> fromParameter(String value) {
        return Arrays.stream(values()).filter(measure -> measure.parameter().equals(value)).findFirst();
    }
}
