package it.retelavoro.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.synthetic.RegionWriter.Operator;
import it.retelavoro.synthetic.RegionWriter.Org;
import it.retelavoro.synthetic.RegionWriter.SiteRef;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RegionWriterTest {

    static final ReferenceTables REFERENCE = new ReferenceTables();
    static final List<Org> NETWORK = List.of(
            new Org(new UUID(1, 1), true, List.of(new Operator(new UUID(2, 1),
                    List.of(new SiteRef(new UUID(3, 1), "L219", "TO"))))),
            new Org(new UUID(1, 2), false, List.of(new Operator(new UUID(2, 2),
                    List.of(new SiteRef(new UUID(3, 2), "D205", "CN"))))));

    @Test
    void the_same_seed_gives_the_same_rows_and_another_seed_other_rows() {
        assertThat(rows(7L)).isEqualTo(rows(7L)).isNotEqualTo(rows(8L));
    }

    @Test
    void names_give_the_letters_of_the_codice_fiscale() {
        assertThat(Names.surnameLetters("Rossi")).isEqualTo("RSS");
        assertThat(Names.surnameLetters("D'Angelo")).isEqualTo("DNG");
        assertThat(Names.surnameLetters("Hu")).isEqualTo("HUX");
        assertThat(Names.firstNameLetters("Francesco")).isEqualTo("FNC");
        assertThat(Names.firstNameLetters("Giulia")).isEqualTo("GLI");
        assertThat(RegionWriter.fiscalCode("Rossi", "Mario", LocalDate.of(1985, 12, 10), true, "A562"))
                .isEqualTo("RSSMRA85T10A562S");
    }

    private static String rows(long seed) {
        StringBuilder text = new StringBuilder();
        RegionWriter writer = new RegionWriter(new RegionSpec(seed, 200, 30, 6, 2, LocalDate.of(2020, 6, 30), 1),
                NETWORK, REFERENCE, new HashSet<>());
        writer.companies(10, batch -> text.append(batch.text()));
        writer.persons(50, batch -> text.append(batch.text()));
        return text.toString();
    }
}
