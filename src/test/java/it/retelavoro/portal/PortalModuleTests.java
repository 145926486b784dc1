package it.retelavoro.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import it.retelavoro.agenda.PortalBookings;
import it.retelavoro.audit.AuditLog;
import it.retelavoro.employer.EmployerDirectory;
import it.retelavoro.employer.Vacancies;
import it.retelavoro.employer.Vacancy;
import it.retelavoro.employer.VacancyId;
import it.retelavoro.network.NetworkCompliance;
import it.retelavoro.person.PersonDirectory;
import it.retelavoro.reference.Comuni;
import it.retelavoro.reference.Occupations;
import it.retelavoro.referral.ReferralManagement;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.support.ModuleTestSupport;
import it.retelavoro.support.TestDatabase;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The portal module alone, on the real PostgreSQL: the employer's vacancy is stubbed at the module's boundary.
 * A self-application is accepted and kept for the organisation owning the vacancy, with nothing published and
 * no person looked up (the answer must not depend on who the applicant is); a robot's is answered alike and
 * dropped.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "shared")
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
@Import(PortalModuleTests.Infrastructure.class)
class PortalModuleTests {

    /** What the platform gives every module: the clock and the converters of the typed ids. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Infrastructure {

        @Bean
        JdbcCustomConversions jdbcCustomConversions() {
            return ModuleTestSupport.typedIdConversions();
        }

        @Bean
        Clock clock() {
            return Clock.system(ZoneId.of("Europe/Rome"));
        }
    }

    @MockitoBean
    EmployerDirectory employers;
    @MockitoBean
    Vacancies vacancies;
    @MockitoBean
    PersonDirectory persons;
    @MockitoBean
    ReferralManagement referrals;
    @MockitoBean
    AuditLog audit;
    @MockitoBean
    NetworkCompliance network;
    @MockitoBean
    Comuni comuni;
    @MockitoBean
    Occupations occupations;
    @MockitoBean
    PortalBookings bookings;

    @Autowired
    SelfApplications applications;
    @Autowired
    FormTokens tokens;
    @Autowired
    JdbcClient jdbc;

    VacancyId vacancyId = new VacancyId(UUID.randomUUID());
    OrganisationId owner = new OrganisationId(UUID.randomUUID());
    String address = "10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);

    /** An open vacancy on the board, of a company another organisation follows. */
    @BeforeEach
    void anOpenVacancyOnTheBoard() {
        Vacancy vacancy = mock(Vacancy.class);
        given(vacancy.id()).willReturn(vacancyId);
        given(vacancy.organisationId()).willReturn(owner);
        given(vacancy.published()).willReturn(true);
        given(vacancy.acceptsCandidates()).willReturn(true);
        given(vacancy.expiresOn()).willReturn(Optional.empty());
        given(vacancies.findVacancy(vacancyId)).willReturn(Optional.of(vacancy));
    }

    Submission submission(String honeypot) {
        String binding = Submission.hostBinding(address);
        return new Submission(address, tokens.issue(vacancyId, binding), binding, false, honeypot);
    }

    static NewApplication application() {
        return new NewApplication("RSSMRA80A01L219M", "Mario", "Rossi", "mario.rossi@example.it", null,
                "Magazziniere con patentino del muletto", true);
    }

    @Test
    void a_self_application_is_accepted_and_kept_for_the_vacancys_owner_with_nothing_published(
            AssertablePublishedEvents events) {
        String reference = applications.submit(vacancyId, application(), submission(null));

        assertThat(reference).matches("RL-[A-Z2-9]{10}");
        Map<String, Object> row = jdbc.sql("""
                select organisation_id, vacancy_id, status, fiscal_code from portal_application
                where reference = :reference""").param("reference", reference).query().singleRow();
        assertThat(row).containsEntry("organisation_id", owner.value()).containsEntry("vacancy_id", vacancyId.value())
                .containsEntry("status", "RECEIVED").containsEntry("fiscal_code", "RSSMRA80A01L219M");
        assertThat(events.ofType(Object.class).matching(event -> event.getClass().getName()
                .startsWith("it.retelavoro."))).isEmpty();
        org.mockito.Mockito.verifyNoInteractions(persons, referrals);
    }

    @Test
    void a_robots_application_is_answered_alike_and_dropped() {
        String reference = applications.submit(vacancyId, application(), submission("http://spam.example"));

        assertThat(reference).matches("RL-[A-Z2-9]{10}");
        assertThat(jdbc.sql("select count(*) from portal_application where reference = :reference")
                .param("reference", reference).query(Long.class).single()).isZero();
    }
}
