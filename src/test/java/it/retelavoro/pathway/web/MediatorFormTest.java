package it.retelavoro.pathway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The mediator the service form names. The page chooses the mediator's languages from lists, one code each, and
 * the lists left blank arrive too ("ar,," or ",,"): blank lists name no mediator.
 */
class MediatorFormTest {

    @Test
    void blank_language_lists_name_no_mediator() {
        assertThat(DeliveryPagesController.mediator(null, null, null, ",,")).isNull();
        assertThat(DeliveryPagesController.mediator(null, "", " ", "")).isNull();
    }

    @Test
    void the_languages_chosen_name_an_external_mediator_without_the_blank_lists() {
        var mediator = DeliveryPagesController.mediator(null, "Amina B.", null, "ar,,fr");
        assertThat(mediator.operatorId()).isEmpty();
        assertThat(mediator.name()).isEqualTo("Amina B.");
        assertThat(mediator.languages()).isEqualTo(Set.of("ar", "fr"));
    }
}
