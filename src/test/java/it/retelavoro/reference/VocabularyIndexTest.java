package it.retelavoro.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyIndexTest {

    private final VocabularyIndex index = VocabularyIndex.of(List.of(
            new VocabularyEntry("B1", "Città di prova"),
            new VocabularyEntry("A2", "Cuochi in alberghi e ristoranti"),
            new VocabularyEntry("A3", "Addetti alla ristorazione"),
            new VocabularyEntry("RO", "Romania"),
            new VocabularyEntry("C12", "Agliè")));

    @Test
    void ignores_accents_and_case_in_both_the_names_and_the_query() {
        assertThat(codes("AGLIE")).containsExactly("C12");
        assertThat(codes("città")).containsExactly("B1");
        assertThat(codes("citta")).containsExactly("B1");
    }

    @Test
    void finds_a_name_by_the_beginnings_of_its_words_in_any_order() {
        assertThat(codes("ristor alb")).containsExactly("A2");
        assertThat(codes("cuochi rist")).containsExactly("A2");
    }

    @Test
    void puts_the_code_first_then_names_starting_with_the_query_then_words_then_names_containing_it() {
        assertThat(codes("ristor")).containsExactly("A2", "A3");
        assertThat(codes("ro")).containsExactly("RO", "B1");
        assertThat(codes("romania")).containsExactly("RO");
        assertThat(codes("addetti")).containsExactly("A3");
        assertThat(codes("storan")).containsExactly("A2");
    }

    @Test
    void a_query_with_a_digit_also_finds_codes_by_their_beginning() {
        assertThat(codes("c1")).containsExactly("C12");
        assertThat(codes("c")).doesNotContain("C12").contains("B1", "A2");
    }

    @Test
    void gives_at_most_the_limit_and_everything_in_order_for_a_blank_query() {
        assertThat(index.search("", 2)).extracting(VocabularyEntry::code).containsExactly("B1", "A2");
        assertThat(index.search("r", 1)).hasSize(1);
        assertThat(index.byCode("c12")).map(VocabularyEntry::label).contains("Agliè");
    }

    private List<String> codes(String query) {
        return index.search(query, 20).stream().map(VocabularyEntry::code).toList();
    }
}
