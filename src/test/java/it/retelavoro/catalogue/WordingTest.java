package it.retelavoro.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, point 4: the catalogue's messages read as Italian sentences (plurals through the message format's
 * choice, "ne è stato registrato uno", not "ne sono stati registrati 1") and the source of a rule is named as a
 * person reads it, never by the scheda's internal field name ({@code modalitaDurata}, {@code modalitaAccesso}).
 */
class WordingTest {

    private static final Locale IT = Locale.ITALIAN;

    @Test
    void a_single_registered_meeting_is_written_in_the_singular_and_several_in_the_plural() {
        assertThat(CatalogueMessages.format("catalogue.violation.min-meetings",
                List.of(ServiceCode.A4, 2, DeliveryMode.INDIVIDUAL, 1), IT))
                .contains("richiede almeno 2 incontri").contains("ne è stato registrato uno")
                .doesNotContain("registrati 1");
        assertThat(CatalogueMessages.format("catalogue.violation.min-meetings",
                List.of(ServiceCode.A4, 1, DeliveryMode.INDIVIDUAL, 0), IT))
                .contains("richiede almeno un incontro").contains("non ne è stato registrato nessuno");
        assertThat(CatalogueMessages.format("catalogue.violation.min-meetings",
                List.of(ServiceCode.A4, 3, DeliveryMode.INDIVIDUAL, 2), IT)).contains("ne sono stati registrati 2");
        assertThat(CatalogueMessages.format("catalogue.violation.min-meetings",
                List.of(ServiceCode.A4, 2, DeliveryMode.INDIVIDUAL, 1), Locale.ENGLISH))
                .contains("at least 2 meetings").contains("one was registered");
    }

    @Test
    void minutes_are_counted_in_the_singular_and_plural_and_without_grouping() {
        assertThat(CatalogueMessages.format("catalogue.violation.min-duration",
                List.of(ServiceCode.A3, DeliveryMode.INDIVIDUAL, 2000, 1), IT))
                .contains("almeno 2000 minuti").contains("ne è stato registrato uno");
        assertThat(CatalogueMessages.format("catalogue.violation.min-duration-meeting",
                List.of(ServiceCode.A4, DeliveryMode.INDIVIDUAL, 60, 2, Deliveries.DELIVERY_DAY, 45), IT))
                .contains("ne ha registrati 45");
    }

    @Test
    void the_months_of_unemployment_a_programme_asks_are_counted_in_the_singular_and_plural() {
        assertThat(CatalogueMessages.format("catalogue.violation.programme-unemployment",
                List.of("GOL", 1, Deliveries.DELIVERY_DAY, 0L), IT))
                .contains("almeno 1 mese di disoccupazione").contains("non ne risulta nessuno");
        assertThat(CatalogueMessages.format("catalogue.violation.programme-unemployment",
                List.of("GOL", 6, Deliveries.DELIVERY_DAY, 1L), IT))
                .contains("almeno 6 mesi di disoccupazione").contains("ne risulta uno");
        assertThat(CatalogueMessages.format("catalogue.violation.programme-unemployment",
                List.of("GOL", 6, Deliveries.DELIVERY_DAY, 4L), IT)).contains("ne risultano 4");
    }

    @Test
    void every_field_a_rule_comes_from_has_a_label_that_is_not_its_internal_name() {
        List<String> fields = List.of(ModeAndDuration.SOURCE, DeliveryPolicies.ACCESS, DeliveryPolicies.OUTPUT,
                DeliveryPolicies.TECHNICAL_STRUCTURAL, DeliveryPolicies.PROFESSIONAL,
                DeliveryPolicies.CULTURAL_MEDIATION, DeliveryPolicies.CPI_FUNCTIONS, CancellationPolicy.SOURCE_FIELD,
                RegistrationPeriods.SOURCE_FIELD, RuleEngine.BACKDATED_FIELD, "validita", "datiParticolari");
        String other = RuleSource.fieldLabel("unknown", IT);
        for (Locale locale : List.of(IT, Locale.ENGLISH)) {
            for (String field : fields) {
                String label = RuleSource.fieldLabel(field, locale);
                assertThat(label).as(field + " in " + locale).isNotBlank()
                        .isNotEqualTo(RuleSource.fieldLabel("unknown", locale));
                if (!field.equals(field.toLowerCase(Locale.ROOT))) { // an internal name, not an Italian word
                    assertThat(label).as(field + " in " + locale).doesNotContain(field);
                }
            }
        }
        assertThat(RuleSource.fieldLabel("modalitaDurata", IT)).isEqualTo("modalità e durata");
        assertThat(RuleSource.fieldLabel("modalitaAccesso", IT)).isEqualTo("modalità di accesso");
        assertThat(other).isEqualTo("regola del repertorio");
    }

    @Test
    void a_target_and_a_programme_rule_are_named_with_their_target_programme_and_service() {
        assertThat(RuleSource.fieldLabel(DeliveryPolicies.TARGETS + ComplexTarget.DISABLED.name(), IT))
                .startsWith("precondizioni aggiuntive per il target «")
                .contains(CatalogueMessages.label(ComplexTarget.DISABLED, IT));
        for (String part : List.of("validita", "catalogueVersion", "eligibility.age", "eligibility.didInForce",
                "eligibility.naspiRecipient", "eligibility.complexTargets", "eligibility.minUnemploymentMonths",
                "services")) {
            assertThat(RuleSource.fieldLabel(ProgrammePolicies.PREFIX + "GOL-P1." + part, IT)).as(part)
                    .startsWith("regole del programma GOL-P1, ").doesNotContain(part);
        }
        assertThat(RuleSource.fieldLabel(ProgrammePolicies.PREFIX + "GOL-P1.services.A3.hours", IT))
                .isEqualTo("regole del programma GOL-P1, ore finanziate di A.3");
        assertThat(RuleSource.fieldLabel(ProgrammePolicies.PREFIX + "GOL-P1", IT))
                .isEqualTo("regole del programma GOL-P1");
    }
}
