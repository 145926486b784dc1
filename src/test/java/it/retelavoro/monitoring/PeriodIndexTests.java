package it.retelavoro.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The period index against the definition it stands for: for random facts recorded in random order (so that
 * days are added before, between and after a subject's other days) and random periods, its count of every
 * indicator equals a raw {@code count(distinct)} over the facts of the period, per organisation and for the
 * region. The facts fall in a century no other test uses, so the region's values of the period are theirs.
 */
@IntegrationTest
class PeriodIndexTests {

    static final List<String> SERVICES = List.of("A1", "A2", "A3", "A4", "A5", "A6");

    @Autowired
    FactStore facts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void any_period_counts_the_distinct_subjects_of_its_facts_as_a_raw_count_does() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Era era = new Era(random);
        List<Fact> recorded = era.randomFacts(random, 200);
        recorded.forEach(facts::record);
        assertAgreeOnRandomPeriods(random, era, seed, "recorded");

        // Cancellations: a third of the facts reversed, in another order; then the days they alone kept go.
        List<Fact> reversed = new ArrayList<>(recorded.subList(0, recorded.size() / 3));
        Collections.shuffle(reversed, random);
        reversed.forEach(fact -> assertThat(facts.reverse(fact.kind(), fact.sourceKey())).isTrue());
        assertAgreeOnRandomPeriods(random, era, seed, "reversed");
    }

    @Test
    void a_subject_leaves_a_period_only_when_no_other_fact_keeps_it_there() {
        Era era = new Era(new Random());
        UUID organisation = era.organisations.get(0);
        UUID person = era.persons.get(0);
        LocalDate january = era.start.withDayOfMonth(10);
        Fact first = a2(organisation, person, january);
        Fact second = a2(organisation, person, january.plusDays(41));
        Fact secondSameDay = a2(organisation, person, january.plusDays(41));
        Fact third = a2(organisation, person, january.plusDays(54));
        List.of(third, first, second, secondSameDay).forEach(facts::record);
        LocalDate from = january.plusDays(36);
        LocalDate to = january.plusDays(50);

        assertThat(facts.count(List.of("2.1"), from, to, organisation)).containsEntry("2.1", 1L);
        facts.reverse(second.kind(), second.sourceKey());
        assertThat(facts.count(List.of("2.1"), from, to, organisation)).containsEntry("2.1", 1L);
        facts.reverse(secondSameDay.kind(), secondSameDay.sourceKey());
        assertThat(facts.count(List.of("2.1"), from, to, organisation)).doesNotContainKey("2.1");
        assertThat(facts.count(List.of("2.1"), january.plusDays(1), january.plusDays(53), organisation))
                .doesNotContainKey("2.1");
        assertThat(facts.count(List.of("2.1"), january.plusDays(1), january.plusDays(54), organisation))
                .containsEntry("2.1", 1L);
        assertThat(facts.count(List.of("2.1"), january, january.plusDays(54), FactStore.REGION))
                .containsEntry("2.1", 1L);
    }

    @Test
    void the_api_answers_a_shifted_period_with_the_raw_count_also_after_cancellations() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Era era = new Era(random);
        List<Fact> recorded = era.randomFacts(random, 80);
        recorded.forEach(facts::record);
        recorded.subList(0, 20).forEach(fact -> facts.reverse(fact.kind(), fact.sourceKey()));
        MonitoringScenario scenario = new MonitoringScenario(mvc);
        for (int i = 0; i < 4; i++) {
            LocalDate from = era.randomDay(random);
            LocalDate to = from.plusDays(20 + random.nextInt(100));
            UUID organisation = era.organisations.get(i % 2);
            Map<String, Long> api = new HashMap<>();
            scenario.values(MonitoringScenario.ANALYST, "from=" + from + "&to=" + to + "&organisationId=" + organisation)
                    .forEach((code, value) -> {
                        if (value != 0) {
                            api.put(code, value.longValue());
                        }
                    });
            assertThat(api).as("seed %d, %s..%s", seed, from, to).isEqualTo(rawCount(from, to, organisation));
        }
    }

    private static Fact a2(UUID organisation, UUID person, LocalDate day) {
        return Fact.of(FactKind.DELIVERY, "period-index:" + UUID.randomUUID(), day, organisation).person(person)
                .item(UUID.randomUUID()).detail("A2");
    }

    private void assertAgreeOnRandomPeriods(Random random, Era era, long seed, String after) {
        for (int i = 0; i < 40; i++) {
            LocalDate from = era.randomDay(random);
            LocalDate to = from.plusDays(random.nextInt(140));
            for (UUID scope : era.scopes()) {
                assertThat(facts.count(codes(), from, to, scope))
                        .as("seed %d, %s, %s..%s, scope %s", seed, after, from, to, scope)
                        .isEqualTo(rawCount(from, to, scope));
            }
        }
    }

    @Test
    void a_rebuild_recomputes_the_same_counts_as_the_facts_recorded_one_by_one() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Era era = new Era(random);
        era.randomFacts(random, 120).forEach(facts::record);
        LocalDate from = era.start.plusDays(17);
        LocalDate to = era.start.plusDays(95);
        Map<String, Long> before = facts.count(codes(), from, to, era.organisations.get(0));
        assertThat(before).as("seed %d", seed).isEqualTo(rawCount(from, to, era.organisations.get(0)))
                .isNotEmpty();

        facts.rebuild();

        assertThat(facts.count(codes(), from, to, era.organisations.get(0))).as("seed %d", seed)
                .isEqualTo(before);
    }

    /** The definition itself: distinct subjects of the period's facts, per code, zero counts absent. */
    private Map<String, Long> rawCount(LocalDate from, LocalDate to, UUID scope) {
        Map<String, Long> values = new HashMap<>();
        IndicatorDefinition.union(IndicatorDefinition.ALL, "f.fact_date between :from and :to")
                .within("select code, count(distinct subject) from (", ") x"
                        + (FactStore.REGION.equals(scope) ? "" : " where organisation_id = :scope") + " group by code")
                .on(jdbc).param("from", from).param("to", to).param("scope", scope)
                .query((rs, row) -> values.put(rs.getString(1), rs.getLong(2))).list();
        return values;
    }

    private static List<String> codes() {
        return IndicatorDefinition.ALL.stream().map(IndicatorDefinition::code).toList();
    }

    /** Persons, companies and organisations of their own, over about five months of a year of the 1800s. */
    static final class Era {

        final LocalDate start;
        final List<UUID> organisations = List.of(UUID.randomUUID(), UUID.randomUUID());
        final List<UUID> persons = new ArrayList<>();
        final List<UUID> companies = new ArrayList<>();

        Era(Random random) {
            start = LocalDate.of(1800 + random.nextInt(100), 1 + random.nextInt(7), 1 + random.nextInt(28));
            for (int i = 0; i < 9; i++) {
                persons.add(UUID.randomUUID());
            }
            for (int i = 0; i < 4; i++) {
                companies.add(UUID.randomUUID());
            }
        }

        List<UUID> scopes() {
            return List.of(organisations.get(0), organisations.get(1), FactStore.REGION);
        }

        LocalDate randomDay(Random random) {
            return start.plusDays(random.nextInt(150));
        }

        /** Deliveries to persons and companies and referrals across the two organisations, shuffled. */
        List<Fact> randomFacts(Random random, int count) {
            List<Fact> made = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                UUID organisation = organisations.get(random.nextInt(2));
                String key = "period-index:" + UUID.randomUUID();
                LocalDate day = randomDay(random);
                made.add(switch (random.nextInt(4)) {
                    case 0, 1 -> Fact.of(FactKind.DELIVERY, key, day, organisation)
                            .person(pick(random, persons)).item(UUID.randomUUID())
                            .detail(SERVICES.get(random.nextInt(SERVICES.size())));
                    case 2 -> Fact.of(FactKind.EMPLOYER_DELIVERY, key, day, organisation)
                            .employer(pick(random, companies)).item(UUID.randomUUID()).detail("B" + (1 + random.nextInt(3)));
                    default -> Fact.of(FactKind.REFERRAL, key, day, organisation)
                            .counterpart(organisations.get(random.nextInt(2))).person(pick(random, persons))
                            .employer(pick(random, companies)).item(UUID.randomUUID());
                });
            }
            Collections.shuffle(made, random);
            return made;
        }

        private static UUID pick(Random random, List<UUID> from) {
            return from.get(random.nextInt(from.size()));
        }
    }
}
