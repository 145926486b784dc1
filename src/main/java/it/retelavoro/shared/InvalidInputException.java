package it.retelavoro.shared;

import java.util.ArrayList;
import java.util.List;

/** The request's data is not valid: every problem found, each tied to the field it concerns. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("Dati non validi: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String messageKey, Object... arguments) {
        return new InvalidInputException(List.of(new FieldProblem(field, messageKey, List.of(arguments))));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** One problem: the field (as the API names it), a message key and its arguments. */
    public record FieldProblem(String field, String messageKey, List<Object> arguments) {
        public FieldProblem {
            arguments = List.copyOf(arguments);
        }
    }

    /** Collects problems and throws them all at once. */
    public static final class Collector {
        private final List<FieldProblem> problems = new ArrayList<>();

        public Collector add(String field, String messageKey, Object... arguments) {
            problems.add(new FieldProblem(field, messageKey, List.of(arguments)));
            return this;
        }

        public Collector require(boolean condition, String field, String messageKey, Object... arguments) {
            if (!condition) {
                add(field, messageKey, arguments);
            }
            return this;
        }

        /** A text, if given, of at most {@code max} characters (as it would be stored). */
        public Collector maxLength(String value, int max, String field) {
            return require(value == null || value.length() <= max, field, "validation.too-long", max);
        }

        /** A date, if given, between {@link SensibleDates#EARLIEST} and {@link SensibleDates#LATEST}. */
        public Collector sensibleDate(java.time.LocalDate date, String field) {
            return require(date == null || SensibleDates.contains(date), field, "validation.date-range",
                    SensibleDates.EARLIEST, SensibleDates.LATEST);
        }

        public boolean isEmpty() {
            return problems.isEmpty();
        }

        public void throwIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
    }
}
