package it.retelavoro.pathway;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One thing that happened in a person's pathway, for the timeline.
 *
 * @param date       the day it happened
 * @param recordedAt when it was recorded (orders the entries of one day)
 * @param kind       what happened, e.g. {@code DID_CERTIFIED}, {@code DELIVERY}, {@code PACT_SIGNED},
 *                   {@code PLAN_ACTION_PLANNED}, {@code TRAINING_ENROLLED}, {@code INTERNSHIP_ACTIVATED}
 * @param service    the standard service concerned, if one (A1-A6)
 * @param detail     a short description as recorded (a course, a host, an action), may be null
 */
public record TimelineEntry(LocalDate date, Instant recordedAt, String kind, String service, String detail) {

    public String labelKey() {
        return "pathway.timeline." + kind;
    }
}
