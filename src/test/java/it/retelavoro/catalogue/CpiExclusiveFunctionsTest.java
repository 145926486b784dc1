package it.retelavoro.catalogue;

import static it.retelavoro.catalogue.Deliveries.DELIVERY_DAY;
import static it.retelavoro.catalogue.Deliveries.aCpiOperator;
import static it.retelavoro.catalogue.Deliveries.aDeliveryOf;
import static it.retelavoro.catalogue.ServiceCode.A2;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import it.retelavoro.shared.OrganisationKind;

/** The functions the repertorio leaves to the Centri per l'Impiego alone. */
class CpiExclusiveFunctionsTest {

    private final RuleEngine engine = Deliveries.engine();

    @ParameterizedTest
    @EnumSource(CpiExclusiveFunction.class)
    void refuses_a_cpi_exclusive_function_to_an_accredited_agency(CpiExclusiveFunction function) {
        Verdict verdict = engine.checkFunction(function, OrganisationKind.ACCREDITED_AGENCY, DELIVERY_DAY);

        assertThat(verdict.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(ViolationCode.CPI_EXCLUSIVE);
            assertThat(violation.field()).contains(RequestField.FUNCTIONS);
            assertThat(violation.source()).isEqualTo(new RuleSource(Optional.empty(), "funzioniEsclusiveCpi",
                    Optional.of("piemonte-2012")));
        });
    }

    @ParameterizedTest
    @EnumSource(CpiExclusiveFunction.class)
    void allows_every_cpi_exclusive_function_to_a_cpi(CpiExclusiveFunction function) {
        assertThat(engine.checkFunction(function, OrganisationKind.CPI, DELIVERY_DAY).violations()).isEmpty();
    }

    @Test
    void cites_the_law_that_reserves_the_function() {
        Verdict verdict = engine.checkFunction(CpiExclusiveFunction.TARGETED_PLACEMENT, OrganisationKind.ACCREDITED_AGENCY,
                DELIVERY_DAY);

        assertThat(verdict.violations()).extracting(Violation::message).containsExactly("La funzione «collocamento mirato "
                + "delle persone disabili» (L. 68/99) è di competenza esclusiva dei Centri per l'Impiego: non può essere "
                + "esercitata da un operatore privato accreditato.");
    }

    @Test
    void refuses_an_agency_intake_that_certifies_the_did() {
        Verdict verdict = engine.check(aDeliveryOf(A2).withFunctions(CpiExclusiveFunction.DID_CERTIFICATION));

        assertThat(verdict.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(ViolationCode.CPI_EXCLUSIVE);
            assertThat(violation.source().service()).contains(A2);
        });
    }

    @Test
    void allows_a_cpi_intake_that_certifies_the_did() {
        DeliveryCheck intake = aDeliveryOf(A2).withOperator(aCpiOperator()).withFunctions(CpiExclusiveFunction.DID_CERTIFICATION);

        assertThat(engine.check(intake).violations()).isEmpty();
    }

    @Test
    void judges_a_function_on_a_day_with_no_catalogue_in_force_as_not_judgeable() {
        Verdict verdict = engine.checkFunction(CpiExclusiveFunction.MOBILITY_LISTS, OrganisationKind.CPI,
                LocalDate.of(2011, 6, 1));

        assertThat(verdict.codes()).containsExactly(ViolationCode.NO_CATALOGUE_VERSION);
        assertThat(verdict.catalogueVersion()).isEmpty();
    }
}
