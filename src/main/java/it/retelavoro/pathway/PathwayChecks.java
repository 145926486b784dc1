package it.retelavoro.pathway;

import it.retelavoro.catalogue.RuleEngine;
import it.retelavoro.catalogue.ServiceType;
import it.retelavoro.pathway.PathwayCommands.PlannedActionRequest;
import it.retelavoro.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;

/** The checks of the fields every use case of the pathway shares. */
final class PathwayChecks {

    private PathwayChecks() {
    }

    /** A date given, not in the future, within the sensible range. */
    static void requirePastDate(InvalidInputException.Collector problems, LocalDate date, String field, Clock clock) {
        if (date == null) {
            problems.add(field, "validation.required");
        } else if (RuleEngine.isInTheFuture(date, clock)) {
            problems.add(field, "pathway.date.future");
        } else {
            problems.sensibleDate(date, field);
        }
    }

    /** A text, if given, of at most {@code max} characters once stripped (as it is stored). */
    static void requireLength(InvalidInputException.Collector problems, String text, int max, String field) {
        problems.maxLength(text == null ? null : text.strip(), max, field);
    }

    /** A text given and not blank. */
    static void requireText(InvalidInputException.Collector problems, String text, String field) {
        problems.require(text != null && !text.isBlank(), field, "validation.required");
    }

    /** An action of a PAI: a description, a sensible due date, a service for persons if one. */
    static void requireValidAction(InvalidInputException.Collector problems, PlannedActionRequest action,
            String field) {
        if (action == null) {
            problems.add(field, "validation.required");
            return;
        }
        requireText(problems, action.description(), field + ".description");
        requireLength(problems, action.description(), ActionPlan.ACTION_DESCRIPTION_MAX, field + ".description");
        problems.sensibleDate(action.dueOn(), field + ".dueOn");
        problems.require(action.service() == null || action.service().type() == ServiceType.PERSON,
                field + ".service", "pathway.delivery.person-service");
    }
}
