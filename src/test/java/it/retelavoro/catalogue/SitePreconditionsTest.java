package it.retelavoro.catalogue;

import static it.retelavoro.catalogue.Deliveries.aDeliveryOf;
import static it.retelavoro.catalogue.DeliveryMode.GROUP;
import static it.retelavoro.catalogue.DeliveryMode.INDIVIDUAL;
import static it.retelavoro.catalogue.ServiceCode.A1;
import static it.retelavoro.catalogue.ServiceCode.A2;
import static it.retelavoro.catalogue.ServiceCode.A3;
import static it.retelavoro.catalogue.ServiceCode.A4;
import static it.retelavoro.catalogue.ServiceCode.A5;
import static it.retelavoro.catalogue.ServiceCode.A6;
import static it.retelavoro.catalogue.ServiceCode.B1;
import static it.retelavoro.catalogue.ServiceCode.B2;
import static it.retelavoro.catalogue.ServiceCode.B3;
import static it.retelavoro.catalogue.ServiceCode.B4;
import static it.retelavoro.catalogue.SiteFeature.COUNTER_WITH_WAITING_AREA;
import static it.retelavoro.catalogue.SiteFeature.DEDICATED_RECEPTION;
import static it.retelavoro.catalogue.SiteFeature.GROUP_CLASSROOM;
import static it.retelavoro.catalogue.SiteFeature.INDIVIDUAL_INTERVIEW_SPACE;
import static it.retelavoro.catalogue.SiteFeature.ISOLATED_WORKSTATION;
import static it.retelavoro.catalogue.SiteFeature.JOB_OPPORTUNITY_BOARD;
import static it.retelavoro.catalogue.SiteFeature.ONLINE_MATCHING_TOOLS;
import static it.retelavoro.catalogue.SiteFeature.PC_WITH_INTERNET;
import static it.retelavoro.catalogue.SiteFeature.PHONE_EMAIL_CONTACT;
import static it.retelavoro.catalogue.SiteFeature.SELF_CONSULTATION_SPACE;
import static it.retelavoro.catalogue.SiteFeature.UPDATED_WEBSITE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** PRE CONDIZIONI TECNICO-STRUTTURALI of every scheda: what the site must have. */
class SitePreconditionsTest {

    /** The features each scheda asks for in individual (or back-office) delivery, read from the text. */
    private static final Map<ServiceCode, Set<SiteFeature>> FEATURES = Map.of(
            A1, Set.of(COUNTER_WITH_WAITING_AREA, JOB_OPPORTUNITY_BOARD, SELF_CONSULTATION_SPACE, UPDATED_WEBSITE),
            A2, Set.of(COUNTER_WITH_WAITING_AREA, INDIVIDUAL_INTERVIEW_SPACE, UPDATED_WEBSITE),
            A3, Set.of(ISOLATED_WORKSTATION, PC_WITH_INTERNET),
            A4, Set.of(ISOLATED_WORKSTATION, PC_WITH_INTERNET),
            A5, Set.of(ISOLATED_WORKSTATION, PC_WITH_INTERNET, SELF_CONSULTATION_SPACE),
            A6, Set.of(ISOLATED_WORKSTATION, PC_WITH_INTERNET, ONLINE_MATCHING_TOOLS),
            B1, Set.of(PHONE_EMAIL_CONTACT, UPDATED_WEBSITE),
            B2, Set.of(DEDICATED_RECEPTION, ISOLATED_WORKSTATION, PC_WITH_INTERNET, ONLINE_MATCHING_TOOLS),
            B3, Set.of(ISOLATED_WORKSTATION, PC_WITH_INTERNET),
            B4, Set.of(ISOLATED_WORKSTATION, PC_WITH_INTERNET, ONLINE_MATCHING_TOOLS));

    private final RuleEngine engine = Deliveries.engine();

    @ParameterizedTest
    @EnumSource(ServiceCode.class)
    void allows_a_site_with_exactly_the_features_of_the_scheda(ServiceCode service) {
        DeliveryCheck delivery = aDeliveryOf(service).withSite(new SiteProfile(FEATURES.get(service)));

        assertThat(engine.check(delivery).violations()).isEmpty();
    }

    static Stream<Arguments> every_feature_of_every_scheda() {
        return FEATURES.entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(feature -> Arguments.of(entry.getKey(), feature)));
    }

    @ParameterizedTest(name = "{0} at a site without {1}")
    @MethodSource("every_feature_of_every_scheda")
    void refuses_a_site_missing_a_feature_the_scheda_asks_for(ServiceCode service, SiteFeature missing) {
        DeliveryCheck delivery = aDeliveryOf(service).withSite(new SiteProfile(FEATURES.get(service)).without(missing));

        Verdict verdict = engine.check(delivery);

        assertThat(verdict.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(ViolationCode.SITE_PRECONDITION);
            assertThat(violation.arguments()).containsExactly(service, missing);
            assertThat(violation.field()).contains(RequestField.SITE);
            assertThat(violation.field().map(RequestField::fieldName)).contains("siteId");
            assertThat(violation.source()).isEqualTo(new RuleSource(Optional.of(service),
                    "precondizioni.tecnicoStrutturali", Optional.of("piemonte-2012")));
        });
    }

    @ParameterizedTest
    @EnumSource(value = ServiceCode.class, names = { "A2", "A5", "A6" })
    void asks_for_a_classroom_only_when_the_service_is_delivered_to_a_group(ServiceCode service) {
        DeliveryCheck withoutClassroom = aDeliveryOf(service).withSite(new SiteProfile(FEATURES.get(service)))
                .withMinutes(120);

        Verdict group = engine.check(withoutClassroom.withMode(GROUP));
        Verdict individual = engine.check(withoutClassroom.withMode(INDIVIDUAL));

        assertThat(group.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(ViolationCode.SITE_PRECONDITION);
            assertThat(violation.messageKey()).isEqualTo("catalogue.violation.site-feature-missing-in-mode");
            assertThat(violation.arguments()).containsExactly(service, GROUP_CLASSROOM, GROUP);
        });
        assertThat(individual.violations()).isEmpty();
    }

    @Test
    void says_what_the_site_lacks() {
        DeliveryCheck delivery = aDeliveryOf(A5).withMode(GROUP).withSite(new SiteProfile(FEATURES.get(A5)));

        assertThat(engine.check(delivery).violations()).extracting(Violation::message).containsExactly(
                "L'accompagnamento al lavoro (A.5), in modalità di gruppo, richiede nella sede: spazi d'aula per gruppi.");
    }

    @Test
    void reports_every_missing_feature_not_just_the_first() {
        Verdict verdict = engine.check(aDeliveryOf(A1).withSite(SiteProfile.with()));

        assertThat(verdict.violations()).extracting(v -> v.arguments().get(1)).containsExactly(
                COUNTER_WITH_WAITING_AREA, JOB_OPPORTUNITY_BOARD, SELF_CONSULTATION_SPACE, UPDATED_WEBSITE);
    }
}
