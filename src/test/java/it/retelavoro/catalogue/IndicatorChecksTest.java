package it.retelavoro.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * At start-up the catalogue asks the modules computing the indicators about every version: a shipped version
 * with an indicator nobody computes stops the application with the reason, an uploaded one is skipped with it.
 */
class IndicatorChecksTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

    /** A module that computes every indicator but the given one. */
    static IndicatorComputability allBut(String code) {
        return indicator -> indicator.code().equals(code)
                ? Optional.of("il monitoraggio non sa calcolare l'indicatore " + code)
                : Optional.empty();
    }

    /** The shipped version with one more indicator, the 26th of the file (before 10.3, the last). */
    static String withExtraIndicator(String id, LocalDate validFrom, String code) {
        String yaml = UploadedVersionFiles.shippedAs(id, validFrom);
        String last = "  - { code: \"10.3\"";
        return UploadedVersionFiles.replaceOnce(yaml, last, "  - { code: \"" + code
                + "\", service: B4, counts: DISTINCT_COMPANIES, label: \"N° aziende nuove\" }\n" + last);
    }

    @Test
    void a_shipped_version_with_an_indicator_nobody_computes_stops_the_start_with_the_reason() {
        IndicatorChecks checks = new IndicatorChecks(List.of(allBut("6.2")));

        assertThatThrownBy(() -> new Catalogue(CatalogueFixtures.shippedVersions(), List.of(), CLOCK, checks))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("piemonte-2012: indicatori[13].code: il monitoraggio non sa calcolare"
                        + " l'indicatore 6.2");
    }

    @Test
    void every_shipped_indicator_is_asked_about_in_the_order_of_the_file() {
        List<String> asked = new java.util.ArrayList<>();
        IndicatorChecks checks = new IndicatorChecks(List.of(indicator -> {
            asked.add(indicator.code());
            return Optional.empty();
        }));

        new Catalogue(CatalogueFixtures.shippedVersions(), List.of(), CLOCK, checks);

        assertThat(asked).hasSize(26).startsWith("1.1", "2.1", "2.2").endsWith("10.3");
    }

    @Test
    void an_upload_with_an_indicator_nobody_computes_is_skipped_at_start_up_with_the_reason() {
        String id = "extra-indicator";
        StoredCatalogueVersions.StoredVersion upload = new StoredCatalogueVersions.StoredVersion(UUID.randomUUID(),
                id, withExtraIndicator(id, LocalDate.of(2091, 3, 1), "11.1"), "admin", CLOCK.instant());

        Catalogue restarted = new Catalogue(CatalogueFixtures.shippedVersions(), List.of(upload), CLOCK,
                new IndicatorChecks(List.of(allBut("11.1"))));

        assertThat(restarted.skippedUploads()).singleElement().asString().startsWith(id + ": ")
                .contains("indicatori[25].code: il monitoraggio non sa calcolare l'indicatore 11.1");
        assertThat(restarted.versions().byId(id)).isEmpty();
        assertThat(restarted.versions().byId("piemonte-2012")).isPresent();
    }

    @Test
    void with_no_module_to_ask_every_indicator_is_accepted() {
        assertThat(IndicatorChecks.NONE.problems(CatalogueFixtures.shippedVersion())).isEmpty();
    }
}
