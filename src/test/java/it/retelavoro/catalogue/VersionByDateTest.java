package it.retelavoro.catalogue;

import static it.retelavoro.catalogue.Deliveries.aDeliveryOf;
import static it.retelavoro.catalogue.Deliveries.plus;
import static it.retelavoro.catalogue.ServiceCode.A2;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * A new version file changes a rule without touching code, and a delivery is judged by the version in
 * force on its date. The later version is the test-only piemonte-2027-test (A.2 individual: 45
 * minutes and the DID output).
 */
class VersionByDateTest {

    private static final LocalDate LAST_DAY_OF_2012_RULES = LocalDate.of(2026, 12, 31);
    private static final LocalDate FIRST_DAY_OF_NEW_RULES = LocalDate.of(2027, 1, 1);

    private final RuleEngine engine = new RuleEngine(CatalogueFixtures.shippedAndTestVersions());

    @Test
    void judges_a_thirty_minute_intake_by_the_2012_rules_up_to_the_day_before_the_new_act() {
        Verdict verdict = engine.check(aDeliveryOf(A2).withDate(LAST_DAY_OF_2012_RULES).withMinutes(30));

        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.catalogueVersion()).contains("piemonte-2012");
    }

    @Test
    void refuses_a_thirty_minute_intake_once_the_new_act_asks_for_forty_five_and_for_the_did() {
        Verdict verdict = engine.check(aDeliveryOf(A2).withDate(FIRST_DAY_OF_NEW_RULES).withMinutes(30));

        assertThat(verdict.catalogueVersion()).contains("piemonte-2027-test");
        assertThat(verdict.violations()).extracting(Violation::code)
                .containsExactly(ViolationCode.MIN_DURATION, ViolationCode.OUTPUT_MISSING);
        assertThat(verdict.violations().get(0).arguments()).containsExactly(A2, DeliveryMode.INDIVIDUAL, 45, 30);
        assertThat(verdict.violations().get(1).arguments()).containsExactly(A2, OutputCode.DID_RECEIVED);
        assertThat(verdict.violations()).extracting(v -> v.source().catalogueVersion())
                .containsOnly(Optional.of("piemonte-2027-test"));
    }

    @Test
    void allows_an_intake_that_follows_the_new_act() {
        DeliveryCheck intake = aDeliveryOf(A2).withDate(FIRST_DAY_OF_NEW_RULES).withMinutes(45);

        assertThat(engine.check(intake.withOutputs(plus(intake.outputs(), OutputCode.DID_RECEIVED))).violations()).isEmpty();
    }

    @Test
    void judges_a_back_dated_delivery_by_the_older_version_even_after_the_new_act() {
        Verdict verdict = engine.check(aDeliveryOf(A2).withDate(LocalDate.of(2020, 5, 4)).withMinutes(30));

        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.catalogueVersion()).contains("piemonte-2012");
    }

    @Test
    void refuses_a_delivery_on_a_day_no_version_covers_with_a_single_clear_violation() {
        Verdict verdict = engine.check(aDeliveryOf(A2).withDate(LocalDate.of(2011, 12, 31)).withMinutes(1));

        assertThat(verdict.catalogueVersion()).isEmpty();
        assertThat(verdict.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(ViolationCode.NO_CATALOGUE_VERSION);
            assertThat(violation.field()).contains(RequestField.DATE);
            assertThat(violation.source().catalogueVersion()).isEmpty();
            assertThat(violation.message()).isEqualTo(
                    "Nessuna versione del repertorio degli standard è in vigore il 31/12/2011: la prestazione non può essere valutata.");
        });
    }
}
