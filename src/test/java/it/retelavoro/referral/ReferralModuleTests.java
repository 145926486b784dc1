package it.retelavoro.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.catalogue.RegistrationPeriods;
import it.retelavoro.employer.EmployerId;
import it.retelavoro.employer.CompanyPacts;
import it.retelavoro.employer.EmployerDirectory;
import it.retelavoro.employer.Vacancy;
import it.retelavoro.employer.Vacancies;
import it.retelavoro.employer.VacancyId;
import it.retelavoro.employer.VacancyStateChanges;
import it.retelavoro.employer.EmployerDeliveries;
import it.retelavoro.employer.EmployerDeliveryId;
import it.retelavoro.pathway.Delivery;
import it.retelavoro.pathway.DeliveryId;
import it.retelavoro.pathway.DeliveryRegistration;
import it.retelavoro.pathway.PactsAndPlans;
import it.retelavoro.pathway.PathwayOverviews;
import it.retelavoro.pathway.ReferralReadiness;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.PersonDirectory;
import it.retelavoro.person.PersonSummary;
import it.retelavoro.referral.ReferralEvents.CandidateReferred;
import it.retelavoro.referral.ReferralEvents.ReferralOutcomeRecorded;
import it.retelavoro.referral.ReferralManagement.Outcome;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.OrganisationKind;
import it.retelavoro.shared.Role;
import it.retelavoro.shared.UserId;
import it.retelavoro.support.ModuleTestSupport;
import it.retelavoro.support.TestDatabase;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The referral module alone, on the real PostgreSQL: the person's and the company's pathways are stubbed at
 * the module's boundary, and the test checks what the module publishes for the others (monitoring, the
 * company's side). Only the module, the shared types and the typed-id converters of the platform boot.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "shared")
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
@Import(ReferralModuleTests.Infrastructure.class)
class ReferralModuleTests {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    /** What the platform gives every module: the clock and the converters of the typed ids. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Infrastructure {

        @Bean
        JdbcCustomConversions jdbcCustomConversions() {
            return ModuleTestSupport.typedIdConversions();
        }

        @Bean
        Clock clock() {
            return Clock.system(ROME);
        }
    }

    @MockitoBean
    PersonDirectory persons;
    @MockitoBean
    PathwayOverviews pathways;
    @MockitoBean
    PactsAndPlans plans;
    @MockitoBean
    EmployerDirectory employers;
    @MockitoBean
    Vacancies vacancies;
    @MockitoBean
    CompanyPacts companyPacts;
    @MockitoBean
    VacancyStateChanges vacancyStates;
    @MockitoBean
    AuditLog audit;
    /** The closed months (issue 13) are the catalogue's: none is closed here. */
    @MockitoBean
    RegistrationPeriods periods;
    @MockitoBean
    DeliveryRegistration personDeliveries;
    @MockitoBean
    EmployerDeliveries companyDeliveries;
    /** What a hire does to the DID (issue 15) is pathway's: only its call is seen here. */
    @MockitoBean
    it.retelavoro.pathway.DidEmploymentEffects didEffects;

    @Autowired
    ReferralManagement referrals;
    @Autowired
    Clock clock;

    OrganisationId personSide;
    OrganisationId vacancySide;
    CurrentUser personOperator;
    CurrentUser vacancyOperator;
    PersonId person;
    VacancyId vacancyId;
    EmployerId employer;
    LocalDate today;

    static CurrentUser operatorOf(OrganisationId organisation) {
        return new CurrentUser(new UserId(UUID.randomUUID()), "operatore", Role.OPERATOR, organisation,
                OrganisationKind.CPI);
    }

    /** A person with a signed Patto and A3 in charge of one organisation, an open vacancy of a company of another. */
    @BeforeEach
    void aPersonReadyAndAnOpenVacancyWithACompanyPact() {
        personSide = new OrganisationId(UUID.randomUUID());
        vacancySide = new OrganisationId(UUID.randomUUID());
        personOperator = operatorOf(personSide);
        vacancyOperator = operatorOf(vacancySide);
        person = new PersonId(UUID.randomUUID());
        vacancyId = new VacancyId(UUID.randomUUID());
        employer = new EmployerId(UUID.randomUUID());
        today = LocalDate.now(clock);
        Vacancy vacancy = mock(Vacancy.class);
        given(vacancy.employerId()).willReturn(employer);
        given(vacancy.organisationId()).willReturn(vacancySide);
        given(vacancy.acceptsCandidates()).willReturn(true);
        given(vacancies.findVacancy(vacancyId)).willReturn(Optional.of(vacancy));
        given(companyPacts.companyPactSignedOn(employer)).willReturn(Optional.of(today.minusDays(10)));
        given(persons.requireInCharge(any(), any())).willReturn(new PersonSummary(person, "RSSMRA80A01L219X", "Mario",
                "Rossi", LocalDate.of(1980, 1, 1), personSide));
        given(pathways.referralReadiness(any(), any())).willReturn(new ReferralReadiness(true, true));
        Delivery a6 = mock(Delivery.class);
        given(a6.id()).willReturn(new DeliveryId(UUID.randomUUID()));
        given(personDeliveries.registerForReferral(any(), any(), any(), any())).willReturn(a6);
        given(companyDeliveries.registerForReferral(any(), any(), any(), any(), any()))
                .willReturn(new EmployerDeliveryId(UUID.randomUUID()));
    }

    @Test
    void a_referral_to_a_vacancy_publishes_candidate_referred_for_both_organisations(Scenario scenario) {
        assertThat(referrals.ofPerson(person, personOperator)).isEmpty();

        scenario.stimulate(() -> referrals.refer(vacancyId, person, today, personOperator))
                .andWaitForEventOfType(CandidateReferred.class)
                .matchingMappedValue(CandidateReferred::personId, person)
                .toArriveAndVerify((event, referral) -> {
                    assertThat(event.referralId()).isEqualTo(referral.id());
                    assertThat(event.personOrganisationId()).isEqualTo(personSide);
                    assertThat(event.vacancyOrganisationId()).isEqualTo(vacancySide);
                    assertThat(event.vacancyId()).isEqualTo(vacancyId);
                    assertThat(event.employerId()).isEqualTo(employer);
                    assertThat(event.date()).isEqualTo(today);
                    assertThat(referral.status()).isEqualTo(ReferralStatus.SENT);
                });
    }

    @Test
    void the_companys_feedback_publishes_the_outcome_and_is_kept_with_the_referral(Scenario scenario) {
        Referral sent = referrals.refer(vacancyId, person, today, personOperator);

        scenario.stimulate(() -> referrals.recordOutcome(sent.id(),
                        new Outcome(ReferralStatus.INTERVIEWED, today, null, null, null), vacancyOperator))
                .andWaitForEventOfType(ReferralOutcomeRecorded.class)
                .matchingMappedValue(ReferralOutcomeRecorded::referralId, sent.id())
                .toArriveAndVerify((event, referral) -> {
                    assertThat(event.status()).isEqualTo(ReferralStatus.INTERVIEWED);
                    assertThat(event.personOrganisationId()).isEqualTo(personSide);
                    assertThat(event.vacancyOrganisationId()).isEqualTo(vacancySide);
                    assertThat(referral.steps()).extracting(Referral.Step::status)
                            .containsExactly(ReferralStatus.SENT, ReferralStatus.INTERVIEWED);
                    assertThat(referral.steps().get(1).recordedByOrg()).isEqualTo(vacancySide);
                });
        assertThat(referrals.ofPerson(person, personOperator)).extracting(Referral::id).containsExactly(sent.id());
    }
}
