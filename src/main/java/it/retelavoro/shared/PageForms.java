package it.retelavoro.shared;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The one way a page controller handles a submitted form: run the action; if a service refuses it, show the
 * same page again with each problem next to its field and the form as it was typed.
 *
 * <pre>{@code
 * return forms.form("did", form, model, locale)
 *         .submit(() -> { pathway.declareDid(...); return "redirect:/persons/" + id + "/pathway#did"; },
 *                 () -> page(id, caller, model));
 * }</pre>
 *
 * <p>On refusal the model gets {@code <name>Errors} (field name to messages, {@link FormErrors#GLOBAL} for the
 * form as a whole) and {@code <name>Form} (the form object, unless it is {@code null}). Refusals understood:
 * {@link InvalidInputException} (each problem next to its field), {@link ConflictException} (above the form),
 * and any other type the controller names with {@link Submission#refusing}; every other exception goes on up
 * to the error page.
 */
@Component
public class PageForms {

    private final MessageSource messages;

    public PageForms(MessageSource messages) {
        this.messages = messages;
    }

    /** A form called {@code name} on the page (the prefix of its model attributes). */
    public Submission form(String name, Object form, Model model, Locale locale) {
        return new Submission(name, form, model, new FormErrors(messages, locale));
    }

    /** One submission of a form: how its refusals read, then {@link #submit}. */
    public static final class Submission {

        private final String name;
        private final Object form;
        private final Model model;
        private final FormErrors errors;
        private UnaryOperator<String> fieldNames = UnaryOperator.identity();
        private BindingResult binding;
        private final Map<Class<? extends RuntimeException>, BiConsumer<RuntimeException, FormErrors>> refusals =
                new LinkedHashMap<>();

        Submission(String name, Object form, Model model, FormErrors errors) {
            this.name = name;
            this.form = form;
            this.model = model;
            this.errors = errors;
        }

        /** The form's name of a field the service names otherwise (the API's nested names, say). */
        public Submission fieldNames(UnaryOperator<String> fieldNames) {
            this.fieldNames = fieldNames;
            return this;
        }

        /**
         * The form's binding: a field whose text did not convert (a date typed wrong, a number with letters) is
         * refused next to it before the action runs.
         */
        public Submission binding(BindingResult binding) {
            this.binding = binding;
            return this;
        }

        /** A further kind of refusal and how its problems are written into the form's errors. */
        @SuppressWarnings("unchecked")
        public <E extends RuntimeException> Submission refusing(Class<E> type, BiConsumer<E, FormErrors> describe) {
            refusals.put(type, (BiConsumer<RuntimeException, FormErrors>) describe);
            return this;
        }

        /**
         * Runs {@code action} (which answers the view, a redirect on success); on a refusal, puts the errors and
         * the form in the model and answers {@code page}.
         */
        public String submit(Supplier<String> action, Supplier<String> page) {
            if (binding != null && binding.hasErrors()) {
                errors.add(binding);
                return refused(page);
            }
            try {
                return action.get();
            } catch (RuntimeException e) {
                describe(e);
                return refused(page);
            }
        }

        private String refused(Supplier<String> page) {
            model.addAttribute(name + "Errors", errors.asMap());
            if (form != null) {
                model.addAttribute(name + "Form", form);
            }
            return page.get();
        }

        private void describe(RuntimeException e) {
            for (var refusal : refusals.entrySet()) {
                if (refusal.getKey().isInstance(e)) {
                    refusal.getValue().accept(e, errors);
                    return;
                }
            }
            if (e instanceof InvalidInputException invalid) {
                errors.add(invalid, fieldNames);
            } else if (e instanceof ConflictException conflict) {
                errors.add(conflict);
            } else {
                throw e;
            }
        }
    }
}
