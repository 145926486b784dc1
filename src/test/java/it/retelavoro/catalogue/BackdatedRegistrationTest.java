package it.retelavoro.catalogue;

import static it.retelavoro.catalogue.Deliveries.DELIVERY_DAY;
import static it.retelavoro.catalogue.Deliveries.aDeliveryOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The limit of back-dated registrations (issue 13, point 4). The repertorio asks every service for
 * "Aggiornamento costante delle informazioni" and for "metodologie e strumenti adottati per l'erogazione del
 * servizio e la registrazione e il monitoraggio dei dati", without a deadline: piemonte-2012 reads it as 60
 * days ({@code backdatedRegistrationDays}), a number a later version may change.
 */
class BackdatedRegistrationTest {

    private final RuleEngine engine = Deliveries.engine();

    @ParameterizedTest
    @EnumSource(ServiceCode.class)
    @DisplayName("«Aggiornamento costante delle informazioni»: a delivery registered 61 days after its date is refused")
    void refuses_a_delivery_registered_more_than_sixty_days_after_its_date(ServiceCode service) {
        Verdict verdict = engine.check(aDeliveryOf(service).withRegisteredOn(DELIVERY_DAY.plusDays(61)));

        assertThat(verdict.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(ViolationCode.BACKDATED_TOO_FAR);
            assertThat(violation.field()).contains(RequestField.DATE);
            assertThat(violation.source().field()).isEqualTo("backdatedRegistrationDays");
            assertThat(violation.source().service()).contains(service);
            assertThat(violation.arguments()).containsExactly(DELIVERY_DAY, 60, DELIVERY_DAY.plusDays(61));
            assertThat(violation.message()).contains("60 giorni");
        });
    }

    @Test
    @DisplayName("«registrazione e monitoraggio dei dati»: sixty days after its date a delivery is still registered")
    void allows_a_delivery_registered_sixty_days_after_its_date_or_the_same_day() {
        assertThat(engine.check(aDeliveryOf(ServiceCode.A2).withRegisteredOn(DELIVERY_DAY.plusDays(60))).violations())
                .isEmpty();
        assertThat(engine.check(aDeliveryOf(ServiceCode.A2).withRegisteredOn(DELIVERY_DAY)).violations()).isEmpty();
    }

    @Test
    void a_check_without_its_registration_day_is_not_judged_on_back_dating_as_before() {
        assertThat(engine.check(aDeliveryOf(ServiceCode.A2)).violations()).isEmpty();
    }

    @Test
    @DisplayName("The same limit for acts that are not deliveries (DID, Patto, events, referrals)")
    void judges_the_date_of_any_other_act_by_the_same_limit() {
        Verdict refused = engine.checkRegistrationDate(DELIVERY_DAY, DELIVERY_DAY.plusDays(61), Locale.ENGLISH);
        Verdict allowed = engine.checkRegistrationDate(DELIVERY_DAY, DELIVERY_DAY.plusDays(60), Locale.ENGLISH);

        assertThat(refused.codes()).containsExactly(ViolationCode.BACKDATED_TOO_FAR);
        assertThat(refused.violations().get(0).source().service()).isEmpty();
        assertThat(refused.violations().get(0).message()).contains("60 days");
        assertThat(allowed.isAllowed()).isTrue();
    }

    @Test
    @DisplayName("A later version (an Atto d'indirizzo) changes the number of days without code")
    void a_version_sets_its_own_number_of_days() {
        String yaml = CatalogueFixtures.shippedYaml().replace("backdatedRegistrationDays: 60",
                "backdatedRegistrationDays: 10");
        CatalogueVersion version = new CatalogueVersionReader().read(yaml, "ten-days");
        RuleEngine tenDays = new RuleEngine(CatalogueVersions.of(version));

        assertThat(version.backdatedRegistrationDays()).isEqualTo(10);
        assertThat(CatalogueFixtures.shippedVersion().backdatedRegistrationDays()).isEqualTo(60);
        assertThat(tenDays.check(aDeliveryOf(ServiceCode.A2).withRegisteredOn(DELIVERY_DAY.plusDays(11))).codes())
                .containsExactly(ViolationCode.BACKDATED_TOO_FAR);
        assertThat(tenDays.check(aDeliveryOf(ServiceCode.A2).withRegisteredOn(DELIVERY_DAY.plusDays(10))).isAllowed())
                .isTrue();
    }

    @Test
    void a_version_without_the_field_keeps_the_default_and_a_negative_number_is_refused() {
        String without = CatalogueFixtures.shippedYaml().replace("backdatedRegistrationDays: 60", "");
        String negative = CatalogueFixtures.shippedYaml().replace("backdatedRegistrationDays: 60",
                "backdatedRegistrationDays: -1");

        assertThat(new CatalogueVersionReader().read(without, "without").backdatedRegistrationDays())
                .isEqualTo(CatalogueVersion.DEFAULT_BACKDATED_REGISTRATION_DAYS);
        assertThatThrownBy(() -> new CatalogueVersionReader().read(negative, "negative"))
                .isInstanceOf(InvalidCatalogueVersionException.class)
                .hasMessageContaining("backdatedRegistrationDays");
    }
}
