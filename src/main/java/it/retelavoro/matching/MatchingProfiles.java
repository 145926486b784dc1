package it.retelavoro.matching;

import it.retelavoro.matching.Scorer.Candidate;
import it.retelavoro.matching.Scorer.Experience;
import it.retelavoro.matching.Scorer.Language;
import it.retelavoro.reference.CefrLevel;
import it.retelavoro.reference.Comuni;
import it.retelavoro.reference.Comune;
import it.retelavoro.reference.EducationLevel;
import it.retelavoro.reference.EducationLevels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read side of matching: the professional profiles of the persons who may be proposed and the open
 * vacancies, read with plain SQL from the read models their owners publish for matching (the person
 * module's {@code person_matching_*} views, pathway's {@code pathway_pact_in_force}, referral's
 * {@code referral_live}, employer's {@code employer_open_vacancy}), never from their tables. Those views
 * hold the professional columns only: identity, sex, birth date, citizenship and the special categories are
 * not in them. The module's own copy of the occupations ({@code matching_occupation}) is kept here.
 */
@Component
class MatchingProfiles {

    /** A person with the organisation that has them in charge and their profile. */
    record Proposable(UUID personId, UUID organisationId, Candidate profile) {
    }

    private final JdbcClient jdbc;
    private final Comuni comuni;
    private final EducationLevels educationLevels;

    MatchingProfiles(JdbcClient jdbc, Comuni comuni, EducationLevels educationLevels) {
        this.jdbc = jdbc;
        this.comuni = comuni;
        this.educationLevels = educationLevels;
    }

    /** Copies the person's occupations and comune into {@code matching_occupation}, replacing what was there. */
    void refresh(UUID personId) {
        jdbc.sql("delete from matching_occupation where person_id = :id").param("id", personId).update();
        jdbc.sql(COPY + " where p.person_id = :id").param("id", personId).update();
    }

    /** Copies every person's occupations again (after a bulk load that published no events). */
    long refreshAll() {
        jdbc.sql("delete from matching_occupation").update();
        return jdbc.sql(COPY).update();
    }

    private static final String COPY = """
            insert into matching_occupation (person_id, occupation, experience, l4, l3, l2, comune)
            select o.person_id, o.occupation, o.experience,
                   -- the CP2021 levels, by split_part: an array slice would read as a named parameter here
                   rtrim(split_part(o.occupation, '.', 1)||'.'||
                         split_part(o.occupation, '.', 2)||'.'||
                         split_part(o.occupation, '.', 3)||'.'||
                         split_part(o.occupation, '.', 4), '.'),
                   rtrim(split_part(o.occupation, '.', 1)||'.'||
                         split_part(o.occupation, '.', 2)||'.'||
                         split_part(o.occupation, '.', 3), '.'),
                   rtrim(split_part(o.occupation, '.', 1)||'.'||
                         split_part(o.occupation, '.', 2), '.'),
                   p.comune
            from (select distinct person_id, occupation, experience from person_matching_occupation) o
            join person_matching_profile p on p.person_id = o.person_id""";

    /** Whether the person consents to matching, now. */
    boolean consents(UUID personId) {
        return jdbc.sql("select count(*) from person_matching_profile p where p.person_id = :id and p.matching_consent")
                .param("id", personId).query(Integer.class).single() > 0;
    }

    /** Whether the person may be proposed: consent and a Patto in force. */
    boolean proposable(UUID personId) {
        return jdbc.sql("""
                select count(*) from person_matching_profile p where p.person_id = :id and p.matching_consent
                  and exists (select 1 from pathway_pact_in_force pp where pp.person_id = p.person_id)""")
                .param("id", personId).query(Integer.class).single() > 0;
    }

    /** The profiles of the persons, in the order of the ids. */
    List<Proposable> profiles(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID[] array = ids.toArray(UUID[]::new);
        record Row(UUID id, UUID organisation, String comune, String education, String hours, boolean relocates) {
        }
        Map<UUID, Row> rows = new HashMap<>();
        jdbc.sql("""
                select person_id, in_charge_of, comune, education_level, available_hours, willing_to_relocate
                from person_matching_profile where person_id = any(:ids)""").param("ids", array)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getBoolean(6)))
                .list().forEach(row -> rows.put(row.id(), row));
        Map<UUID, Set<String>> mobility = strings("select person_id, province from person_matching_mobility where person_id = any(:ids)", array);
        Map<UUID, Set<String>> desired = strings(
                "select person_id, occupation from person_matching_occupation where person_id = any(:ids) and not experience",
                array);
        Map<UUID, Set<String>> licences = strings("select person_id, licence from person_matching_licence where person_id = any(:ids)", array);
        Map<UUID, List<Experience>> experiences = new HashMap<>();
        jdbc.sql("""
                select person_id, occupation, from_date, to_date, description from person_matching_experience
                where person_id = any(:ids) order by person_id, position""").param("ids", array)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new Experience(rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getString(5))))
                .list().forEach(e -> experiences.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<UUID, List<Language>> languages = new HashMap<>();
        jdbc.sql("""
                select person_id, language, level, mother_tongue from person_matching_language
                where person_id = any(:ids) order by person_id, position""").param("ids", array)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new Language(rs.getString(2),
                        rs.getString(3) == null ? null : CefrLevel.valueOf(rs.getString(3)), rs.getBoolean(4))))
                .list().forEach(e -> languages.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        List<Proposable> result = new ArrayList<>();
        for (UUID id : ids) {
            Row row = rows.get(id);
            if (row == null) {
                continue;
            }
            result.add(new Proposable(id, row.organisation(), new Candidate(row.comune(), provinceOf(row.comune()),
                    educationRank(row.education()), row.hours(), row.relocates(), mobility.getOrDefault(id, Set.of()),
                    desired.getOrDefault(id, Set.of()), experiences.getOrDefault(id, List.of()),
                    languages.getOrDefault(id, List.of()), licences.getOrDefault(id, Set.of()))));
        }
        return result;
    }

    /** Open vacancies a person may be proposed for: the organisation's own, and the published ones of the others. */
    List<UUID> openVacancies(UUID organisationId, UUID personId, Set<String> majorGroups, String comuneCode,
            LocalDate today, int limit) {
        return jdbc.sql("""
                select v.id from employer_open_vacancy v
                where (v.expires_on is null or v.expires_on >= :today)
                  and (v.organisation_id = :organisation or v.published)
                  and (split_part(v.occupation_code, '.', 1) = any(:groups) or v.comune_code = :comune)
                  and not exists (select 1 from referral_live r where r.vacancy_id = v.id and r.person_id = :person)
                order by v.registered_on desc, v.id
                limit :limit""")
                .param("today", today).param("organisation", organisationId).param("person", personId)
                .param("groups", majorGroups.toArray(String[]::new))
                .param("comune", comuneCode == null ? "" : comuneCode)
                .param("limit", limit)
                .query(UUID.class).list();
    }

    String provinceOf(String comuneCode) {
        return comuneCode == null ? null : comuni.byCode(comuneCode).map(Comune::provinceCode).orElse(null);
    }

    /** The position of the level in the ISTAT list, which goes from no title up to the doctorate. */
    Integer educationRank(String code) {
        if (code == null) {
            return null;
        }
        List<EducationLevel> all = educationLevels.all();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).code().equals(code)) {
                return i;
            }
        }
        return null;
    }

    private Map<UUID, Set<String>> strings(String sql, UUID[] ids) {
        Map<UUID, Set<String>> result = new LinkedHashMap<>();
        jdbc.sql(sql).param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .list().forEach(e -> result.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(e.getValue()));
        return result;
    }

}
