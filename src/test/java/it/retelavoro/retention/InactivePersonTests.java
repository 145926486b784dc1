package it.retelavoro.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.audit.AuditLog;
import it.retelavoro.matching.MatchingScenario;
import it.retelavoro.matching.MatchingScenario.Protected;
import it.retelavoro.monitoring.MonitoringScenario.Organisation;
import it.retelavoro.shared.RetentionTask;
import it.retelavoro.support.IntegrationTest;
import it.retelavoro.support.MovableClock;
import it.retelavoro.support.OidcFlow;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The retention of the inactive persons (issue 17, point 3, category {@code INACTIVE_PERSON}) on a clock moved
 * forward: a person whose every record is older than five years is anonymised (the registry, the pathway's free
 * texts, the matching pools, the CO copies), the statutory records stay, and the monitoring facts keep counting the
 * person under a pseudonym, every count unchanged; a person with one service recorded within the five years stays
 * whole.
 */
@IntegrationTest
class InactivePersonTests {

    private static final String PROFILE = MatchingScenario.profile("5.1.2.2.0", LocalDate.of(2015, 1, 1),
            LocalDate.of(2019, 1, 1), "vendita al banco", "\"B\"", "", "FULL_TIME");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RetentionCatalogue catalogue;

    @Autowired
    List<RetentionTask> tasks;

    @Autowired
    AuditLog audit;

    @Autowired
    LockProvider lockProvider;

    @Autowired
    PlatformTransactionManager transactions;

    Organisation agency;
    UUID inactive;
    UUID active;
    String inactiveFiscalCode;

    @BeforeEach
    void twoPersonsWhoseRecordsAreFiveYearsOldButTenDays() throws Exception {
        MatchingScenario scenario = new MatchingScenario(mvc);
        agency = scenario.organisation();
        inactive = UUID.fromString(scenario.proposable(agency,
                new Protected("F", LocalDate.of(1985, 3, 12), "L219", "IT", "DISABLED"), "L219", null, PROFILE));
        active = UUID.fromString(scenario.proposable(agency, Protected.plain(), "L219", null, PROFILE));
        inactiveFiscalCode = jdbc.sql("select fiscal_code from person where id = :id").param("id", inactive)
                .query(String.class).single();
        jdbc.sql("update pathway_delivery set notes = 'Parla del figlio Marco' where person_id = :id")
                .param("id", inactive).update();
        awaitFacts(inactive);
        awaitFacts(active);
        Instant old = Instant.now().atOffset(ZoneOffset.UTC).minusYears(5).plusDays(10).toInstant();
        age(inactive, old);
        age(active, old);
        // the one sign of activity of the other person: a service recorded a year ago
        jdbc.sql("""
                update pathway_delivery set recorded_at = :at
                 where id = (select id from pathway_delivery where person_id = :id limit 1)""")
                .param("id", active).param("at", Timestamp.from(Instant.now().minus(Duration.ofDays(365)))).update();
    }

