package it.retelavoro.matching;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.matching.MatchReason.Criterion;
import it.retelavoro.matching.Scorer.Candidate;
import it.retelavoro.matching.Scorer.Experience;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The one set of weights: what the scorer gives for occupation and place, and the pool's pre-ranking from it. */
class MatchWeightsTest {

    @Test
    void the_pre_ranking_gives_each_shared_level_a_fifth_of_the_very_occupations_points() {
        assertThat(IntStream.rangeClosed(0, 5).map(levels -> MatchWeights.estimate(levels, true)))
                .containsExactly(0, 6, 12, 18, 24, 30);
        assertThat(IntStream.rangeClosed(0, 5).map(levels -> MatchWeights.estimate(levels, false)))
                .containsExactly(0, 5, 10, 15, 20, 25);
    }

    @Test
    void the_pre_ranking_never_reaches_beyond_what_the_scorer_gives_for_the_very_occupation() {
        assertThat(MatchWeights.estimate(MatchWeights.LEVELS, true)).isEqualTo(MatchWeights.occupation(5, true))
                .isEqualTo(Criterion.OCCUPATION.maximum());
        assertThat(MatchWeights.estimate(MatchWeights.LEVELS, false)).isLessThanOrEqualTo(MatchWeights.occupation(5, false));
    }

    @Test
    void experience_weighs_more_than_a_wish_at_every_level_in_the_score_and_in_the_pre_ranking() {
        for (int levels = 1; levels <= MatchWeights.LEVELS; levels++) {
            assertThat(MatchWeights.occupation(levels, true)).isGreaterThan(MatchWeights.occupation(levels, false));
            assertThat(MatchWeights.estimate(levels, true)).isGreaterThan(MatchWeights.estimate(levels, false));
        }
    }

    @Test
    void the_scorer_gives_the_place_points_of_the_weights() {
        var vacancy = ScorerTest.SHOP_ASSISTANT_IN_TORINO;
        assertThat(place(vacancy, person("L219", "TO", Set.of(), false))).isEqualTo(MatchWeights.SAME_COMUNE)
                .isEqualTo(Criterion.PLACE.maximum());
        assertThat(place(vacancy, person("L013", "TO", Set.of(), false))).isEqualTo(MatchWeights.SAME_PROVINCE);
        assertThat(place(vacancy, person("D205", "CN", Set.of("TO"), false))).isEqualTo(MatchWeights.TRAVELS);
        assertThat(place(vacancy, person("D205", "CN", Set.of(), true))).isEqualTo(MatchWeights.RELOCATES);
    }

    @Test
    void the_scorer_gives_the_occupation_points_of_the_weights() {
        var vacancy = ScorerTest.SHOP_ASSISTANT_IN_TORINO;
        Candidate cashier = ScorerTest.working("5.1.2.4.0", "L219", "TO");
        assertThat(Scorer.score(vacancy, cashier, ScorerTest.TODAY).reasons().stream()
                .filter(reason -> reason.criterion() == Criterion.OCCUPATION).mapToInt(MatchReason::points).sum())
                .isEqualTo(MatchWeights.occupation(3, true));
    }

    private static int place(Scorer.Requirements vacancy, Candidate person) {
        return Scorer.score(vacancy, person, ScorerTest.TODAY).reasons().stream()
                .filter(reason -> reason.criterion() == Criterion.PLACE).mapToInt(MatchReason::points).sum();
    }

    private static Candidate person(String comune, String province, Set<String> mobility, boolean relocates) {
        return new Candidate(comune, province, null, "ANY", relocates, mobility, Set.of(),
                List.of(new Experience("5.1.2.2.0", LocalDate.of(2021, 1, 1), null, "vendita")), List.of(), Set.of());
    }
}
