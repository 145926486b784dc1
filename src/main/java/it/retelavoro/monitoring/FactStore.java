package it.retelavoro.monitoring;

import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Site;
import it.retelavoro.pathway.AgeBand;
import it.retelavoro.reference.Comune;
import it.retelavoro.reference.Comuni;
import it.retelavoro.shared.SiteId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends facts and keeps the monthly aggregate in step, in the same transaction. A fact already
 * recorded (same kind and source) is ignored, and so is its aggregate: redelivered events and concurrent
 * listeners cannot count twice.
 */
@Component
class FactStore {

    private final JdbcClient jdbc;
    private final NetworkManagement network;
    private final Comuni comuni;
    private final PeriodIndex periods;

    FactStore(JdbcClient jdbc, NetworkManagement network, Comuni comuni, PeriodIndex periods) {
        this.jdbc = jdbc;
        this.network = network;
        this.comuni = comuni;
        this.periods = periods;
    }

    /**
     * Records the fact with its dimensions; false when it was already recorded. A source whose fact was reversed
     * (its act cancelled) counts again when it is recorded anew, for the kinds whose key may come back
     * ({@link FactKind#keyRecurs()}: a Patto cancelled and signed again on the same day by the same organisation has
     * the same source key); for the others a second recording is the same event delivered again, and changes nothing.
     */
    @Transactional
    boolean record(Fact fact) {
        PersonDimensions person = fact.personId() == null ? PersonDimensions.NONE
                : jdbc.sql("""
                        select sex, birth_year, citizenship_group, education_level
                        from monitoring_person where person_id = :id""")
                        .param("id", fact.personId()).query(PersonDimensions.class).optional()
                        .orElse(PersonDimensions.NONE);
        lockSubjects(false, fact.personId(), fact.employerId(), fact.itemId());
        String province = Optional.ofNullable(fact.siteId()).flatMap(site -> network.findSite(new SiteId(site)))
                .map(Site::comuneCode).flatMap(comuni::byCode).map(Comune::provinceCode).orElse(null);
        Optional<Long> id = jdbc.sql("""
                insert into monitoring_fact (kind, source_key, fact_date, organisation_id, counterpart_organisation_id,
                    site_id, operator_id, province, person_id, employer_id, item_id, detail, sex, age_band,
                    citizenship_group, education_level, programme, minutes, end_date)
                values (:kind, :key, :date, :org, :counterpart, :site, :operator, :province, :person, :employer, :item,
                    :detail, :sex, :ageBand, :citizenship, :education, :programme, :minutes, :endDate)
                on conflict (kind, source_key) do update set fact_date = excluded.fact_date,
                    organisation_id = excluded.organisation_id,
                    counterpart_organisation_id = excluded.counterpart_organisation_id, site_id = excluded.site_id,
                    operator_id = excluded.operator_id, province = excluded.province, person_id = excluded.person_id,
                    employer_id = excluded.employer_id, item_id = excluded.item_id, detail = excluded.detail,
                    sex = excluded.sex, age_band = excluded.age_band, citizenship_group = excluded.citizenship_group,
                    education_level = excluded.education_level, programme = excluded.programme,
                    minutes = excluded.minutes, end_date = excluded.end_date, reversed_at = null, recorded_at = now()
                  where monitoring_fact.reversed_at is not null and :keyRecurs
                returning id""")
                .param("kind", fact.kind().name()).param("key", fact.sourceKey()).param("date", fact.date())
                .param("keyRecurs", fact.kind().keyRecurs())
                .param("org", fact.organisationId()).param("counterpart", fact.counterpartOrganisationId())
                .param("site", fact.siteId()).param("operator", fact.operatorId()).param("province", province)
                .param("person", fact.personId()).param("employer", fact.employerId()).param("item", fact.itemId())
                .param("detail", fact.detail())
                .param("sex", fact.sex() != null ? fact.sex() : person.sex())
                .param("ageBand", fact.ageBand() != null ? fact.ageBand() : person.ageBandOn(fact.date()))
                .param("citizenship", person.citizenshipGroup()).param("education", person.educationLevel())
                .param("programme", fact.programme()).param("minutes", fact.minutes())
                .param("endDate", fact.endDate())
                .query(Long.class).optional();
        // The period index first: its per-subject locks are taken before the shared rows of monitoring_count.
        id.ifPresent(added -> periods.added(added, fact.kind()));
        id.ifPresent(added -> aggregate(added, fact.kind()));
        return id.isPresent();
    }

