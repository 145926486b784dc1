package it.retelavoro.interop;

import it.retelavoro.person.PersonId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One employment of the work history as it is now, FOR AGGREGATE STATISTICS ONLY (the monitoring module's outcomes
 * of the Patti, referrals and internships): never display it per person, never return it to a client. Read-only and
 * not audited per call: it is read once per change, on {@link CoEvents}. It carries the registered person's id, dates
 * and the contract's kind, never a codice fiscale, a name or the employer.
 *
 * <p>The events may be handled late and out of order: a listener keeping its own copy asks for the employment's
 * current state here rather than trusting the dates an event carried.
 */
public interface CoEmploymentsForStatistics {

    /**
     * The employment as the communications still applied to it now tell it; empty when it left the work history
     * (everything of it was cancelled) or its worker is not a registered person.
     */
    Optional<EmploymentForStatistics> employment(CoEmploymentId id);

    /**
     * An employment, for statistics.
     *
     * @param startDate        its first day; {@code null} when no communication received gives it
     * @param endDate          its last day as it now stands (the planned end, or the day it ceased); {@code null}
     *                         while open-ended
     * @param contractTypeCode the CO's contract type ({@code A.01.00}, ...)
     * @param openEnded        the contract is open-ended: its type is (the CO's table maps it to {@code PERMANENT}),
     *                         or no end was ever planned
     * @param sixMonthsOrMore  open-ended, or planned to last at least six months: the end the hire, extensions and
     *                         transformations gave (a cessation moves the end, not what was planned) is on or after
     *                         the start plus six months less a day (1 January to 30 June is six months)
     * @param internship       the contract is an internship or another work experience (its type maps to
     *                         {@code INTERNSHIP}, such as {@code C.01.00}): not a job
     */
    record EmploymentForStatistics(CoEmploymentId id, PersonId personId, LocalDate startDate, LocalDate endDate,
            String contractTypeCode, boolean openEnded, boolean sixMonthsOrMore, boolean internship) {
    }
}
