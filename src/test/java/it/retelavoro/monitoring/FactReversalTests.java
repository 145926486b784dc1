package it.retelavoro.monitoring;

import static it.retelavoro.monitoring.MonitoringScenario.ANALYST;
import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.support.IntegrationTest;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reversing the fact of a cancelled act: the fact no longer counts in any period, a subject another fact
 * keeps in a period stays there, and the kept counts agree with a count over the facts.
 */
@IntegrationTest
class FactReversalTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    FactStore facts;
    @Autowired
    JdbcClient jdbc;

    MonitoringScenario scenario;
    String organisation;
    UUID org;
    LocalDate month;

    @BeforeEach
    void organisationAndMonth() throws Exception {
        scenario = new MonitoringScenario(mvc);
        organisation = scenario.organisation().id();
        org = UUID.fromString(organisation);
        // a month of its own in the 1970s, so that the region's figures of other tests do not move
        month = LocalDate.of(1970, 1, 1).plusMonths(ThreadLocalRandom.current().nextInt(120));
    }

    @Test
    void a_subject_leaves_a_period_only_when_its_last_fact_there_is_reversed() throws Exception {
        UUID person = UUID.randomUUID();
        Fact early = a2(person, month.plusDays(2));
        Fact late = a2(person, month.plusDays(20));
        assertThat(facts.record(early)).isTrue();
        assertThat(facts.record(late)).isTrue();
        assertThat(a2Counts()).containsExactly(1, 1, 1, 1);

        assertThat(facts.reverse(FactKind.DELIVERY, early.sourceKey())).isTrue();
        // the month, the year and a period of the late fact still count the person; a period of the early one not
        assertThat(a2Counts()).containsExactly(1, 1, 0, 1);
        assertThat(facts.reverse(FactKind.DELIVERY, late.sourceKey())).isTrue();
        assertThat(a2Counts()).containsExactly(0, 0, 0, 0);
        assertThat(keptRows(person)).isZero();
    }

    @Test
    void reversing_twice_or_an_unknown_source_changes_nothing() {
        Fact fact = a2(UUID.randomUUID(), month.plusDays(5));
        facts.record(fact);
        assertThat(facts.reverse(FactKind.DELIVERY, fact.sourceKey())).isTrue();
        assertThat(facts.reverse(FactKind.DELIVERY, fact.sourceKey())).isFalse();
        assertThat(facts.reverse(FactKind.DELIVERY, "delivery:" + UUID.randomUUID())).isFalse();
    }

    @Test
    void a_source_whose_key_recurs_counts_again_when_recorded_after_its_reversal() {
        // a Patto cancelled and signed again on the same day has the same source key (person, organisation, day)
        UUID person = UUID.randomUUID();
        LocalDate day = month.plusDays(3);
        Fact pact = Fact.of(FactKind.PACT_SIGNED, "pact:" + person + ":" + org + ":" + day, day, org).person(person);
        facts.record(pact);
        facts.reverse(FactKind.PACT_SIGNED, pact.sourceKey());
        assertThat(reversed(pact)).isTrue();
        assertThat(facts.record(pact)).isTrue();
        assertThat(reversed(pact)).isFalse();
        assertThat(facts.record(pact)).isFalse();
    }

    @Test
    void a_delivery_recorded_again_after_its_cancellation_stays_cancelled() throws Exception {
        // the same event delivered again (issue 19: resubmitted after an instance died between the listener's commit
        // and the registry's), when the delivery was cancelled meanwhile: a delivery's id never comes back
        UUID person = UUID.randomUUID();
        Fact fact = a2(person, month.plusDays(3));
        facts.record(fact);
        facts.reverse(FactKind.DELIVERY, fact.sourceKey());
        assertThat(facts.record(fact)).isFalse();
        assertThat(reversed(fact)).isTrue();
        assertThat(a2Counts()).containsExactly(0, 0, 0, 0);
    }

    private boolean reversed(Fact fact) {
        return jdbc.sql("select reversed_at is not null from monitoring_fact where kind = :kind and source_key = :key")
                .param("kind", fact.kind().name()).param("key", fact.sourceKey()).query(Boolean.class).single();
    }

    @Test
    void the_kept_counts_of_the_region_agree_with_the_facts_after_a_reversal() throws Exception {
        UUID person = UUID.randomUUID();
        Fact fact = a2(person, month.plusDays(9));
        facts.record(fact);
        facts.reverse(FactKind.DELIVERY, fact.sourceKey());
        String query = "from=" + month + "&to=" + month.plusMonths(1).minusDays(1);
        long raw = jdbc.sql("""
                select count(distinct person_id) from monitoring_fact where kind = 'DELIVERY' and detail = 'A2'
                  and reversed_at is null and fact_date >= :from and fact_date < :to""")
                .param("from", month).param("to", month.plusMonths(1)).query(Long.class).single();
        assertThat((long) scenario.values(ANALYST, query).get("2.1")).isEqualTo(raw);
    }

    /** 2.1 of the organisation: the calendar month, the year, the first ten days, the month from its 11th. */
    private java.util.List<Integer> a2Counts() throws Exception {
        String scope = "&organisationId=" + organisation;
        return java.util.List.of(
                value("from=" + month + "&to=" + month.plusMonths(1).minusDays(1) + scope),
                value("from=" + month.withDayOfYear(1) + "&to=" + month.withDayOfYear(1).plusYears(1).minusDays(1)
                        + scope),
                value("from=" + month + "&to=" + month.plusDays(9) + scope),
                value("from=" + month.plusDays(10) + "&to=" + month.plusMonths(1).plusDays(3) + scope));
    }

    private int value(String query) throws Exception {
        return scenario.values(ANALYST, query).get("2.1");
    }

    private long keptRows(UUID person) {
        return jdbc.sql("select count(*) from monitoring_subject where subject = :subject")
                .param("subject", person.toString()).query(Long.class).single();
    }

    private Fact a2(UUID person, LocalDate day) {
        return Fact.of(FactKind.DELIVERY, "delivery:" + UUID.randomUUID(), day, org).person(person).detail("A2");
    }
}
