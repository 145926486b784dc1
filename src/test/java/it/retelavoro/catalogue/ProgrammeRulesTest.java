package it.retelavoro.catalogue;

import static it.retelavoro.catalogue.Deliveries.DELIVERY_DAY;
import static it.retelavoro.catalogue.Deliveries.aDeliveryOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rules a programme adds to the repertorio's. Premessa: "ulteriori output specifici potranno essere indicati
 * all'interno degli Atti programmatici regionali"; "Gli ambiti di applicazione ... possono essere estesi in
 * funzione della programmazione di misure di politica attiva rivolte a ulteriori specifiche categorie di utenti".
 */
class ProgrammeRulesTest {

    private static final CatalogueVersions VERSIONS = CatalogueFixtures.shippedVersions();
    private static final Programmes PROGRAMMES = Programmes.loadFromClasspath(
            ProgrammeRulesTest.class.getClassLoader(), VERSIONS);
    private final RuleEngine engine = new RuleEngine(VERSIONS, PROGRAMMES, Locale.ITALIAN);

    /** A person of 40 with a DID declared a year before the delivery. */
    private static EligibilityFacts aFortyYearOldUnemployedForAYear() {
        return new EligibilityFacts(Optional.of(DELIVERY_DAY.minusYears(40)), Optional.of(DELIVERY_DAY.minusYears(1)),
                false);
    }

    private static ProgrammeClaim under(String programme, EligibilityFacts person) {
        return new ProgrammeClaim(programme, person, 0);
    }

    @Test
    @DisplayName("A5 of 2 hours under GOL-P1 to an eligible person: allowed (the scheda and the programme agree)")
    void allows_an_eligible_delivery_under_a_programme() {
        Verdict verdict = engine.check(aDeliveryOf(ServiceCode.A5)
                .withProgramme(under("GOL-P1", aFortyYearOldUnemployedForAYear())));

        assertThat(verdict.violations()).isEmpty();
    }

