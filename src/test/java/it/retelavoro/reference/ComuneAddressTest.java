package it.retelavoro.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 14: an address that already names its comune is not followed by the comune again ("Torino, Torino (TO)"). */
class ComuneAddressTest {

    private static final Comune TORINO = new Comune("L219", "001272", "TORINO", "TO", "Piemonte");
    private static final Comune AGLIE = new Comune("A074", "001001", "AGLIÈ", "TO", "Piemonte");

    @Test
    void an_address_ending_with_its_comune_names_it_once() {
        assertThat(TORINO.withAddress("Via Bologna 153, Torino")).isEqualTo("Via Bologna 153, Torino (TO)");
        assertThat(TORINO.withAddress("Via Bologna 153,TORINO ")).isEqualTo("Via Bologna 153, Torino (TO)");
        assertThat(AGLIE.withAddress("Piazza Castello 1, Aglie")).isEqualTo("Piazza Castello 1, Agliè (TO)");
    }

    @Test
    void an_address_without_its_comune_is_followed_by_it_and_none_gives_the_comune() {
        assertThat(TORINO.withAddress("Via Bologna 153")).isEqualTo("Via Bologna 153, Torino (TO)");
        assertThat(TORINO.withAddress("Corso Torino 5, Moncalieri")).isEqualTo("Corso Torino 5, Moncalieri, Torino (TO)");
        assertThat(TORINO.withAddress(null)).isEqualTo("Torino (TO)");
        assertThat(TORINO.withAddress(" ")).isEqualTo("Torino (TO)");
    }
}
