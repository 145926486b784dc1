package it.retelavoro.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmployerFiscalCodeTest {

    @Test
    void accepts_a_partita_iva_with_its_check_digit() {
        assertThat(EmployerFiscalCode.isValid("01000000016")).isTrue();
        assertThat(new EmployerFiscalCode(" 01000000016 ").isNaturalPerson()).isFalse();
    }

    @Test
    void refuses_a_partita_iva_with_a_wrong_check_digit() {
        assertThat(EmployerFiscalCode.isValid("01000000017")).isFalse();
        assertThatThrownBy(() -> new EmployerFiscalCode("01000000017")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void accepts_the_codice_fiscale_of_a_sole_trader_in_any_case() {
        EmployerFiscalCode code = new EmployerFiscalCode("rssmra85t10a562s");
        assertThat(code.value()).isEqualTo("RSSMRA85T10A562S");
        assertThat(code.isNaturalPerson()).isTrue();
    }

    @Test
    void refuses_a_codice_fiscale_with_a_wrong_check_character() {
        assertThat(EmployerFiscalCode.isValid("RSSMRA85T10A562T")).isFalse();
    }

    @Test
    void accepts_a_codice_fiscale_with_omocodia() {
        // The digits 8 and 5 of the year replaced by their omocodia letters U and R: new check character.
        String base = "RSSMRAURT10A562";
        assertThat(EmployerFiscalCode.isValid(base + EmployerFiscalCode.checkCharacter(base))).isTrue();
    }

    @Test
    void refuses_other_shapes() {
        assertThat(EmployerFiscalCode.isValid("")).isFalse();
        assertThat(EmployerFiscalCode.isValid(null)).isFalse();
        assertThat(EmployerFiscalCode.isValid("RSSMRA85Z10A562S")).isFalse();
        assertThat(EmployerFiscalCode.isValid("123")).isFalse();
    }
}
