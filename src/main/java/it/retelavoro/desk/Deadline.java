package it.retelavoro.desk;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A deadline on the operator's home: an open PAI action due, an internship ending, a vacancy expiring.
 *
 * @param kind      what falls due
 * @param dueOn     the day
 * @param subjectId the person (actions, internships) or the vacancy (expiries)
 * @param subject   the person's "surname name", or the company's name
 * @param detail    the action's description, the internship's host, the vacancy's title
 * @param overdue   whether the day has passed
 * @param mine      whether the person is assigned to the caller (false for vacancies)
 */
public record Deadline(Kind kind, LocalDate dueOn, UUID subjectId, String subject, String detail, boolean overdue,
        boolean mine) {

    public enum Kind {
        PAI_ACTION, INTERNSHIP_END, VACANCY_EXPIRY;

        public String labelKey() {
            return "desk.deadline." + name();
        }
    }

    /** The page an operator opens for it. */
    public String path() {
        return switch (kind) {
            case PAI_ACTION -> "/persons/" + subjectId + "/pathway#plan";
            case INTERNSHIP_END -> "/persons/" + subjectId + "/pathway#internships";
            case VACANCY_EXPIRY -> "/vacancies/" + subjectId;
        };
    }
}
