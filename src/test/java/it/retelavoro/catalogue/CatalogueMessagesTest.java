package it.retelavoro.catalogue;

import static it.retelavoro.catalogue.Deliveries.aDeliveryOf;
import static it.retelavoro.catalogue.ServiceCode.A3;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import it.retelavoro.shared.OrganisationKind;

/** The Italian and English bundles of the catalogue module. */
class CatalogueMessagesTest {

    @Test
    void italian_and_english_bundles_have_the_same_keys() throws IOException {
        Properties italian = load("i18n/catalogue.properties");
        Properties english = load("i18n/catalogue_en.properties");

        assertThat(english.stringPropertyNames()).isEqualTo(italian.stringPropertyNames());
        assertThat(italian.stringPropertyNames()).hasSizeGreaterThan(80);
    }

    @Test
    void every_constant_of_the_vocabularies_has_a_label_in_both_languages() {
        List<Enum<?>> constants = new ArrayList<>();
        Stream.of(DeliveryMode.values(), SiteFeature.values(), Competence.values(), ComplexTarget.values(),
                OutputCode.values(), CpiExclusiveFunction.values(), AccessCondition.values(), OrganisationKind.values())
                .forEach(values -> constants.addAll(List.of(values)));
        for (Locale locale : List.of(Locale.ITALIAN, Locale.ENGLISH)) {
            for (Enum<?> constant : constants) {
                assertThat(CatalogueMessages.label(constant, locale)).as(constant + " in " + locale).isNotBlank();
            }
            for (ServiceCode service : ServiceCode.values()) {
                assertThat(CatalogueMessages.label(service, locale)).contains("(" + service.dotted() + ")");
                assertThat(CatalogueMessages.format("catalogue.violation.access-prior", List.of(A3, List.of(service),
                        Deliveries.DELIVERY_DAY), locale)).contains(service.dotted() + " ");
            }
        }
    }

    @Test
    void every_message_uses_all_its_arguments_in_both_languages() throws IOException {
        Properties italian = load("i18n/catalogue.properties");
        for (String key : italian.stringPropertyNames()) {
            if (!key.startsWith("catalogue.violation.")) {
                continue;
            }
            String pattern = italian.getProperty(key);
            String english = load("i18n/catalogue_en.properties").getProperty(key);
            for (int index = 0; index < 6; index++) {
                assertThat(english.contains("{" + index + "}")).as(key + " argument " + index)
                        .isEqualTo(pattern.contains("{" + index + "}"));
            }
        }
    }

    @Test
    void answers_in_english_when_asked() {
        RuleEngine engine = new RuleEngine(CatalogueFixtures.shippedVersions(), Locale.ENGLISH);

        Violation violation = engine.check(aDeliveryOf(A3).withMinutes(59)).violations().get(0);

        assertThat(violation.message())
                .isEqualTo("Career guidance (A.3), in individual mode, requires at least 60 minutes: 59 were registered.");
        assertThat(violation.messageKey()).isEqualTo("catalogue.violation.min-duration");
    }

    @Test
    void answers_in_italian_for_a_language_without_its_own_bundle() {
        RuleEngine engine = Deliveries.engine();

        Violation violation = engine.check(aDeliveryOf(A3).withMinutes(59), Locale.GERMAN).violations().get(0);

        assertThat(violation.message()).startsWith("L'orientamento professionale (A.3)");
    }

    @Test
    void can_format_a_violation_again_in_another_language_from_its_key_and_arguments() {
        Violation violation = Deliveries.engine().check(aDeliveryOf(A3).withSite(SiteProfile.with())).violations().get(0);

        assertThat(CatalogueMessages.format(violation.messageKey(), violation.arguments(), Locale.ENGLISH))
                .isEqualTo("Career guidance (A.3) requires at the site: an isolated workstation (for privacy).");
        assertThat(Set.copyOf(violation.arguments())).contains(SiteFeature.ISOLATED_WORKSTATION);
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CatalogueMessagesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