    /**
     * Reverses the fact of an act cancelled in its owning module: the fact stays, marked reversed, and no
     * longer counts. A subject leaves a month, a year or a scope of the aggregate only when no other fact
     * still counts there; false when there is no such fact or it was already reversed (a redelivered event).
     */
    @Transactional
    boolean reverse(FactKind kind, String sourceKey) {
        Optional<FactSubjects> found = jdbc.sql("""
                select id, person_id, employer_id, item_id from monitoring_fact
                where kind = :kind and source_key = :key and reversed_at is null""")
                .param("kind", kind.name()).param("key", sourceKey).query(FactSubjects.class).optional();
        if (found.isEmpty()) {
            return false;
        }
        FactSubjects fact = found.get();
        lockSubjects(true, fact.personId(), fact.employerId(), fact.itemId());
        List<SubjectRow> rows = subjects(IndicatorDefinition.ofKind(kind), "f.id = :id").on(jdbc)
                .param("id", fact.id()).param("region", REGION).query(SubjectRow.class).list();
        int marked = jdbc.sql("update monitoring_fact set reversed_at = now() where id = :id and reversed_at is null")
                .param("id", fact.id()).update();
        if (marked == 0) {
            return false;
        }
        periods.removed(fact.id(), kind);
        // rows come in the order of the aggregate's inserts, so concurrent listeners wait rather than deadlock
        for (SubjectRow row : rows) {
            if (!stillCounted(row)) {
                row.bind(jdbc.sql("""
                        delete from monitoring_subject where code = :code and grain = :grain
                          and period_start = :start and scope = :scope and subject = :subject""")).update();
                row.bind(jdbc.sql("""
                        update monitoring_count set value = value - 1 where code = :code and grain = :grain
                          and period_start = :start and scope = :scope""")).update();
                row.bind(jdbc.sql("""
                        delete from monitoring_count where code = :code and grain = :grain
                          and period_start = :start and scope = :scope and value <= 0""")).update();
            }
        }
        return true;
    }

    /**
     * Replaces a person's id with a pseudonym drawn at random and kept nowhere else (issue 17: the registry anonymised
     * them): in the facts and their source keys, the aggregate's subjects, the period index's days, the dimensions,
     * the targets and the copies of appointments, DIDs and employments. Every count stays exactly what it was, as the
     * pseudonym stands for the person wherever the id did; nothing links the facts to the person's records any more.
     * The person's facts are locked exclusively first, as a reversal does, so no fact about them is being recorded.
     */
    @Transactional
    void pseudonymise(UUID personId) {
        UUID pseudonym = UUID.randomUUID();
        lockSubjects(true, personId);
        subjects(IndicatorDefinition.ALL, "f.person_id = :old").within("with rows as (", ") "
                + "update monitoring_subject s set subject = :new from rows r where r.subject = :oldText"
                + " and s.code = r.code and s.grain = r.grain and s.period_start = r.period_start and s.scope = r.scope"
                + " and s.subject = r.subject")
                .on(jdbc).param("old", personId).param("oldText", personId.toString())
                .param("new", pseudonym.toString()).param("region", REGION).update();
        periods.pseudonymise(personId, pseudonym);
        jdbc.sql("""
                update monitoring_fact set person_id = :new, source_key = replace(source_key, :oldText, :newText)
                 where person_id = :old""")
                .param("old", personId).param("new", pseudonym).param("oldText", personId.toString())
                .param("newText", pseudonym.toString()).update();
        for (String table : List.of("monitoring_person", "monitoring_person_target", "monitoring_employment",
                "monitoring_appointment_person", "monitoring_convocation", "monitoring_attendance", "monitoring_did")) {
            jdbc.sql("update " + table + " set person_id = :new where person_id = :old")
                    .param("old", personId).param("new", pseudonym).update();
        }
    }

