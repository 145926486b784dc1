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
 * The read side of matching: the professional profiles of the persons who may be proposed, read with plain
 * SQL from the person, pathway and referral tables (read only, never written). The columns it selects are
 * the professional ones: identity, sex, birth date, citizenship and the special-category tables are not
 * read at all. See docs/adr/0006-matching.md for the pre-filter and its indexes.
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

    /**
     * The pool of a vacancy: persons with consent to matching and a Patto in force, not already referred to
     * it, ordered by the points the scorer will give for occupation and place (the two heaviest criteria,
     * both known from indexed columns) and cut at {@code pool}: the scorer ranks this bounded set.
     *
     * <p>The pool is looked for tier by tier, from the persons with the very occupation (in their experience
     * or wishes) to those sharing coarser CP2021 levels, and at last to anyone sharing the major group or
     * living near; the first tier that fills the pool is taken. At regional scale a common occupation fills
     * it from the persons of the same unit, without reading the hundreds of thousands of its major group.
     */
    List<UUID> pool(UUID vacancyId, String occupationCode, String comuneCode, String provinceCode, UUID organisation,
            int pool) {
        for (int levels = 5; levels >= 2; levels--) {
            List<UUID> tier = indexed(vacancyId, occupationCode, levels, comuneCode, organisation, pool);
            if (tier.size() >= pool) {
                return tier;
            }
        }
        return widest(vacancyId, occupationCode, comuneCode, provinceCode, organisation, pool);
    }

    /** The level columns of {@code matching_occupation}, by CP2021 levels shared. */
    private static final String[] LEVEL_COLUMN = {null, null, "l2", "l3", "l4", "occupation"};

    /**
     * The conditions, as SQL after a where, for the person whose id is in {@code personId} to be proposed
     * for the vacancy {@code :vacancy}: consent to matching, of {@code :organisation} when it is not null, a
     * Patto in force, no live referral to the vacancy. One text for every query of the pool.
     */
    private static String mayBeProposed(String personId) {
        return " and exists (select 1 from person pc where pc.id = " + personId + " and pc.matching_consent"
                + " and (cast(:organisation as uuid) is null or pc.in_charge_of = :organisation))"
                + " and exists (select 1 from pathway_pact pp where pp.person_id = " + personId
                + " and pp.outcome = 'SIGNED' and pp.superseded_by is null)"
                + " and not exists (select 1 from referral r where r.person_id = " + personId
                + " and r.vacancy_id = :vacancy and r.status not in ('REJECTED', 'WITHDRAWN'))";
    }

    /**
     * The pool among the persons sharing at least {@code levels} CP2021 levels, from the module's own
     * {@code matching_occupation}: for each level from the finest to {@code levels}, the best {@code pool}
     * persons of the vacancy's comune and the best of anywhere, each an index scan in the order of the
     * points (experience before wishes) stopped at {@code pool}. Every person of the true top {@code pool} by
     * occupation and comune points is among them; they are then ordered by those points and cut.
     */
    private List<UUID> indexed(UUID vacancyId, String occupationCode, int levels, String comuneCode,
            UUID organisation, int pool) {
        StringBuilder union = new StringBuilder();
        for (int level = 5; level >= levels; level--) {
            String column = LEVEL_COLUMN[level];
            for (boolean place : new boolean[] {true, false}) {
                if (!union.isEmpty()) {
                    union.append(" union all ");
                }
                union.append("(select mo.person_id, mo.occupation, mo.experience, mo.comune")
                        .append(" from matching_occupation mo")
                        .append(" where mo.").append(column).append(" = :p").append(level)
                        .append(place ? " and mo.comune = :comune" : "").append(mayBeProposed("mo.person_id"))
                        .append(" order by mo.experience desc limit :pool)");
            }
        }
        record Row(UUID personId, String occupation, boolean experience, String comune) {
        }
        var statement = jdbc.sql(union.toString()).param("comune", comuneCode).param("vacancy", vacancyId)
                .param("organisation", organisation).param("pool", pool);
        for (int level = 5; level >= levels; level--) {
            statement = statement.param("p" + level, Scorer.prefix(occupationCode, level));
        }
        Map<UUID, Integer> points = new HashMap<>();
        statement.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3),
                        rs.getString(4))).list()
                .forEach(row -> points.merge(row.personId(), Scorer.sharedLevels(occupationCode, row.occupation())
                        * (row.experience() ? 6 : 5)
                        + (java.util.Objects.equals(comuneCode, row.comune()) ? 15 : 0), Math::max));
        return points.entrySet().stream()
                .sorted(java.util.Map.Entry.<UUID, Integer>comparingByValue().reversed()
                        .thenComparing(java.util.Map.Entry::getKey))
                .limit(pool).map(java.util.Map.Entry::getKey).toList();
    }

    /** Copies the person's occupations and comune into {@code matching_occupation}, replacing what was there. */
    void refresh(UUID personId) {
        jdbc.sql("delete from matching_occupation where person_id = :id").param("id", personId).update();
        jdbc.sql(COPY + " where p.id = :id").param("id", personId).update();
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
                   coalesce(p.domicile_comune, p.residence_comune)
            from (select distinct person_id, occupation, true as experience from person_experience
                  where occupation is not null
                  union
                  select person_id, occupation, false from person_desired_occupation) o
            join person p on p.id = o.person_id""";

    /**
     * The widest tier: persons who share at least the major group of the occupation, or live in its comune,
     * or would work in its province.
     */
    private List<UUID> widest(UUID vacancyId, String occupationCode, String comuneCode, String provinceCode,
            UUID organisation, int pool) {
        return jdbc.sql("""
                with occupation as (
                    select person_id, max(case when occupation = :code then 5
                                               when occupation like :l4 then 4
                                               when occupation like :l3 then 3
                                               when occupation like :l2 then 2 else 1 end
                                          * case when experience then 6 else 5 end) as points
                    from (select person_id, occupation, false as experience from person_desired_occupation
                          where occupation like :l1
                          union all
                          select person_id, occupation, true from person_experience where occupation like :l1) o
                    group by person_id),
                near as (
                    select id as person_id, 15 as points from person
                    where coalesce(domicile_comune, residence_comune) = :comune and matching_consent
                    union all
                    select person_id, 8 from person_mobility_province where province = :province),
                candidates as (
                    select person_id, max(occupation) + max(place) as points
                    from (select person_id, points as occupation, 0 as place from occupation
                          union all
                          select person_id, 0, points from near) c
                    group by person_id)
                select p.id
                from candidates c
                join person p on p.id = c.person_id
                where true""" + mayBeProposed("p.id") + """
                order by c.points desc, p.id
                limit :pool""")
                .param("code", occupationCode)
                .param("l4", Scorer.prefix(occupationCode, 4) + "%")
                .param("l3", Scorer.prefix(occupationCode, 3) + "%")
                .param("l2", Scorer.prefix(occupationCode, 2) + "%")
                .param("l1", Scorer.prefix(occupationCode, 1) + ".%")
                .param("comune", comuneCode)
                .param("province", provinceCode == null ? "" : provinceCode)
                .param("vacancy", vacancyId)
                .param("organisation", organisation)
                .param("pool", pool)
                .query(UUID.class).list();
    }

    /**
     * Proposable persons outside the pool, to fill it up when the occupation and the place found fewer than
     * it holds (a small region, a rare occupation): then the list still ranks everyone who may be proposed.
     */
    List<UUID> rest(UUID vacancyId, List<UUID> pool, UUID organisation, int count) {
        return jdbc.sql("""
                select p.id from person p
                where p.id <> all(:pool)""" + mayBeProposed("p.id") + """
                order by p.id
                limit :count""")
                .param("pool", pool.toArray(UUID[]::new)).param("vacancy", vacancyId)
                .param("organisation", organisation).param("count", count)
                .query(UUID.class).list();
    }

    /** Whether the person may be proposed: consent and a Patto in force. */
    boolean proposable(UUID personId) {
        return jdbc.sql("""
                select count(*) from person p where p.id = :id and p.matching_consent
                  and exists (select 1 from pathway_pact pp where pp.person_id = p.id and pp.outcome = 'SIGNED'
                              and pp.superseded_by is null)""")
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
                select id, in_charge_of, coalesce(domicile_comune, residence_comune) as comune, education_level,
                       available_hours, willing_to_relocate
                from person where id = any(:ids)""").param("ids", array)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getBoolean(6)))
                .list().forEach(row -> rows.put(row.id(), row));
        Map<UUID, Set<String>> mobility = strings("select person_id, province from person_mobility_province where person_id = any(:ids)", array);
        Map<UUID, Set<String>> desired = strings("select person_id, occupation from person_desired_occupation where person_id = any(:ids)", array);
        Map<UUID, Set<String>> licences = strings("select person_id, licence from person_driving_licence where person_id = any(:ids)", array);
        Map<UUID, List<Experience>> experiences = new HashMap<>();
        jdbc.sql("""
                select person_id, occupation, from_date, to_date, description from person_experience
                where person_id = any(:ids) order by person_id, position""").param("ids", array)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), new Experience(rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getString(5))))
                .list().forEach(e -> experiences.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<UUID, List<Language>> languages = new HashMap<>();
        jdbc.sql("""
                select person_id, language, level, mother_tongue from person_language
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
                select v.id from vacancy v
                where v.state = 'OPEN' and (v.expires_on is null or v.expires_on >= :today)
                  and (v.organisation_id = :organisation or v.published)
                  and (split_part(v.occupation_code, '.', 1) = any(:groups) or v.comune_code = :comune)
                  and not exists (select 1 from referral r where r.vacancy_id = v.id and r.person_id = :person
                                  and r.status not in ('REJECTED', 'WITHDRAWN'))
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