    @Test
    void aPersonInactiveForFiveYearsIsAnonymisedAndTheIndicatorsStillCountThemOnce() throws Exception {
        UUID referredApplication = application(inactive, Instant.now().atOffset(ZoneOffset.UTC).minusYears(6)
                .toInstant());
        Map<String, Object> countsBefore = counts();
        List<String> kindsBefore = factKinds(inactive);
        assertThat(kindsBefore).contains("PACT_SIGNED", "PLAN_SIGNED");
        assertThat(subjects(inactive)).isPositive();
        MovableClock clock = new MovableClock(Instant.now());

        job(clock).run().orElseThrow();
        assertThat(anonymisedAt(inactive)).isNull();

        clock.advance(Duration.ofDays(11));
        List<RetentionJob.Applied> applied = job(clock).run().orElseThrow();

        assertThat(applied).anySatisfy(done -> {
            assertThat(done.category()).isEqualTo("INACTIVE_PERSON");
            assertThat(done.records()).isGreaterThanOrEqualTo(1);
        });
        // the registry: nothing says who the person was
        assertThat(anonymisedAt(inactive)).isNotNull();
        Map<String, Object> row = jdbc.sql("""
                select fiscal_code, first_name, last_name, birth_date, birth_place, residence_address, phone, email,
                       matching_consent, sex from person where id = :id""").param("id", inactive).query().singleRow();
        assertThat((String) row.get("fiscal_code")).startsWith("*").isNotEqualTo(inactiveFiscalCode);
        assertThat(row.get("first_name")).isEqualTo("");
        assertThat(row.get("last_name")).isEqualTo("");
        assertThat(row.get("birth_date").toString()).isEqualTo("1985-01-01");
        assertThat(row.get("birth_place")).isEqualTo("");
        assertThat(row.get("residence_address")).isNull();
        assertThat(row.get("matching_consent")).isEqualTo(false);
        assertThat(row.get("sex")).isEqualTo("F");
        for (String table : List.of("person_experience", "person_driving_licence", "person_complex_target",
                "person_special_category", "person_consent", "matching_occupation")) {
            assertThat(rows(table, inactive)).as(table).isZero();
        }
        // the statutory records stay, without their free texts
        assertThat(rows("pathway_pact", inactive)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from pathway_delivery where person_id = :id and notes is not null")
                .param("id", inactive).query(Long.class).single()).isZero();
        assertThat(rows("pathway_person_in_charge", inactive)).isZero();
        // the application referred to a company stays, as the referral does, without the applicant's identity
        assertThat(jdbc.sql("select fiscal_code || first_name || last_name || cv_text || coalesce(email, '')"
                + " from portal_application where id = :id").param("id", referredApplication).query(String.class)
                .single()).isEmpty();
        // monitoring: the same facts and counts, under a pseudonym
        assertThat(factKinds(inactive)).isEmpty();
        assertThat(subjects(inactive)).isZero();
        assertThat(jdbc.sql("select count(*) from monitoring_person where person_id = :id").param("id", inactive)
                .query(Long.class).single()).isZero();
        assertThat(counts()).isEqualTo(countsBefore);
        // nobody finds them any more: not the operators, not a login with the old codice fiscale
        mvc.perform(get("/api/v1/persons/" + inactive).with(agency.operator())).andExpect(status().isNotFound());
        String area = new OidcFlow(port).asCitizen(inactiveFiscalCode, "Candida", "Prova").get("/me").body();
        assertThat(area).contains("id=\"citizen-no-record\"");
        // the other person, served a year ago, stays whole
        assertThat(anonymisedAt(active)).isNull();
        assertThat(JsonPath.<String>read(mvc.perform(get("/api/v1/persons/" + active).with(agency.operator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.lastName"))
                .isEqualTo("Prova");
        assertThat(subjects(active)).isPositive();
    }

    @Test
    void aDidInForceKeepsThePersonWholeHoweverOld() {
        jdbc.sql("""
                insert into pathway_did (id, person_id, received_by, declared_on, channel, state, version)
                values (:did, :id, :org, :day, 'CPI_COUNTER', 'DECLARED', 0)""")
                .param("did", UUID.randomUUID()).param("id", inactive).param("org", UUID.randomUUID())
                .param("day", LocalDate.now().minusYears(6)).update();
        MovableClock clock = new MovableClock(Instant.now().plus(Duration.ofDays(11)));

        job(clock).run().orElseThrow();

        assertThat(anonymisedAt(inactive)).isNull();
    }

    @Test
    void personsWhoseIdsComeFirstAndDifferOnlyAtTheEndAreAnonymisedToo() {
        // PostgreSQL compares uuids byte by byte, unsigned: the first batch once started past every id beginning
        // with 0 to 7, and half of the persons were never reached; and the token that replaced the codice fiscale
        // was made of the id's first characters, the same for ids written in sequence, as a bulk load writes them
        long base = 1 + (long) (Math.random() * 1_000_000_000L);
        UUID first = new UUID(0, base);
        UUID second = new UUID(0, base + 1);
        oldPerson(first, "ORDINEPRIMO" + (base % 100_000));
        oldPerson(second, "ORDINESECON" + (base % 100_000));

        job(new MovableClock(Instant.now())).run().orElseThrow();

        assertThat(anonymisedAt(first)).isNotNull();
        assertThat(anonymisedAt(second)).isNotNull();
    }

    /** A person registered six years ago with nothing else, of no organisation of the network (no pathway's copy). */
    private void oldPerson(UUID id, String code) {
        jdbc.sql("""
                insert into person (id, fiscal_code, fiscal_code_as_issued, first_name, last_name, search_name,
                    search_name_reversed, birth_date, sex, birth_place, citizenship, matching_consent,
                    willing_to_relocate, in_charge_of, registered_at, registered_by, version, changed_at)
                values (:id, :code, :code, 'Prima', 'Nellordine', 'nellordine prima', 'prima nellordine',
                    date '1970-05-05', 'M', 'L219', 'IT', false, false, :org, :at, :org, 0, :at)""")
                .param("id", id).param("code", code).param("org", UUID.randomUUID())
                .param("at", Timestamp.from(Instant.now().atOffset(ZoneOffset.UTC).minusYears(6).toInstant()))
                .update();
    }

    @Test
    void anApplicationSentAYearAgoKeepsThePersonWhole() {
        application(inactive, Instant.now().minus(Duration.ofDays(365)));

        job(new MovableClock(Instant.now().plus(Duration.ofDays(11)))).run().orElseThrow();

        assertThat(anonymisedAt(inactive)).isNull();
    }

    /** An application of the person on the job board, referred to the company. */
    private UUID application(UUID person, Instant submitted) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into portal_application (id, reference, vacancy_id, organisation_id, fiscal_code, first_name,
                    last_name, email, cv_text, privacy_accepted_at, submitted_at, status, person_id, version)
                values (:id, :reference, :vacancy, :organisation, :code, 'Candida', 'Prova', 'candida@example.org',
                    'Commessa a Torino', :at, :at, 'REFERRED', :person, 0)""")
                .param("id", id).param("reference", "R-" + id.toString().substring(0, 12))
                .param("vacancy", UUID.randomUUID()).param("organisation", UUID.fromString(agency.id()))
                .param("code", inactiveFiscalCode).param("at", Timestamp.from(submitted)).param("person", person)
                .update();
        return id;
    }

    private RetentionJob job(MovableClock clock) {
        return new RetentionJob(catalogue, tasks, audit, clock, lockProvider, transactions);
    }

    /** Every record of the person made as if on that day. */
    private void age(UUID person, Instant at) {
        Timestamp when = Timestamp.from(at);
        for (String statement : List.of(
                "update person set registered_at = :at, changed_at = :at where id = :id",
                "update person_consent set recorded_at = :at where person_id = :id",
                "update person_special_category set recorded_at = :at where person_id = :id",
                "update person_assignment set assigned_at = :at where person_id = :id",
                "update pathway_delivery set recorded_at = :at where person_id = :id",
                "update pathway_pact set recorded_at = :at where person_id = :id",
                "update pathway_action_plan set recorded_at = :at where person_id = :id",
                "update pathway_action_plan_event e set recorded_at = :at from pathway_action_plan p"
                        + " where p.id = e.action_plan_id and p.person_id = :id")) {
            jdbc.sql(statement).param("id", person).param("at", when).update();
        }
    }

    private void awaitFacts(UUID person) throws InterruptedException {
        for (int i = 0; i < 100 && factKinds(person).size() < 3; i++) {
            Thread.sleep(100);
        }
        assertThat(factKinds(person)).hasSizeGreaterThanOrEqualTo(3);
    }

    private List<String> factKinds(UUID person) {
        return jdbc.sql("select kind from monitoring_fact where person_id = :id order by kind, source_key")
                .param("id", person).query(String.class).list();
    }

    private long subjects(UUID person) {
        return jdbc.sql("select count(*) from monitoring_subject where subject = :id").param("id", person.toString())
                .query(Long.class).single()
                + jdbc.sql("select count(*) from monitoring_subject_day where subject = :id")
                .param("id", person.toString()).query(Long.class).single();
    }

    /** The agency's counts of every indicator, month and year. */
    private Map<String, Object> counts() {
        Map<String, Object> counts = new java.util.TreeMap<>();
        jdbc.sql("select code || '/' || grain || '/' || period_start, value from monitoring_count where scope = :org")
                .param("org", UUID.fromString(agency.id()))
                .query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    private long rows(String table, UUID person) {
        return jdbc.sql("select count(*) from " + table + " where person_id = :id").param("id", person)
                .query(Long.class).single();
    }

    private Timestamp anonymisedAt(UUID person) {
        return jdbc.sql("select anonymised_at from person where id = :id").param("id", person)
                .query((rs, n) -> rs.getTimestamp(1)).list().get(0);
    }
}