    /** Whether another fact, not reversed, still counts the row's subject in its period and scope. */
    private boolean stillCounted(SubjectRow row) {
        IndicatorDefinition definition = IndicatorDefinition.BY_CODE.get(row.code());
        boolean anonymous = row.subject().startsWith("anon:");
        LocalDate end = "M".equals(row.grain()) ? row.periodStart().plusMonths(1) : row.periodStart().plusYears(1);
        String filter = definition.subjectIs(anonymous) + " and f.fact_date >= :start and f.fact_date < :end"
                + (REGION.equals(row.scope()) ? "" : " and " + definition.organisationColumn() + " = :scope");
        return IndicatorDefinition.union(List.of(definition), filter).within("select exists(", ")").on(jdbc)
                .param("subject", UUID.fromString(anonymous ? row.subject().substring(5) : row.subject()))
                .param("start", row.periodStart()).param("end", end).param("scope", row.scope())
                .query(Boolean.class).single();
    }

    /**
     * Serialises the recording and the reversal of facts about the same person, company or item: recording
     * takes shared locks (facts are recorded side by side), reversing an exclusive one, so that a reversal
     * cannot remove a subject from the aggregate while a fact that keeps it there is being recorded. Always
     * in the order of the keys, so that two transactions cannot wait for each other.
     */
    private void lockSubjects(boolean exclusive, UUID... subjects) {
        java.util.Arrays.stream(subjects).filter(java.util.Objects::nonNull).map(UUID::toString).sorted().distinct()
                .forEach(key -> jdbc.sql("select " + (exclusive ? "pg_advisory_xact_lock" : "pg_advisory_xact_lock_shared")
                        + "(hashtextextended(:key, 13))").param("key", key).query((rs, n) -> 1).list());
    }

    /** The subjects of a fact, the keys of its locks. */
    record FactSubjects(long id, UUID personId, UUID employerId, UUID itemId) {
    }

