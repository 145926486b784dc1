package it.retelavoro.employer;

import static it.retelavoro.employer.EmployerAggregates.AGENCY;
import static it.retelavoro.employer.EmployerAggregates.TODAY;
import static it.retelavoro.employer.EmployerAggregates.aCompany;
import static it.retelavoro.employer.EmployerAggregates.aDelivery;
import static it.retelavoro.employer.EmployerAggregates.aPact;
import static it.retelavoro.employer.EmployerAggregates.outputs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.retelavoro.catalogue.OutputCode;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.employer.EmployerEvents.CompanyPactSigned;
import it.retelavoro.employer.EmployerEvents.EmployerRegistered;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.support.RegisteredEvents;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The company's rules without Spring: its registration, the company Patto and its action plan, and which
 * outputs a B.1-B.4 carries.
 */
class CompanyPactTest {

    @Test
    void a_registered_company_registers_its_registration() {
        Employer employer = aCompany();

        assertThat(employer.name()).isEqualTo("Officine Alfa");
        assertThat(RegisteredEvents.of(employer)).containsExactly(new EmployerRegistered(employer.id(), AGENCY,
                TODAY, "25.62.00", SizeClass.SMALL, "L219", false));
    }

    @Test
    void a_signed_patto_opens_the_action_plan_the_same_day_and_registers_the_signature() {
        CompanyPact pact = aPact(PactOutcome.SIGNED, TODAY);

        assertThat(pact.planOpenedOn()).contains(TODAY);
        assertThat(pact.planOpenOn(TODAY)).isTrue();
        assertThat(pact.planOpenOn(TODAY.minusDays(1))).isFalse();
        assertThat(pact.plannedServices()).containsExactly(ServiceCode.B3);
        assertThat(pact.commitments()).contains("Impegni");
        assertThat(RegisteredEvents.of(pact)).containsExactly(new CompanyPactSigned(pact.employerId(), AGENCY,
                TODAY, pact.id()));
    }

    @Test
    void a_refused_patto_opens_no_plan_and_takes_no_entry() {
        CompanyPact pact = aPact(PactOutcome.REFUSED, TODAY);

        assertThat(pact.hasActionPlan()).isFalse();
        assertThat(pact.plannedServices()).isEmpty();
        assertThat(RegisteredEvents.of(pact)).isEmpty();
        assertThatThrownBy(() -> pact.enterInPlan(EmployerDeliveryId.random(), ServiceCode.B3, TODAY))
                .isInstanceOf(IllegalStateException.class);
    }

    /**
     * Repertorio, B.2 "MODALITÀ DI ACCESSO: L'impresa vi accede da qualsiasi punto della rete" and "OUTPUT: Patto
     * di Servizio sottoscritto": a company that signed may come back for new needs and sign again (issue 13, 8.1);
     * only a Patto dated on or before the one in force is refused. Before issue 13 any second Patto was a conflict.
     */
    @Test
    void a_second_patto_is_allowed_for_new_needs_but_not_one_dated_before_the_patto_in_force() {
        EmployerId company = EmployerId.random();
        Optional<CompanyPact> signed = Optional.of(aPact(PactOutcome.SIGNED, TODAY.minusDays(3)));

        CompanyPacts.requireNoneSigned(company,
                aDelivery(ServiceCode.B2, outputs(null, PactOutcome.SIGNED, List.of())), signed);
        CompanyPacts.requireNoneSigned(company,
                aDelivery(ServiceCode.B2, outputs(null, PactOutcome.REFUSED, List.of())), signed);
        CompanyPacts.requireNoneSigned(company, aDelivery(ServiceCode.B3, outputs(null, null, List.of())), signed);
        Optional<CompanyPact> signedLater = Optional.of(aPact(PactOutcome.SIGNED, TODAY.plusDays(1)));
        assertThatThrownBy(() -> CompanyPacts.requireNoneSigned(company,
                aDelivery(ServiceCode.B2, outputs(null, PactOutcome.SIGNED, List.of())), signedLater))
                .isInstanceOf(ConflictException.class);
        Optional<CompanyPact> signedToday = Optional.of(aPact(PactOutcome.SIGNED, TODAY));
        assertThatThrownBy(() -> CompanyPacts.requireNoneSigned(company,
                aDelivery(ServiceCode.B2, outputs(null, PactOutcome.SIGNED, List.of())), signedToday))
                .isInstanceOf(ConflictException.class);
    }

    /** Issue 13, 8.1: "the new Patto supersedes the old one"; a refusal supersedes nothing. */
    @Test
    void a_new_signed_patto_supersedes_the_one_in_force_from_its_day_and_closes_its_plan() {
        CompanyPact old = aPact(PactOutcome.SIGNED, TODAY.minusDays(30));
        CompanyPact newer = aPact(PactOutcome.SIGNED, TODAY);

        old.supersededBy(newer);

        assertThat(old.isInForce()).isFalse();
        assertThat(old.supersededOn()).contains(TODAY);
        assertThat(old.planOpenOn(TODAY.minusDays(1))).isTrue();
        assertThat(old.planOpenOn(TODAY)).isFalse();
        assertThat(newer.isInForce()).isTrue();
        assertThatThrownBy(() -> newer.supersededBy(aPact(PactOutcome.REFUSED, TODAY)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> old.supersededBy(aPact(PactOutcome.SIGNED, TODAY)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_outputs_of_a_b1_and_a_b2_follow_from_what_was_registered() {
        assertThat(EmployerDelivery.outputsOf(aDelivery(ServiceCode.B1, outputs(true, null, List.of())), false))
                .containsExactly(OutputCode.INTEREST_EXPRESSION);
        assertThat(EmployerDelivery.outputsOf(aDelivery(ServiceCode.B1,
                outputs(null, null, List.of(VacancyId.random()))), false))
                .containsExactly(OutputCode.VACANCIES_CAPTURED);
        assertThat(EmployerDelivery.outputsOf(aDelivery(ServiceCode.B2, outputs(null, PactOutcome.SIGNED,
                List.of())), false)).containsExactlyInAnyOrder(OutputCode.COMPANY_PACT_OUTCOME,
                OutputCode.COMPANY_PACT_SIGNED, OutputCode.COMPANY_ACTION_PLAN_OPENED);
        assertThat(EmployerDelivery.outputsOf(aDelivery(ServiceCode.B2, outputs(null, PactOutcome.REFUSED,
                List.of())), false)).containsExactly(OutputCode.COMPANY_PACT_OUTCOME);
    }

    @Test
    void a_b3_is_an_entry_of_the_action_plan_only_while_the_plan_is_open() {
        assertThat(EmployerDelivery.outputsOf(aDelivery(ServiceCode.B3, outputs(null, null, List.of())), true))
                .containsExactly(OutputCode.COMPANY_ACTION_PLAN_ENTRY);
        assertThat(EmployerDelivery.outputsOf(aDelivery(ServiceCode.B3, outputs(null, null, List.of())), false))
                .isEmpty();
        assertThat(EmployerDelivery.outputsOf(aDelivery(ServiceCode.B4, outputs(null, null, List.of())), true))
                .isEmpty();
    }
}
