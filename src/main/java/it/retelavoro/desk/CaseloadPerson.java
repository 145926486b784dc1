package it.retelavoro.desk;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A row of the persons' caseload: identity an operator of the organisation in charge sees anyway, where the
 * pathway stands, the last contact, the earliest open PAI action and the operator assigned. No special-category
 * data.
 *
 * @param stage            null when the person has no DID in force
 * @param lastContact      the day of the last service registered, null when none
 * @param nextDue          the earliest due day among the open actions of the PAI in force, null when none
 * @param assignedOperator null when nobody is assigned
 * @param operatorName     the assigned operator's name, null when nobody is assigned
 */
public record CaseloadPerson(UUID personId, String fiscalCode, String lastName, String firstName, Stage stage,
        LocalDate lastContact, LocalDate nextDue, UUID assignedOperator, String operatorName) {

    /** Whether an open action's due day has passed, as of {@code today}. */
    public boolean overdue(LocalDate today) {
        return nextDue != null && nextDue.isBefore(today);
    }
}
