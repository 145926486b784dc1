package it.retelavoro.matching;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.matching.Scorer.Candidate;
import it.retelavoro.matching.Scorer.Experience;
import it.retelavoro.matching.Scorer.Language;
import it.retelavoro.matching.Scorer.Requirements;
import it.retelavoro.reference.CefrLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScorerTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final Requirements SHOP_ASSISTANT_IN_TORINO = new Requirements("5.1.2.2.0", "L219", "TO", 38, null, 12,
            Map.of("en", CefrLevel.B1), Set.of("C"), List.of("cassa"));

    static Candidate working(String occupation, String comune, String province) {
        return new Candidate(comune, province, null, "FULL_TIME", false, Set.of(), Set.of(),
                List.of(new Experience(occupation, LocalDate.of(2021, 1, 1), LocalDate.of(2024, 1, 1), "vendita e cassa")),
                List.of(new Language("en", CefrLevel.B2, false)), Set.of("B", "C"));
    }

    int score(Candidate candidate) {
        return Scorer.score(SHOP_ASSISTANT_IN_TORINO, candidate, TODAY).score();
    }

    @Test
    void counts_the_cp2021_levels_two_codes_share() {
        assertThat(Scorer.sharedLevels("5.1.2.2.0", "5.1.2.2.0")).isEqualTo(5);
        assertThat(Scorer.sharedLevels("5.1.2.2.0", "5.1.2.4.0")).isEqualTo(3);
        assertThat(Scorer.sharedLevels("5.1.2.2.0", "5.1.2")).isEqualTo(3);
        assertThat(Scorer.sharedLevels("5.1.2.2.0", "8.1.4.3.0")).isZero();
        assertThat(Scorer.prefix("5.1.2.2.0", 2)).isEqualTo("5.1");
    }

    @Test
    void a_coarser_shared_level_ranks_between_the_same_occupation_and_another_one() {
        int same = score(working("5.1.2.2.0", "L219", "TO"));
        int category = score(working("5.1.2.2.1", "L219", "TO"));
        int sameClass = score(working("5.1.2.4.0", "L219", "TO"));
        int majorGroup = score(working("5.2.1.1.0", "L219", "TO"));
        int other = score(working("8.1.4.3.0", "L219", "TO"));
        assertThat(List.of(same, category, sameClass, majorGroup, other)).isSortedAccordingTo((a, b) -> b - a)
                .doesNotHaveDuplicates();
        assertThat(same).isEqualTo(100);
    }

    @Test
    void the_same_comune_beats_the_province_which_beats_willingness_to_travel_and_distance() {
        int comune = score(working("5.1.2.2.0", "L219", "TO"));
        int province = score(working("5.1.2.2.0", "A074", "TO"));
        Candidate travels = new Candidate("D205", "CN", null, "FULL_TIME", false, Set.of("TO"), Set.of(),
                working("5.1.2.2.0", "D205", "CN").experiences(), List.of(new Language("en", CefrLevel.B2, false)),
                Set.of("C"));
        int far = score(working("5.1.2.2.0", "D205", "CN"));
        assertThat(List.of(comune, province, score(travels), far)).isSortedAccordingTo((a, b) -> b - a)
                .doesNotHaveDuplicates();
    }

    @Test
    void says_what_is_missing() {
        Candidate lacking = new Candidate("L219", "TO", null, "PART_TIME", false, Set.of(), Set.of("5.1.2.2.0"),
                List.of(), List.of(new Language("en", CefrLevel.A2, false)), Set.of("B"));
        Match match = Scorer.score(SHOP_ASSISTANT_IN_TORINO, lacking, TODAY);
        assertThat(match.reasons()).filteredOn(reason -> !reason.favourable()).extracting(MatchReason::messageKey)
                .containsExactly("matching.reason.experience.none-required", "matching.reason.skills.missing",
                        "matching.reason.language.lower", "matching.reason.licence.missing",
                        "matching.reason.hours.other.PART_TIME");
        assertThat(match.reasons()).extracting(MatchReason::messageKey)
                .contains("matching.reason.occupation.desired.5");
        assertThat(match.score()).isEqualTo(match.reasons().stream().mapToInt(MatchReason::points).sum());
    }
}
