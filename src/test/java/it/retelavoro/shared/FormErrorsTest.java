package it.retelavoro.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class FormErrorsTest {

    final StaticMessageSource messages = new StaticMessageSource();

    FormErrorsTest() {
        messages.addMessage("validation.required", Locale.ITALIAN, "Campo obbligatorio.");
        messages.addMessage("validation.too-long", Locale.ITALIAN, "Al massimo {0} caratteri.");
        messages.addMessage("referral.duplicate", Locale.ITALIAN, "Già inviata.");
        messages.addMessage("employer.pact.already-signed", Locale.ITALIAN, "Già sottoscritto il {0}.");
    }

    /** Issue 14: a date in a refusal reads as on the pages, not as the API writes it. */
    @Test
    void a_date_in_a_problem_reads_as_dd_mm_yyyy() {
        FormErrors errors = new FormErrors(messages, Locale.ITALIAN).add((RuntimeException) new ConflictException(
                "employer.pact.already-signed", List.of(java.time.LocalDate.of(2026, 3, 9)), null));

        assertThat(errors.asMap().get(FormErrors.GLOBAL)).containsExactly("Già sottoscritto il 09/03/2026.");
    }

    @Test
    void puts_each_problem_next_to_the_field_the_form_names_in_the_reader_language() {
        InvalidInputException invalid = new InvalidInputException(List.of(
                new InvalidInputException.FieldProblem("personId", "validation.required", List.of()),
                new InvalidInputException.FieldProblem("reason", "validation.too-long", List.of(1000)),
                new InvalidInputException.FieldProblem("reason", "validation.required", List.of())));

        FormErrors errors = new FormErrors(messages, Locale.ITALIAN)
                .add(invalid, field -> "personId".equals(field) ? "fiscalCode" : field);

        assertThat(errors.asMap()).containsOnlyKeys("fiscalCode", "reason");
        assertThat(errors.asMap().get("reason")).containsExactly("Al massimo 1.000 caratteri.", "Campo obbligatorio.");
        assertThat(errors.all()).hasSize(3);
    }

    @Test
    void a_conflict_goes_above_the_form_and_an_unknown_key_shows_as_itself() {
        FormErrors errors = new FormErrors(messages, Locale.ITALIAN)
                .add((RuntimeException) new ConflictException("referral.duplicate", List.of(), null))
                .add("date", "no.such.key");

        assertThat(errors.asMap().get(FormErrors.GLOBAL)).containsExactly("Già inviata.");
        assertThat(errors.asMap().get("date")).containsExactly("no.such.key");
    }

    @Test
    void any_other_exception_is_not_swallowed() {
        assertThatThrownBy(() -> new FormErrors(messages, Locale.ITALIAN).add(new IllegalStateException("boom")))
                .isInstanceOf(IllegalStateException.class);
    }
}
