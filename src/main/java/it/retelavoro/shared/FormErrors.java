package it.retelavoro.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;

/**
 * The problems of a submitted form in the reader's language, by field, as the pages show them next to each
 * field ({@link #GLOBAL} for the form as a whole). The one place where the pages turn the services'
 * exceptions into messages.
 */
public final class FormErrors {

    /** The key of the problems that concern the whole form, shown above it. */
    public static final String GLOBAL = "global";

    private final MessageSource messages;
    private final Locale locale;
    private final Map<String, List<String>> byField = new LinkedHashMap<>();

    public FormErrors(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /**
     * The message of {@code key} next to {@code field}. A date among the arguments reads as on the pages,
     * dd/MM/yyyy, not as the API writes it.
     */
    public FormErrors add(String field, String key, Object... arguments) {
        Object[] shown = arguments == null ? null : java.util.Arrays.stream(arguments)
                .map(argument -> argument instanceof java.time.LocalDate date ? PAGE_DATE.format(date) : argument)
                .toArray();
        return addText(field, messages.getMessage(key, shown, key, locale));
    }

    private static final java.time.format.DateTimeFormatter PAGE_DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A message already in the reader's language (a rule violation, say) next to {@code field}. */
    public FormErrors addText(String field, String text) {
        byField.computeIfAbsent(field, name -> new ArrayList<>()).add(text);
        return this;
    }

    /** Every problem next to its field. */
    public FormErrors add(InvalidInputException e) {
        return add(e, UnaryOperator.identity());
    }

    /** Every problem next to its field, named as the form names it ({@code formField} of the API's name). */
    public FormErrors add(InvalidInputException e, UnaryOperator<String> formField) {
        e.problems().forEach(problem -> add(formField.apply(problem.field()), problem.messageKey(),
                problem.arguments().toArray()));
        return this;
    }

    /** The conflict above the form. */
    public FormErrors add(ConflictException e) {
        return add(GLOBAL, e.messageKey(), e.arguments().toArray());
    }

    /** What a service refused: field problems next to their fields, a conflict above the form. */
    public FormErrors add(RuntimeException e) {
        if (e instanceof InvalidInputException invalid) {
            return add(invalid);
        }
        if (e instanceof ConflictException conflict) {
            return add(conflict);
        }
        throw e;
    }

    /** The fields whose text did not convert (a date typed wrong, a number with letters). */
    public FormErrors add(BindingResult binding) {
        binding.getFieldErrors().forEach(error -> add(error.getField(), "validation.format"));
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** Field name to messages, for the page model. */
    public Map<String, List<String>> asMap() {
        return byField;
    }

    /** Every message, fields in order, for a form with one field. */
    public List<String> all() {
        return byField.values().stream().flatMap(List::stream).toList();
    }
}
