package it.retelavoro.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FiscalCodeTest {

    @Test
    void computes_the_check_character_of_known_codes() {
        // Published examples: the Agenzia delle Entrate's "Mario Rossi" and a woman born abroad.
        assertThat(FiscalCode.checkCharacter("RSSMRA85T10A562")).isEqualTo('S');
        assertThat(FiscalCode.isValid("RSSMRA85T10A562S")).isTrue();
        assertThat(FiscalCode.isValid("RSSMRA85T10A562T")).isFalse();
    }

    @Test
    void refuses_a_wrong_check_character_and_a_malformed_code() {
        assertThatThrownBy(() -> new FiscalCode("RSSMRA85T10A562T")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FiscalCode("RSSMRA85Z10A562S")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FiscalCode("RSSMRA85T10A56")).isInstanceOf(IllegalArgumentException.class);
        assertThat(FiscalCode.hasValidFormat("RSSMRA85T10A562T")).isTrue();
    }

    @Test
    void accepts_lower_case_and_spaces_around() {
        assertThat(new FiscalCode(" rssmra85t10a562s ").value()).isEqualTo("RSSMRA85T10A562S");
    }

    @Test
    void reads_birth_date_sex_and_place_of_a_man() {
        FiscalCode code = new FiscalCode("RSSMRA85T10A562S");
        assertThat(code.birthYearOfCentury()).isEqualTo(85);
        assertThat(code.birthMonth()).isEqualTo(12);
        assertThat(code.birthDay()).isEqualTo(10);
        assertThat(code.sex()).isEqualTo(Sex.M);
        assertThat(code.birthPlaceCode()).isEqualTo("A562");
        assertThat(code.matchesBirthDate(LocalDate.of(1985, 12, 10))).isTrue();
        assertThat(code.matchesBirthDate(LocalDate.of(1985, 12, 11))).isFalse();
        assertThat(code.matchesBirthDate(LocalDate.of(1985, 11, 10))).isFalse();
    }

    @Test
    void reads_a_woman_born_abroad_from_the_day_plus_forty() {
        String code = FiscalCodes.of("BNCLRA", LocalDate.of(1992, 3, 5), "F", "Z330");
        FiscalCode fiscalCode = new FiscalCode(code);
        assertThat(code.substring(9, 11)).isEqualTo("45");
        assertThat(fiscalCode.sex()).isEqualTo(Sex.F);
        assertThat(fiscalCode.birthDay()).isEqualTo(5);
        assertThat(fiscalCode.birthMonth()).isEqualTo(3);
        assertThat(fiscalCode.birthPlaceCode()).isEqualTo("Z330");
        assertThat(fiscalCode.matchesBirthDate(LocalDate.of(1992, 3, 5))).isTrue();
    }

    @Test
    void normalises_an_omocode_to_the_base_code_with_its_check_character() {
        FiscalCode base = new FiscalCode("RSSMRA85T10A562S");
        // 7 levels: every digit position replaced, from the last one
        for (int level = 1; level <= 7; level++) {
            FiscalCode omocode = base.omocode(level);
            assertThat(omocode.isOmocode()).isTrue();
            assertThat(omocode).isNotEqualTo(base);
            assertThat(omocode.normalised()).isEqualTo(base);
            assertThat(omocode.sex()).isEqualTo(Sex.M);
            assertThat(omocode.birthDay()).isEqualTo(10);
            assertThat(omocode.birthPlaceCode()).isEqualTo("A562");
            assertThat(omocode.matchesBirthDate(LocalDate.of(1985, 12, 10))).isTrue();
        }
        // The first level replaces the last digit of the place: 2 -> N, and the check character changes.
        assertThat(base.omocode(1).value()).startsWith("RSSMRA85T10A56N");
        assertThat(base.omocode(7).value()).isEqualTo("RSSMRAURTMLARSNL");
        assertThat(base.isOmocode()).isFalse();
        assertThat(base.normalised()).isSameAs(base);
    }

    @Test
    void agrees_with_the_codice_fiscale_library_on_check_characters_and_omocodia() {
        for (String code : new String[] {"RSSMRA85T10A562S", FiscalCodes.of("BNCLRA", LocalDate.of(1992, 3, 5), "F",
                "L219"), FiscalCodes.of("XYZKWJ", LocalDate.of(2001, 7, 31), "M", "D205")}) {
            for (int level = 0; level <= 7; level++) {
                String ours = new FiscalCode(code).omocode(level).value();
                var theirs = it.kamaladafrica.codicefiscale.CodiceFiscale.of(ours);
                assertThat(theirs.getValue()).isEqualTo(ours);
                assertThat(theirs.normalized().getValue()).isEqualTo(new FiscalCode(ours).normalised().value());
            }
        }
    }

    @Test
    void a_valid_omocode_written_by_hand_is_accepted() {
        String handWritten = FiscalCodes.withCheck("RSSMRA85T1LA562");
        assertThat(new FiscalCode(handWritten).normalised().value()).isEqualTo("RSSMRA85T10A562S");
    }

    @Test
    void takes_the_letters_of_surname_and_name_as_the_decree_writes_them() {
        assertThat(FiscalCode.surnameLetters("Rossi")).isEqualTo("RSS");
        assertThat(FiscalCode.surnameLetters("Fo")).isEqualTo("FOX");
        assertThat(FiscalCode.surnameLetters("D'Alò")).isEqualTo("DLA");
        assertThat(FiscalCode.nameLetters("Mario")).isEqualTo("MRA");
        // four consonants or more: the first, the third and the fourth
        assertThat(FiscalCode.nameLetters("Gianfranco")).isEqualTo("GFR");
        assertThat(FiscalCode.nameLetters("Aïcha")).isEqualTo("CHA");
    }

    @Test
    void tells_whether_the_code_carries_the_letters_of_the_names() {
        FiscalCode code = new FiscalCode("RSSMRA85T10A562S");
        assertThat(code.matchesNames("Rossi", "Mario")).isTrue();
        assertThat(code.matchesNames("ROSSI", "mario")).isTrue();
        assertThat(code.matchesNames("Russo", "Mario")).isTrue();
        assertThat(code.matchesNames("Bianchi", "Mario")).isFalse();
        assertThat(code.matchesNames("Rossi", "Maria")).isTrue();
        assertThat(code.matchesNames("Rossi", "Marco")).isFalse();
    }
}
