package it.retelavoro.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The place a person names on the job board, read from the shipped comuni. */
class PlaceTest {

    private final Comuni comuni = new Comuni();

    @Test
    void a_comune_is_named_by_its_name_accents_and_case_ignored_or_by_its_code() {
        assertThat(comuni.place("torino")).get().satisfies(place -> {
            assertThat(place.comuneCodes()).containsExactly("L219");
            assertThat(place.label()).isEqualTo("Torino (TO)");
            assertThat(place.isProvince()).isFalse();
        });
        assertThat(comuni.place("AGLIE")).map(Place::comuneCodes).get().asList().containsExactly("A074");
        assertThat(comuni.place("l219")).map(Place::comuneCodes).get().asList().containsExactly("L219");
    }

    @Test
    void a_province_is_named_by_its_code_or_as_provincia_di_one_of_its_comuni() {
        assertThat(comuni.place("CN")).flatMap(Place::provinceCode).contains("CN");
        assertThat(comuni.place("provincia di Cuneo")).flatMap(Place::provinceCode).contains("CN");
        assertThat(comuni.place("Provincia di Torino")).flatMap(Place::provinceCode).contains("TO");
    }

    @Test
    void nothing_is_named_by_words_no_comune_has() {
        assertThat(comuni.place("Atlantide")).isEqualTo(Optional.empty());
        assertThat(comuni.place("ZZ")).isEmpty();
        assertThat(comuni.place(" ")).isEmpty();
    }
}
