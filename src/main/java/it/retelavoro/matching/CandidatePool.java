package it.retelavoro.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pool of a vacancy: the bounded set of persons the scorer ranks, read from the module's own
 * {@code matching_occupation} and from the read models the owners publish for matching (the person module's
 * {@code person_matching_*} views, pathway's {@code pathway_pact_in_force}, referral's {@code referral_live}),
 * never from their tables. See docs/adr/0006-matching.md for the tiers and their indexes.
 */
@Component
class CandidatePool {

    /** The level columns of {@code matching_occupation}, by CP2021 levels shared. */
    private static final String[] LEVEL_COLUMN = {null, null, "l2", "l3", "l4", "occupation"};

    private final JdbcClient jdbc;

    CandidatePool(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The pool of a vacancy: persons with consent to matching and a Patto in force, not already referred to
     * it, ordered by the pre-ranking of {@link MatchWeights} for occupation and place and cut at {@code pool}.
     *
     * <p>The pool is looked for tier by tier, from the persons with the very occupation (in their experience
     * or wishes) to those sharing coarser CP2021 levels, and at last to anyone sharing the major group or
     * living near; the first tier that fills the pool is taken. At regional scale a common occupation fills
     * it from the persons of the same unit, without reading the hundreds of thousands of its major group.
     */
    List<UUID> pool(UUID vacancyId, String occupationCode, String comuneCode, String provinceCode, UUID organisation,
            int pool) {
        for (int levels = MatchWeights.LEVELS; levels >= 2; levels--) {
            List<UUID> tier = indexed(vacancyId, occupationCode, levels, comuneCode, organisation, pool);
            if (tier.size() >= pool) {
                return tier;
            }
        }
        return widest(vacancyId, occupationCode, comuneCode, provinceCode, organisation, pool);
    }

    /**
     * Proposable persons outside the pool, to fill it up when the occupation and the place found fewer than
     * it holds (a small region, a rare occupation): then the list still ranks everyone who may be proposed.
     */
    List<UUID> rest(UUID vacancyId, List<UUID> pool, UUID organisation, int count) {
        return jdbc.sql("""
                select p.person_id from person_matching_profile p
                where p.person_id <> all(:pool)""" + mayBeProposed("p.person_id") + """
                order by p.person_id
                limit :count""")
                .param("pool", pool.toArray(UUID[]::new)).param("vacancy", vacancyId)
                .param("organisation", organisation).param("count", count)
                .query(UUID.class).list();
    }

    /**
     * The conditions, as SQL after a where, for the person whose id is in {@code personId} to be proposed
     * for the vacancy {@code :vacancy}: consent to matching, of {@code :organisation} when it is not null, a
     * Patto in force, no live referral to the vacancy. One text for every query of the pool.
     */
    private static String mayBeProposed(String personId) {
        return " and exists (select 1 from person_matching_profile pc where pc.person_id = " + personId
                + " and pc.matching_consent"
                + " and (cast(:organisation as uuid) is null or pc.in_charge_of = :organisation))"
                + " and exists (select 1 from pathway_pact_in_force pp where pp.person_id = " + personId + ")"
                + " and not exists (select 1 from referral_live r where r.person_id = " + personId
                + " and r.vacancy_id = :vacancy)";
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
        for (int level = MatchWeights.LEVELS; level >= levels; level--) {
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
        for (int level = MatchWeights.LEVELS; level >= levels; level--) {
            statement = statement.param("p" + level, Scorer.prefix(occupationCode, level));
        }
        Map<UUID, Integer> points = new HashMap<>();
        statement.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3),
                        rs.getString(4))).list()
                .forEach(row -> points.merge(row.personId(),
                        MatchWeights.estimate(Scorer.sharedLevels(occupationCode, row.occupation()), row.experience())
                        + (Objects.equals(comuneCode, row.comune()) ? MatchWeights.SAME_COMUNE : 0), Math::max));
        return points.entrySet().stream()
                .sorted(Map.Entry.<UUID, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(pool).map(Map.Entry::getKey).toList();
    }

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
                                          * case when experience then :experienceLevel else :wishLevel end) as points
                    from person_matching_occupation
                    where occupation like :l1
                    group by person_id),
                near as (
                    select person_id, :sameComune as points from person_matching_profile
                    where comune = :comune and matching_consent
                    union all
                    select person_id, :travels from person_matching_mobility where province = :province),
                candidates as (
                    select person_id, max(occupation) + max(place) as points
                    from (select person_id, points as occupation, 0 as place from occupation
                          union all
                          select person_id, 0, points from near) c
                    group by person_id)
                select c.person_id
                from candidates c
                where true""" + mayBeProposed("c.person_id") + """
                order by c.points desc, c.person_id
                limit :pool""")
                .param("code", occupationCode)
                .param("l4", Scorer.prefix(occupationCode, 4) + "%")
                .param("l3", Scorer.prefix(occupationCode, 3) + "%")
                .param("l2", Scorer.prefix(occupationCode, 2) + "%")
                .param("l1", Scorer.prefix(occupationCode, 1) + ".%")
                .param("experienceLevel", MatchWeights.perLevel(true))
                .param("wishLevel", MatchWeights.perLevel(false))
                .param("sameComune", MatchWeights.SAME_COMUNE)
                .param("travels", MatchWeights.TRAVELS)
                .param("comune", comuneCode)
                .param("province", provinceCode == null ? "" : provinceCode)
                .param("vacancy", vacancyId)
                .param("organisation", organisation)
                .param("pool", pool)
                .query(UUID.class).list();
    }
}
