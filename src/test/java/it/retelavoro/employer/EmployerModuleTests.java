package it.retelavoro.employer;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.employer.EmployerCommands.EmployerDetails;
import it.retelavoro.employer.EmployerCommands.NewEmployer;
import it.retelavoro.employer.EmployerCommands.NewVacancy;
import it.retelavoro.employer.EmployerCommands.Requirements;
import it.retelavoro.employer.EmployerCommands.StateChange;
import it.retelavoro.employer.EmployerEvents.EmployerRegistered;
import it.retelavoro.employer.EmployerEvents.VacancyRegistered;
import it.retelavoro.employer.EmployerEvents.VacancyStateChanged;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.OrganisationKind;
import it.retelavoro.shared.Role;
import it.retelavoro.shared.UserId;
import it.retelavoro.support.TestDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;

/**
 * The employer module on its own (with the modules it depends on, on the test PostgreSQL): registering a
 * company, opening a vacancy and changing its state, and the events they publish.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class EmployerModuleTests {

    static final CurrentUser OPERATOR = new CurrentUser(new UserId(UUID.randomUUID()), "operatore.modulo",
            Role.OPERATOR, new OrganisationId(UUID.randomUUID()), OrganisationKind.ACCREDITED_AGENCY);

    @Autowired
    EmployerRegistry registry;
    @Autowired
    Vacancies vacancies;
    @Autowired
    VacancyStateChanges states;
    @Autowired
    Clock clock;

    Employer aCompany() {
        return registry.register(aNewEmployer(), OPERATOR);
    }

    static NewEmployer aNewEmployer() {
        return new NewEmployer(EmployerFixtures.aVatNumber(), new EmployerDetails("Officine Modulo", LegalForm.SRL,
                "62.01.00", SizeClass.SMALL, "L219", null, List.of(), List.of()));
    }

    static NewVacancy aNewVacancy() {
        return new NewVacancy("Sviluppatore Java", null, "2.1.1.4.1", 2, "L219", ContractType.PERMANENT, 40,
                Requirements.none(), true, false, null);
    }

    @Test
    void registering_a_company_publishes_EmployerRegistered(Scenario scenario) {
        scenario.stimulate(() -> registry.register(aNewEmployer(), OPERATOR))
                .andWaitForEventOfType(EmployerRegistered.class)
                .matching(event -> event.organisationId().equals(OPERATOR.organisationId()))
                .toArriveAndVerify((event, employer) -> {
                    assertThat(event.employerId()).isEqualTo(employer.id());
                    assertThat(event.ateco()).isEqualTo("62.01.00");
                    assertThat(event.soleTrader()).isFalse();
                });
    }

    @Test
    void opening_a_vacancy_publishes_VacancyRegistered(Scenario scenario) {
        Employer employer = aCompany();

        scenario.stimulate(() -> vacancies.registerVacancy(employer.id(), aNewVacancy(), OPERATOR))
                .andWaitForEventOfType(VacancyRegistered.class)
                .matching(event -> event.employerId().equals(employer.id()))
                .toArriveAndVerify((event, vacancy) -> {
                    assertThat(event.vacancyId()).isEqualTo(vacancy.id());
                    assertThat(event.positions()).isEqualTo(2);
                    assertThat(event.occupation()).isEqualTo("2.1.1.4.1");
                });
    }

    @Test
    void a_change_of_state_publishes_VacancyStateChanged(Scenario scenario) {
        Vacancy vacancy = vacancies.registerVacancy(aCompany().id(), aNewVacancy(), OPERATOR);
        LocalDate today = LocalDate.now(clock);

        scenario.stimulate(() -> states.changeVacancyState(vacancy.id(),
                new StateChange(VacancyState.SUSPENDED, today, "in pausa"), OPERATOR))
                .andWaitForEventOfType(VacancyStateChanged.class)
                .matching(event -> event.vacancyId().equals(vacancy.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.from()).isEqualTo(VacancyState.OPEN);
                    assertThat(event.to()).isEqualTo(VacancyState.SUSPENDED);
                    assertThat(event.date()).isEqualTo(today);
                });
    }
}
