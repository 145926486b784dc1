package it.retelavoro.monitoring;

import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Site;
import it.retelavoro.reference.Comune;
import it.retelavoro.reference.Comuni;
import it.retelavoro.shared.SiteId;
import java.time.LocalDate;
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

    FactStore(JdbcClient jdbc, NetworkManagement network, Comuni comuni) {
        this.jdbc = jdbc;
        this.network = network;
        this.comuni = comuni;
    }

    /** Records the fact with its dimensions; false when it was already recorded. */
    @Transactional
    boolean record(Fact fact) {
        PersonDimensions person = fact.personId() == null ? PersonDimensions.NONE
                : jdbc.sql("""
                        select sex, birth_year, citizenship_group, education_level
                        from monitoring_person where person_id = :id""")
                        .param("id", fact.personId()).query(PersonDimensions.class).optional()
                        .orElse(PersonDimensions.NONE);
        String province = Optional.ofNullable(fact.siteId()).flatMap(site -> network.findSite(new SiteId(site)))
                .map(Site::comuneCode).flatMap(comuni::byCode).map(Comune::provinceCode).orElse(null);
        Optional<Long> id = jdbc.sql("""
                insert into monitoring_fact (kind, source_key, fact_date, organisation_id, counterpart_organisation_id,
                    site_id, operator_id, province, person_id, employer_id, item_id, detail, sex, age_band,
                    citizenship_group, education_level)
                values (:kind, :key, :date, :org, :counterpart, :site, :operator, :province, :person, :employer, :item,
                    :detail, :sex, :ageBand, :citizenship, :education)
                on conflict (kind, source_key) do nothing
                returning id""")
                .param("kind", fact.kind().name()).param("key", fact.sourceKey()).param("date", fact.date())
                .param("org", fact.organisationId()).param("counterpart", fact.counterpartOrganisationId())
                .param("site", fact.siteId()).param("operator", fact.operatorId()).param("province", province)
                .param("person", fact.personId()).param("employer", fact.employerId()).param("item", fact.itemId())
                .param("detail", fact.detail())
                .param("sex", fact.sex() != null ? fact.sex() : person.sex())
                .param("ageBand", fact.ageBand() != null ? fact.ageBand() : person.ageBandOn(fact.date()))
                .param("citizenship", person.citizenshipGroup()).param("education", person.educationLevel())
                .query(Long.class).optional();
        id.ifPresent(this::aggregate);
        return id.isPresent();
    }

    private void aggregate(long factId) {
        jdbc.sql("insert into monitoring_indicator_month (code, month, organisation_id, subject) "
                + "select code, date_trunc('month', fact_date)::date, organisation_id, subject from ("
                + IndicatorDefinition.union(IndicatorDefinition.ALL, "f.id = :id")
                + ") rows on conflict do nothing").param("id", factId).update();
    }

    /** Recomputes the aggregate from the facts, from scratch, in one transaction. */
    @Transactional
    long rebuild() {
        jdbc.sql("delete from monitoring_indicator_month").update();
        return jdbc.sql("insert into monitoring_indicator_month (code, month, organisation_id, subject) "
                + "select distinct code, date_trunc('month', fact_date)::date, organisation_id, subject from ("
                + IndicatorDefinition.union(IndicatorDefinition.ALL, null) + ") rows").update();
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
        jdbc.sql("""
                update monitoring_fact set sex = :sex, citizenship_group = :citizenship, education_level = :education,
                    age_band = case
                        when extract(year from fact_date) - :year < 25 then 'UNDER_25'
                        when extract(year from fact_date) - :year < 35 then 'FROM_25_TO_34'
                        when extract(year from fact_date) - :year < 45 then 'FROM_35_TO_44'
                        when extract(year from fact_date) - :year < 55 then 'FROM_45_TO_54'
                        else 'FROM_55' end
                where person_id = :id and sex is null""")
                .param("id", personId).param("sex", sex).param("year", birthYear)
                .param("citizenship", citizenshipGroup).param("education", educationLevel).update();
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
            if (birthYear == null) {
                return null;
            }
            int age = day.getYear() - birthYear;
            return age < 25 ? "UNDER_25" : age < 35 ? "FROM_25_TO_34" : age < 45 ? "FROM_35_TO_44"
                    : age < 55 ? "FROM_45_TO_54" : "FROM_55";
        }
    }
}