    /** A row of monitoring_subject. */
    record SubjectRow(String code, String grain, LocalDate periodStart, UUID scope, String subject) {

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            return statement.param("code", code).param("grain", grain).param("start", periodStart)
                    .param("scope", scope).param("subject", subject);
        }
    }

    /** The scope of the region's rows in the aggregate. */
    static final UUID REGION = new UUID(0, 0);

    /**
     * The subjects of the fact's indicators at both grains (month, year) and both scopes (organisation,
     * region). Only the rows new to the aggregate move the counts, so a subject already counted in a month,
     * a year or the region is not counted again; a concurrent listener adding the same subject waits on the
     * unique key and then finds it there.
     */
    private void aggregate(long factId, FactKind kind) {
        if (IndicatorDefinition.ofKind(kind).isEmpty()) {
            return;
        }
        subjects(IndicatorDefinition.ofKind(kind), "f.id = :id")
                .within("with added as (insert into monitoring_subject (code, grain, period_start, scope, subject) ",
                        " on conflict do nothing returning code, grain, period_start, scope) "
                        + "insert into monitoring_count (code, grain, period_start, scope, value) "
                        + "select code, grain, period_start, scope, count(*) from added"
                        + " group by code, grain, period_start, scope order by code, grain, period_start, scope "
                        + "on conflict (code, grain, period_start, scope) "
                        + "do update set value = monitoring_count.value + excluded.value")
                .on(jdbc).param("id", factId).param("region", REGION).update();
    }

    /**
     * The rows of monitoring_subject of those indicators for the facts matching the filter (null for all), without
     * duplicates.
     */
    private static BoundSql subjects(List<IndicatorDefinition> definitions, String filter) {
        return IndicatorDefinition.union(definitions, filter).within(
                "select distinct x.code, g.grain, g.period_start, g.scope, x.subject from (",
                ") x cross join lateral (values "
                + "('M', date_trunc('month', x.fact_date)::date, x.organisation_id), "
                + "('M', date_trunc('month', x.fact_date)::date, :region), "
                + "('Y', date_trunc('year', x.fact_date)::date, x.organisation_id), "
                + "('Y', date_trunc('year', x.fact_date)::date, :region)) as g(grain, period_start, scope) "
                // The same order in every transaction, so that concurrent listeners wait rather than deadlock.
                + "order by 1, 2, 3, 4, 5");
    }

    /**
     * The distinct subjects per code over any period, for the scope (an organisation, or {@link #REGION}), from
     * the period index; codes with no subject may be absent.
     */
    Map<String, Long> count(List<String> codes, LocalDate from, LocalDate to, UUID scope) {
        return periods.count(codes, from, to, scope);
    }

    /** Recomputes the aggregate and the period index from the facts, from scratch, in one transaction. */
    @Transactional
    long rebuild() {
        jdbc.sql("delete from monitoring_count").update();
        jdbc.sql("delete from monitoring_subject").update();
        long rows = subjects(IndicatorDefinition.ALL, null).within("insert into monitoring_subject (code, grain, period_start, scope, subject) ",
                "").on(jdbc).param("region", REGION).update();
        jdbc.sql("""
                insert into monitoring_count (code, grain, period_start, scope, value)
                select code, grain, period_start, scope, count(*) from monitoring_subject
                group by code, grain, period_start, scope""").update();
        periods.rebuild();
        return rows;
    }

    /** Keeps the person's dimensions and fills them into the facts recorded before they were known. */
    @Transactional
    void person(UUID personId, UUID organisationId, String sex, int birthYear, String citizenshipGroup,
            String educationLevel) {
        jdbc.sql("""
                insert into monitoring_person (person_id, organisation_id, sex, birth_year, citizenship_group,
                    education_level)
                values (:id, :org, :sex, :year, :citizenship, :education)
                on conflict (person_id) do update set sex = excluded.sex, birth_year = excluded.birth_year,
                    citizenship_group = excluded.citizenship_group, education_level = excluded.education_level""")
                .param("id", personId).param("org", organisationId).param("sex", sex).param("year", birthYear)
                .param("citizenship", citizenshipGroup).param("education", educationLevel).update();
        // The age band is the one of the year of each fact: one update per year, with the band computed here.
        List<Integer> years = jdbc.sql("""
                select distinct extract(year from fact_date)::int from monitoring_fact
                where person_id = :id and sex is null""").param("id", personId).query(Integer.class).list();
        for (int year : years) {
            jdbc.sql("""
                    update monitoring_fact set sex = :sex, citizenship_group = :citizenship,
                        education_level = :education, age_band = :ageBand
                    where person_id = :id and sex is null and fact_date >= :yearStart and fact_date < :nextYear""")
                    .param("id", personId).param("sex", sex).param("citizenship", citizenshipGroup)
                    .param("education", educationLevel).param("ageBand", AgeBand.reachedIn(year, birthYear).name())
                    .param("yearStart", LocalDate.of(year, 1, 1)).param("nextYear", LocalDate.of(year + 1, 1, 1))
                    .update();
        }
    }

    /** Replaces the person's complex targets, kept for the breakdown by target. */
    @Transactional
    void targets(UUID personId, List<String> targets) {
        jdbc.sql("delete from monitoring_person_target where person_id = :id").param("id", personId).update();
        for (String target : targets) {
            jdbc.sql("insert into monitoring_person_target (person_id, target) values (:id, :target)")
                    .param("id", personId).param("target", target).update();
        }
    }

    @Transactional
    void transferred(UUID personId, UUID to) {
        jdbc.sql("update monitoring_person set organisation_id = :to where person_id = :id")
                .param("id", personId).param("to", to).update();
    }

    /** The dimensions of a person known to monitoring, none when they are not (yet) known. */
    record PersonDimensions(String sex, Integer birthYear, String citizenshipGroup, String educationLevel) {

        static final PersonDimensions NONE = new PersonDimensions(null, null, null, null);

        /** The age band reached in the year of the day, with the bands of the anonymous A1 visitors. */
        String ageBandOn(LocalDate day) {
            return birthYear == null ? null : AgeBand.reachedIn(day.getYear(), birthYear).name();
        }
    }

    /**
     * Who told of the hire behind a contract's start (issue 15), and the Comunicazione Obbligatoria that recorded or
     * confirmed it: the dimension "fonte" of 6.4 and 10.3, and the records' CO code.
     */
    void hireSource(String sourceKey, String source, String coCode) {
        jdbc.sql("update monitoring_fact set hire_source = :source, co_code = :coCode"
                        + " where kind = 'CONTRACT_STARTED' and source_key = :key")
                .param("source", source).param("coCode", coCode).param("key", sourceKey).update();
    }
}
