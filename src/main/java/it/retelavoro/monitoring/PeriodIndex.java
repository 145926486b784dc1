package it.retelavoro.monitoring;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The distinct count of every indicator over any period (from and to included), exact and without reading a
 * subject: the kept structure behind the periods that are not a calendar month or year (ADR 0005).
 *
 * <p>For each indicator and scope, every subject's fact days are kept ({@code monitoring_subject_day}, with
 * the number of facts that keep the day), and so is each subject's step from one fact day to the next,
 * counted per pair of days ({@code monitoring_step_day}) and per day and month of the previous day
 * ({@code monitoring_step_month}). A subject is in the period exactly once through the step onto its first
 * fact day in the period, the one whose previous day comes before {@code from}; so the count of the period
 * is the sum of the steps onto its days coming from before the month of {@code from} (a few rows per day)
 * plus those coming from the days of that month before {@code from}.
 *
 * <p>A day added to or removed from a subject changes at most three steps (the step onto the day, and the
 * step onto the next day, which now comes from the day or from the previous one). The changes of one
 * subject are serialised by a transaction-scoped advisory lock on (code, scope, subject), taken in a fixed
 * order, so that concurrent listeners never compute steps from each other's uncommitted days.
 */
@Component
class PeriodIndex {

    private static final Logger log = LoggerFactory.getLogger(PeriodIndex.class);

    /** The days of the subjects of the fact's indicators, per scope (organisation and region). */
    private static final String KEYS = "keys as (select distinct x.code, s.scope, x.subject, x.fact_date as day"
            + " from (%s) x cross join lateral (values (x.organisation_id), (cast(:region as uuid))) s(scope))";

    /** The previous and next fact day of each changed day, from the statement's snapshot. */
    private static final String AROUND = "around as (select c.code, c.scope, c.day,"
            + " (select max(d.day) from monitoring_subject_day d where d.code = c.code and d.scope = c.scope"
            + " and d.subject = c.subject and d.day < c.day) as previous,"
            + " (select min(d.day) from monitoring_subject_day d where d.code = c.code and d.scope = c.scope"
            + " and d.subject = c.subject and d.day > c.day) as next from changed c), ";

    /** The changes of the steps (with the sign of the day's change), summed per step, into both tables. */
    private static final String STEPS = "steps as ("
            + "select code, scope, day, coalesce(previous, '-infinity'::date) as previous, :sign as delta from around"
            + " union all select code, scope, next, coalesce(previous, '-infinity'::date), - :sign from around"
            + " where next is not null"
            + " union all select code, scope, next, day, :sign from around where next is not null), "
            + "by_day as (insert into monitoring_step_day (code, scope, previous_day, day, subjects)"
            + " select code, scope, previous, day, sum(delta) from steps group by 1, 2, 3, 4 order by 1, 2, 3, 4"
            + " on conflict (code, scope, previous_day, day)"
            + " do update set subjects = monitoring_step_day.subjects + excluded.subjects returning 1), "
            + "by_month as (insert into monitoring_step_month (code, scope, day, previous_month, subjects)"
            + " select code, scope, day, date_trunc('month', previous)::date, sum(delta) from steps"
            + " group by 1, 2, 3, 4 order by 1, 2, 3, 4"
            + " on conflict (code, scope, day, previous_month)"
            + " do update set subjects = monitoring_step_month.subjects + excluded.subjects returning 1) "
            + "select (select count(*) from by_day) + (select count(*) from by_month)";

    private final JdbcClient jdbc;

    PeriodIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the days of a fact of that kind just recorded (in the caller's transaction). */
    void added(long factId, FactKind kind) {
        if (IndicatorDefinition.ofKind(kind).isEmpty()) {
            return;
        }
        lock(factId, kind);
        BoundSql sql = keys("f.id = :id", kind).within("with ", ", "
                + "kept as (insert into monitoring_subject_day (code, scope, subject, day, facts)"
                + " select code, scope, subject, day, 1 from keys order by 1, 2, 3, 4"
                + " on conflict (code, scope, subject, day)"
                + " do update set facts = monitoring_subject_day.facts + 1 returning code, scope, subject, day, facts), "
                + "changed as (select code, scope, subject, day from kept where facts = 1), " + AROUND + STEPS);
        sql.on(jdbc).param("id", factId).param("region", FactStore.REGION).param("sign", 1).query(Long.class)
                .single();
    }

    /**
     * Removes the days of a fact of that kind being reversed (in the caller's transaction), kept by no other fact.
     */
    void removed(long factId, FactKind kind) {
        if (IndicatorDefinition.ofKind(kind).isEmpty()) {
            return;
        }
        lock(factId, kind);
        BoundSql sql = keys("f.id = :id", kind).within("with ", ", "
                + "kept as (update monitoring_subject_day d set facts = d.facts - 1 from keys k"
                + " where d.code = k.code and d.scope = k.scope and d.subject = k.subject and d.day = k.day"
                + " and d.facts > 1 returning d.code), "
                + "changed as (delete from monitoring_subject_day d using keys k"
                + " where d.code = k.code and d.scope = k.scope and d.subject = k.subject and d.day = k.day"
                + " and d.facts = 1 returning d.code, d.scope, d.subject, d.day), " + AROUND
                + STEPS);
        sql.on(jdbc).param("id", factId).param("region", FactStore.REGION).param("sign", -1).query(Long.class)
                .single();
    }

    /** Recomputes the days and steps from the facts, from scratch (in the caller's transaction). */
    long rebuild() {
        jdbc.sql("delete from monitoring_step_month").update();
        jdbc.sql("delete from monitoring_step_day").update();
        jdbc.sql("delete from monitoring_subject_day").update();
        long days = IndicatorDefinition.union(IndicatorDefinition.ALL, null)
                .within("insert into monitoring_subject_day (code, scope, subject, day, facts)"
                        + " select x.code, s.scope, x.subject, x.fact_date, count(*) from (",
                        ") x cross join lateral (values (x.organisation_id), (cast(:region as uuid))) s(scope)"
                        + " group by 1, 2, 3, 4")
                .on(jdbc).param("region", FactStore.REGION).update();
        jdbc.sql("""
                insert into monitoring_step_day (code, scope, previous_day, day, subjects)
                select code, scope, coalesce(previous, '-infinity'::date), day, count(*)
                from (select code, scope, day,
                        lag(day) over (partition by code, scope, subject order by day) as previous
                      from monitoring_subject_day) s
                group by 1, 2, 3, 4""").update();
        jdbc.sql("""
                insert into monitoring_step_month (code, scope, day, previous_month, subjects)
                select code, scope, day, date_trunc('month', previous_day)::date, sum(subjects)
                from monitoring_step_day group by 1, 2, 3, 4""").update();
        return days;
    }

    /**
     * Fills the index after the migration that created it, when the facts were recorded before it: once, at
     * the first start (an advisory lock keeps two instances starting together from filling it twice).
     */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void fillAfterMigration() {
        jdbc.sql("select pg_advisory_xact_lock(1370)").query().listOfRows();
        boolean needed = jdbc.sql("""
                select exists (select 1 from monitoring_fact) and not exists (select 1 from monitoring_subject_day)""")
                .query(Boolean.class).single();
        if (needed) {
            long start = System.nanoTime();
            long days = rebuild();
            log.info("Indice dei periodi del monitoraggio riempito dai fatti: {} giorni in {} ms", days,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    /**
     * The distinct subjects per code in the period, for the scope (an organisation, or {@link FactStore#REGION}):
     * the steps onto the period's days from before the month of {@code from}, plus those from the days of that
     * month before {@code from}. Codes with no subject are absent.
     */
    Map<String, Long> count(List<String> codes, LocalDate from, LocalDate to, UUID scope) {
        Map<String, Long> values = new HashMap<>();
        jdbc.sql("""
                select code, sum(subjects) from (
                    select code, subjects from monitoring_step_month
                    where code in (:codes) and scope = :scope and day between :from and :to
                      and previous_month < :fromMonth
                    union all
                    select code, subjects from monitoring_step_day
                    where code in (:codes) and scope = :scope and previous_day >= :fromMonth
                      and previous_day < :from and day between :from and :to) s
                group by code""")
                .param("codes", codes).param("scope", scope).param("from", from).param("to", to)
                .param("fromMonth", from.withDayOfMonth(1))
                .query((rs, row) -> values.put(rs.getString(1), rs.getLong(2))).list();
        // Steps whose subjects went back to zero (a day removed) are kept as rows of zero until a rebuild.
        values.values().removeIf(value -> value == 0);
        return values;
    }

    /**
     * Renames a person's subject to the pseudonym in the days of every indicator and scope (the steps count
     * subjects, not who they are, and stay as they are). The caller holds the person's exclusive lock.
     */
    void pseudonymise(UUID personId, UUID pseudonym) {
        BoundSql union = IndicatorDefinition.union(IndicatorDefinition.ALL, "f.person_id = :old", definition -> "",
                true);
        String[] parts = KEYS.split("%s");
        union.within("with " + parts[0], parts[1] + " update monitoring_subject_day d set subject = :new"
                + " from (select distinct code, scope, subject from keys where subject = :oldText) k"
                + " where d.code = k.code and d.scope = k.scope and d.subject = k.subject")
                .on(jdbc).param("old", personId).param("oldText", personId.toString())
                .param("new", pseudonym.toString()).param("region", FactStore.REGION).update();
    }

    /** Serialises the changes of the fact's subjects with any other transaction changing the same ones. */
    private void lock(long factId, FactKind kind) {
        keys("f.id = :id", kind).within("with ", " select count(*) from (select pg_advisory_xact_lock(k) from"
                + " (select distinct hashtextextended(code || '|' || scope::text || '|' || subject, 0) as k"
                + " from keys order by 1) o) l")
                .on(jdbc).param("id", factId).param("region", FactStore.REGION).query(Long.class).single();
    }

    /**
     * The keys CTE over the facts of that kind matching the filter, reversed or not (the caller names the fact): the
     * indicators of the fact's kind alone, rather than a branch per indicator each reading the fact.
     */
    private static BoundSql keys(String filter, FactKind kind) {
        BoundSql union = IndicatorDefinition.union(IndicatorDefinition.ofKind(kind), filter, definition -> "", true);
        String[] parts = KEYS.split("%s");
        return union.within(parts[0], parts[1]);
    }
}
