package it.retelavoro.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The programme files: the shipped ones are valid and fit their version; a broken one is refused with every problem. */
class ProgrammeReaderTest {

    private final ProgrammeReader reader = new ProgrammeReader();

    @Test
    @DisplayName("The shipped programmes are read, each layered on piemonte-2012, with the amounts to be confirmed listed")
    void reads_the_shipped_programmes() {
        Programmes programmes = Programmes.loadFromClasspath(getClass().getClassLoader(),
                CatalogueFixtures.shippedVersions());

        assertThat(programmes.all()).extracting(Programme::code)
                .containsExactlyInAnyOrder("GOL-P1", "BSL-DISOCCUPATI", "GARANZIA-GIOVANI");
        Programme gol = programmes.byCode("GOL-P1").orElseThrow();
        assertThat(gol.catalogueVersion()).isEqualTo("piemonte-2012");
        assertThat(gol.hourlyRate()).isEqualByComparingTo(new BigDecimal("35.50"));
        assertThat(gol.financed(ServiceCode.A2).orElseThrow().extraOutputs()).containsExactly(OutputCode.PACT_SIGNED);
        assertThat(gol.toBeConfirmed()).anyMatch(text -> text.contains("35,50"));
        assertThat(programmes.byCode("BSL-DISOCCUPATI").orElseThrow().eligibility().minUnemploymentMonths())
                .contains(6);
    }

    @Test
    @DisplayName("A broken file lists every problem with its place: unknown field, service, output, amount, ages")
    void refuses_a_broken_file_with_every_problem() {
        String yaml = """
                code: "P1"
                name: "Prova"
                act: "atto"
                validFrom: 2024-01-01
                catalogueVersion: "piemonte-2012"
                description: "d"
                colour: blue
                eligibility: { minAge: 30, maxAge: 20, didInForce: true, naspiRecipient: maybe }
                services:
                  Z9: {}
                  A3: { extraOutputs: [NOTHING], minHours: "x" }
                hourlyRate: "35.555"
                """;

        assertThatThrownBy(() -> reader.read(yaml, "prova.yaml"))
                .isInstanceOfSatisfying(InvalidCatalogueVersionException.class, e -> assertThat(e.problems())
                        .anyMatch(p -> p.startsWith("colour: campo sconosciuto"))
                        .anyMatch(p -> p.startsWith("eligibility.maxAge:"))
                        .anyMatch(p -> p.startsWith("eligibility.naspiRecipient:"))
                        .anyMatch(p -> p.startsWith("services.Z9: codice sconosciuto"))
                        .anyMatch(p -> p.startsWith("services.A3.extraOutputs[0]: valore sconosciuto"))
                        .anyMatch(p -> p.startsWith("services.A3.minHours:"))
                        .anyMatch(p -> p.startsWith("hourlyRate: deve essere un numero non negativo con al più due decimali")));
    }

    @Test
    @DisplayName("A programme on an unknown version, or with an output its scheda does not list, does not fit")
    void refuses_a_programme_that_does_not_fit_its_version() {
        String yaml = """
                code: "P2"
                name: "Prova"
                act: "atto"
                validFrom: 2024-01-01
                catalogueVersion: "%s"
                description: "d"
                eligibility: { didInForce: false, naspiRecipient: false }
                services:
                  A3: { extraOutputs: [PACT_SIGNED] }
                hourlyRate: 30
                """;
        CatalogueVersions versions = CatalogueFixtures.shippedVersions();

        assertThat(Programmes.problemsAgainst(reader.read(yaml.formatted("nessuna"), "p"), versions))
                .singleElement().asString().startsWith("catalogueVersion:");
        assertThat(Programmes.problemsAgainst(reader.read(yaml.formatted("piemonte-2012"), "p"), versions))
                .singleElement().asString().startsWith("services.A3.extraOutputs: PACT_SIGNED");
    }
}
