package it.retelavoro.retention;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;

/**
 * A category of data of the retention catalogue: how long it is kept, what happens then, from when, and why.
 *
 * @param code       the category, as its task names it
 * @param keep       how long it is kept
 * @param action     what happens after
 * @param from       from which date the period counts, in the catalogue's words
 * @param data       what the category holds
 * @param legalBasis why it is kept that long
 */
public record RetentionCategory(String code, Period keep, Action action, String from, String data,
        String legalBasis) {

    public enum Action {
        ERASE, ANONYMISE;

        public String labelKey() {
            return "retention.action." + name();
        }
    }

    /** The records kept since before this instant are due, at the instant given. */
    public Instant cutoff(Instant now, ZoneId zone) {
        return now.atZone(zone).minus(keep).toInstant();
    }

    /** The period in words' parts: years and months (the catalogue uses no days). */
    public int years() {
        return keep.normalized().getYears();
    }

    public int months() {
        return keep.normalized().getMonths();
    }
}
