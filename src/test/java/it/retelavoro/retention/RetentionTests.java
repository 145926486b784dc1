package it.retelavoro.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.support.IntegrationTest;
import it.retelavoro.support.MovableClock;
import it.retelavoro.support.OidcFlow;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The retention catalogue applied on a clock moved forward (issue 17, point 3): what has been kept longer than its
 * category says is erased, nothing younger; the audit trail keeps ten years whatever the cut-off; the job runs on one
 * instance at a time and writes what it did in the audit trail.
 */
@IntegrationTest
class RetentionTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RetentionCatalogue catalogue;

    @Autowired
    List<it.retelavoro.shared.RetentionTask> tasks;

    @Autowired
    AuditLog audit;

    @Autowired
    LockProvider lockProvider;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aPortalApplicationNotFollowedUpIsErasedAfterTwelveMonthsAReferredOneStays() {
        Instant now = Instant.now();
        UUID received = application("RECEIVED", now.minus(340, ChronoUnit.DAYS));
        UUID referred = application("REFERRED", now.minus(340, ChronoUnit.DAYS));
        MovableClock clock = new MovableClock(now);

        job(clock).run().orElseThrow();
        assertThat(applications(received, referred)).containsExactlyInAnyOrder(received, referred);

        clock.advance(Duration.ofDays(40));
        List<RetentionJob.Applied> applied = job(clock).run().orElseThrow();

        assertThat(applications(received, referred)).containsExactly(referred);
        assertThat(applied).anySatisfy(done -> {
            assertThat(done.category()).isEqualTo("PORTAL_APPLICATION");
            assertThat(done.records()).isGreaterThanOrEqualTo(1);
        });
        assertThat(jdbc.sql("select detail from audit_event where action = 'RETENTION_APPLIED'"
                        + " and object_id = 'PORTAL_APPLICATION' order by id desc limit 1")
                .query(String.class).single()).contains("records=").doesNotContain("records=0");
    }

    @Test
    void anAnsweredRequestOfRectificationIsErasedAfterTwoYearsAnOpenOneStays() {
        Instant now = Instant.now();
        UUID person = jdbc.sql("select id from person order by registered_at limit 1").query(UUID.class).single();
        UUID answered = rectification(person, "ACCEPTED", now.minus(700, ChronoUnit.DAYS));
        UUID open = rectification(person, "OPEN", now.minus(900, ChronoUnit.DAYS));
        MovableClock clock = new MovableClock(now);

        job(clock).run().orElseThrow();
        assertThat(rectifications(answered, open)).containsExactlyInAnyOrder(answered, open);

        clock.advance(Duration.ofDays(40));
        job(clock).run().orElseThrow();
        assertThat(rectifications(answered, open)).containsExactly(open);
    }

    @Test
    void theAuditTrailKeepsTenYearsWhateverTheCutoffAndRefusesAnyOtherDeletion() {
        Instant now = Instant.now();
        long old = auditEntry(now.atOffset(ZoneOffset.UTC).minusYears(10).minusDays(3).toInstant());
        long nineYears = auditEntry(now.atOffset(ZoneOffset.UTC).minusYears(9).toInstant());
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = :id").param("id", old).update())
                .hasStackTraceContaining("sola aggiunta");

        // two years on: the application's cut-off reaches the nine-year-old entry, the database does not let it go
        MovableClock clock = new MovableClock(now.atOffset(ZoneOffset.UTC).plusYears(2).toInstant());
        job(clock).run().orElseThrow();

        assertThat(jdbc.sql("select id from audit_event where id in (:ids)").param("ids", List.of(old, nineYears))
                .query(Long.class).list()).containsExactly(nineYears);
    }

    @Test
    void theJobRunsOnOneInstanceAtATime() {
        UUID received = application("DECLINED", Instant.now().minus(400, ChronoUnit.DAYS));
        Optional<SimpleLock> held = lockProvider.lock(new LockConfiguration(Instant.now(), RetentionJob.LOCK,
                Duration.ofMinutes(5), Duration.ZERO));
        assertThat(held).isPresent();
        try {
            // another instance holds the lock: this one does nothing
            assertThat(job(new MovableClock(Instant.now())).run()).isEmpty();
            assertThat(applications(received)).containsExactly(received);
        } finally {
            held.get().unlock();
        }
        assertThat(job(new MovableClock(Instant.now())).run()).isPresent();
        assertThat(applications(received)).isEmpty();
    }

    @Test
    void everyCategoryHasItsTaskAndTheCatalogueIsPublic() {
        assertThat(catalogue.categories()).extracting(RetentionCategory::code)
                .containsExactlyInAnyOrderElementsOf(tasks.stream().map(it.retelavoro.shared.RetentionTask::category)
                        .toList());
        OidcFlow anonymous = new OidcFlow(port);
        String page = anonymous.get("/privacy/retention").body();
        assertThat(page).contains("Per quanto tempo conserviamo i dati").contains("1 anno").contains("10 anni")
                .contains("art. 5, par. 1, lett. e)");
        String json = anonymous.get("/api/v1/public/retention-policy").body();
        assertThat(json).contains("\"code\":\"AUDIT_TRAIL\"").contains("\"keep\":\"P10Y\"");
    }

    private RetentionJob job(MovableClock clock) {
        return new RetentionJob(catalogue, tasks, audit, clock, lockProvider, transactions);
    }

    private UUID application(String status, Instant submitted) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into portal_application (id, reference, vacancy_id, organisation_id, fiscal_code, first_name,
                    last_name, cv_text, privacy_accepted_at, submitted_at, status, version)
                values (:id, :reference, :vacancy, :organisation, 'RSSMRA85M01L219I', 'Mario', 'Rossi', 'cv',
                    :at, :at, :status, 0)""")
                .param("id", id).param("reference", "R-" + id.toString().substring(0, 12))
                .param("vacancy", UUID.randomUUID()).param("organisation", UUID.randomUUID())
                .param("at", Timestamp.from(submitted)).param("status", status).update();
        return id;
    }

    private List<UUID> applications(UUID... ids) {
        return jdbc.sql("select id from portal_application where id in (:ids)").param("ids", List.of(ids))
                .query(UUID.class).list();
    }

    private UUID rectification(UUID person, String state, Instant at) {
        UUID id = UUID.randomUUID();
        boolean open = "OPEN".equals(state);
        jdbc.sql("""
                insert into person_rectification_request (id, person_id, organisation_id, field, proposed_value,
                    requested_at, state, answered_at, answer_reason)
                values (:id, :person, :organisation, 'PHONE', '333', :at, :state, :answered, :reason)""")
                .param("id", id).param("person", person).param("organisation", UUID.randomUUID())
                .param("at", Timestamp.from(at)).param("state", state)
                .param("answered", open ? null : Timestamp.from(at)).param("reason", open ? null : "fatto")
                .update();
        return id;
    }

    private List<UUID> rectifications(UUID... ids) {
        return jdbc.sql("select id from person_rectification_request where id in (:ids)").param("ids", List.of(ids))
                .query(UUID.class).list();
    }

    private long auditEntry(Instant at) {
        return jdbc.sql("""
                insert into audit_event (occurred_at, action, object_type, object_id, outcome)
                values (:at, 'PERSON_READ', 'PERSON', :object, 'SUCCESS') returning id""")
                .param("at", Timestamp.from(at)).param("object", UUID.randomUUID().toString())
                .query(Long.class).single();
    }
}
