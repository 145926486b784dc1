package it.retelavoro.desk;

import it.retelavoro.catalogue.ComplexTarget;
import it.retelavoro.shared.UserId;

/**
 * The filters of the persons' caseload; {@code null} means "any".
 *
 * @param text           free text: the start of "surname name" or "name surname", or a codice fiscale
 * @param stage          where the person stands in the pathway
 * @param actions        open PAI actions overdue or due within 14 days
 * @param noContactDays  no service registered for at least this many days (or never)
 * @param operator       the operator the person is assigned to
 * @param unassigned     true: only persons assigned to nobody
 * @param complexTarget  a complex target, only for a caller who may see it
 */
public record PersonFilter(String text, Stage stage, ActionsDue actions, Integer noContactDays, UserId operator,
        Boolean unassigned, ComplexTarget complexTarget) {

    public static PersonFilter none() {
        return new PersonFilter(null, null, null, null, null, null, null);
    }

    public PersonFilter withActions(ActionsDue due) {
        return new PersonFilter(text, stage, due, noContactDays, operator, unassigned, complexTarget);
    }
}