    @Test
    @DisplayName("\"ulteriori output specifici ... negli Atti programmatici\": GOL finances A2 only with the Patto signed")
    void refuses_a_delivery_without_the_further_output_of_the_programme() {
        Verdict verdict = engine.check(aDeliveryOf(ServiceCode.A2).withMinutes(60)
                .withProgramme(under("GOL-P1", aFortyYearOldUnemployedForAYear())));

        assertThat(verdict.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(ViolationCode.PROGRAMME_OUTPUT_MISSING);
            assertThat(violation.field()).contains(RequestField.OUTPUTS);
            assertThat(violation.source()).isEqualTo(new RuleSource(Optional.of(ServiceCode.A2),
                    "programmi.GOL-P1.services.A2.extraOutputs", Optional.of("piemonte-2012")));
        });
        assertThat(engine.check(aDeliveryOf(ServiceCode.A2).withMinutes(60)
                .withOutputs(OutputCode.PERSONAL_RECORD, OutputCode.PACT_OUTCOME, OutputCode.PACT_SIGNED)
                .withProgramme(under("GOL-P1", aFortyYearOldUnemployedForAYear()))).violations()).isEmpty();
    }

    @Test
    @DisplayName("\"persone disoccupate da almeno 6 mesi\" (Buono servizi lavoro): months counted from the DID")
    void refuses_a_person_unemployed_for_less_than_the_months_of_the_programme() {
        EligibilityFacts fiveMonths = new EligibilityFacts(Optional.of(DELIVERY_DAY.minusYears(40)),
                Optional.of(DELIVERY_DAY.minusMonths(5)), false);

        Verdict verdict = engine.check(aDeliveryOf(ServiceCode.A5).withProgramme(under("BSL-DISOCCUPATI", fiveMonths)));

        assertThat(verdict.codes()).containsExactly(ViolationCode.PROGRAMME_ELIGIBILITY);
        assertThat(verdict.violations().get(0).source().field())
                .isEqualTo("programmi.BSL-DISOCCUPATI.eligibility.minUnemploymentMonths");
        assertThat(verdict.violations().get(0).message()).contains("6 mesi").contains("5");
    }

    @Test
    @DisplayName("Garanzia Giovani, 15-29 anni: a person of 30 on the day is not eligible; one without a DID neither")
    void refuses_a_person_out_of_the_age_range_or_without_a_did() {
        EligibilityFacts thirty = new EligibilityFacts(Optional.of(DELIVERY_DAY.minusYears(30)),
                Optional.of(DELIVERY_DAY.minusMonths(1)), false);
        EligibilityFacts noDid = new EligibilityFacts(Optional.of(DELIVERY_DAY.minusYears(20)), Optional.empty(),
                false);

        Verdict old = engine.check(aDeliveryOf(ServiceCode.A5).withProgramme(under("GARANZIA-GIOVANI", thirty)));
        Verdict withoutDid = engine.check(aDeliveryOf(ServiceCode.A5)
                .withProgramme(under("GARANZIA-GIOVANI", noDid)));

        assertThat(old.violations()).singleElement()
                .satisfies(violation -> assertThat(violation.messageKey()).isEqualTo("catalogue.violation.programme-max-age"));
        assertThat(withoutDid.violations()).singleElement()
                .satisfies(violation -> assertThat(violation.messageKey()).isEqualTo("catalogue.violation.programme-did"));
    }

    @Test
    @DisplayName("A service the programme does not finance (A1 under GOL-P1) is refused, naming the financed ones")
    void refuses_a_service_the_programme_does_not_finance() {
        Verdict verdict = engine.check(aDeliveryOf(ServiceCode.A4).withProgramme(under("GOL-P1",
                aFortyYearOldUnemployedForAYear())));

        assertThat(verdict.codes()).containsExactly(ViolationCode.PROGRAMME_SERVICE);
        assertThat(verdict.violations().get(0).field()).contains(RequestField.SERVICE);
    }

    @Test
    @DisplayName("Hours: at least the programme's minimum per delivery, at most its maximum per person, all deliveries together")
    void judges_the_minimum_per_delivery_and_the_maximum_per_person() {
        DeliveryCheck a5 = aDeliveryOf(ServiceCode.A5);
        EligibilityFacts person = aFortyYearOldUnemployedForAYear();

        Verdict tooShort = engine.check(a5.withMinutes(119).withProgramme(under("GOL-P1", person)));
        Verdict pastTheMaximum = engine.check(a5.withMinutes(120)
                .withProgramme(new ProgrammeClaim("GOL-P1", person, 19 * 60)));
        Verdict upToTheMaximum = engine.check(a5.withMinutes(120)
                .withProgramme(new ProgrammeClaim("GOL-P1", person, 18 * 60)));
        Verdict noMinutes = engine.check(aDeliveryOf(ServiceCode.A6).withMinutes(null)
                .withProgramme(under("GOL-P1", person)));

        assertThat(tooShort.violations()).extracting(Violation::messageKey)
                .contains("catalogue.violation.programme-min-hours");
        assertThat(pastTheMaximum.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(ViolationCode.PROGRAMME_HOURS);
            assertThat(violation.message()).contains("20 ore").contains("19").contains("aggiunge 2");
        });
        assertThat(upToTheMaximum.violations()).isEmpty();
        assertThat(noMinutes.violations()).extracting(Violation::messageKey)
                .contains("catalogue.violation.programme-minutes-missing");
    }

    @Test
    @DisplayName("An unknown programme, or one not in force on the day, is refused with the date as field")
    void refuses_an_unknown_programme_or_one_not_in_force() {
        Verdict unknown = engine.check(aDeliveryOf(ServiceCode.A5).withProgramme(ProgrammeClaim.of("NESSUNO")));
        Verdict beforeItStarts = engine.check(aDeliveryOf(ServiceCode.A5).withDate(LocalDate.of(2021, 12, 31))
                .withHistory(RecipientHistory.none().withDelivery(ServiceCode.A2, LocalDate.of(2021, 12, 1))
                        .withPactSignedOn(LocalDate.of(2021, 12, 1)).withDelivery(ServiceCode.A3, LocalDate.of(2021, 12, 1)))
                .withProgramme(under("GOL-P1", aFortyYearOldUnemployedForAYear())));

        assertThat(unknown.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(ViolationCode.PROGRAMME_NOT_APPLICABLE);
            assertThat(violation.field()).contains(RequestField.PROGRAMME);
        });
        assertThat(beforeItStarts.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(ViolationCode.PROGRAMME_NOT_APPLICABLE);
            assertThat(violation.field()).contains(RequestField.DATE);
        });
    }

    @Test
    @DisplayName("A programme whose targets the person is not in: the message names the programme's targets only")
    void refuses_a_person_outside_the_targets_of_the_programme() {
        Programme targeted = new Programme("SVANTAGGIO", "Svantaggio", "atto", LocalDate.of(2020, 1, 1),
                Optional.empty(), "piemonte-2012", "descrizione",
                new Programme.Eligibility(Optional.empty(), Optional.empty(), false, false,
                        java.util.Set.of(ComplexTarget.PRISONER), Optional.empty()),
                java.util.Map.of(ServiceCode.A5, new Programme.FinancedService(ServiceCode.A5, java.util.Set.of(),
                        Optional.empty(), Optional.empty())), java.math.BigDecimal.TEN, java.util.List.of());
        RuleEngine withTargeted = new RuleEngine(VERSIONS, Programmes.empty().withProgramme(targeted, VERSIONS),
                Locale.ITALIAN);

        Verdict outside = withTargeted.check(aDeliveryOf(ServiceCode.A5).withProgramme(ProgrammeClaim.of("SVANTAGGIO")));
        Verdict inside = withTargeted.check(aDeliveryOf(ServiceCode.A5)
                .withRecipient(RecipientProfile.inTargets(ComplexTarget.PRISONER)).withProgramme(ProgrammeClaim.of("SVANTAGGIO")));

        assertThat(outside.violations()).singleElement().satisfies(violation ->
                assertThat(violation.message()).contains("detenuti"));
        assertThat(inside.violationsOf(ViolationCode.PROGRAMME_ELIGIBILITY)).isEmpty();
    }

    @Test
    @DisplayName("A delivery under no programme is judged by the repertorio alone, as before")
    void judges_a_delivery_under_no_programme_as_before() {
        assertThat(engine.check(aDeliveryOf(ServiceCode.A5).withMinutes(null)).violationsOf(ViolationCode.PROGRAMME_HOURS))
                .isEmpty();
    }
}
