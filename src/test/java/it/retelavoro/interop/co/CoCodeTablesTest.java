package it.retelavoro.interop.co;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.retelavoro.employer.ContractType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The CO code tables shipped under {@code reference/co/}. */
class CoCodeTablesTest {

    private final CoCodeTables tables = CoCodeTables.shipped();

    @Test
    void a_contract_type_has_its_label_validity_and_employer_contract_type() {
        assertThat(tables.label(CoCodeTable.CONTRACT_TYPES, "A.01.00")).contains("LAVORO A TEMPO INDETERMINATO");
        assertThat(tables.employerContractType("A.01.00")).contains("PERMANENT");
        assertThat(tables.employerContractType("a.02.00")).contains("FIXED_TERM");
        assertThat(tables.employerContractType("A.03.09")).contains("APPRENTICESHIP");
        assertThat(tables.employerContractType("A.05.02")).contains("INTERMITTENT");
        assertThat(tables.employerContractType("C.01.00")).contains("INTERNSHIP");
        // the agency of a contratto di agenzia is a commercial agent, not a temporary work agency
        assertThat(tables.employerContractType("M.02.00")).contains("SELF_EMPLOYED");
        assertThat(tables.entry(CoCodeTable.CONTRACT_TYPES, "B.01.00")).get().satisfies(entry -> {
            assertThat(entry.validFrom()).isEqualTo(LocalDate.of(2007, 6, 21));
            assertThat(entry.validTo()).isEqualTo(LocalDate.of(2016, 2, 1));
        });
        assertThat(tables.entry(CoCodeTable.CONTRACT_TYPES, "B.03.00")).get()
                .extracting(CoCodeTables.Entry::validTo).isNull();
    }

    @Test
    void every_contract_type_maps_to_a_constant_of_the_employer_enum_and_has_the_form_the_reader_accepts() {
        Pattern form = Pattern.compile("[A-Z]\\.\\d{2}\\.\\d{2}");

        assertThat(tables.entries(CoCodeTable.CONTRACT_TYPES)).hasSizeGreaterThan(50).allSatisfy(entry -> {
            assertThat(entry.code()).matches(form);
            assertThat(ContractType.valueOf(entry.columns().get("contract_type"))).isNotNull();
        });
    }

    @Test
    void an_unknown_code_exists_in_no_table() {
        assertThat(tables.exists(CoCodeTable.CONTRACT_TYPES, "Z.99.99")).isFalse();
        assertThat(tables.label(CoCodeTable.CESSATION_CAUSES, "ZZ")).isEmpty();
        assertThat(tables.employerContractType(null)).isEmpty();
    }

    @Test
    void working_time_tells_part_time_and_the_communication_types_name_rectification_and_cancellation() {
        assertThat(tables.isPartTime("F")).contains(false);
        assertThat(tables.isPartTime("V")).contains(true);
        assertThat(tables.isPartTime("N")).isEmpty();
        assertThat(tables.label(CoCodeTable.COMMUNICATION_TYPES, CoDocument.RECTIFICATION)).contains("RETTIFICA");
        assertThat(tables.label(CoCodeTable.COMMUNICATION_TYPES, CoDocument.CANCELLATION)).contains("ANNULLAMENTO");
        assertThat(tables.exists(CoCodeTable.CESSATION_CAUSES, "AR")).isTrue();
    }

    @Test
    void the_shipped_files_are_utf8_without_bom_with_crlf_line_ends() throws IOException {
        for (CoCodeTable table : CoCodeTable.values()) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(table.classpathLocation())) {
                byte[] bytes = in.readAllBytes();
                String text = new String(bytes, StandardCharsets.UTF_8);
                assertThat(bytes[0]).as(table.name()).isNotEqualTo((byte) 0xEF);
                assertThat(text).as(table.name()).startsWith(String.join(",", table.header())).endsWith("\r\n");
                assertThat(text.replace("\r\n", "")).as(table.name()).doesNotContain("\n").doesNotContain("\r");
            }
        }
    }

    @Test
    void a_table_with_a_code_twice_or_a_missing_column_is_refused() {
        assertThatThrownBy(() -> CoCodeTables.read(CoCodeTable.CESSATION_CAUSES, "code,label\r\nAR,X\r\nAR,Y\r\n"))
                .hasMessageContaining("code twice AR");
        assertThatThrownBy(() -> CoCodeTables.read(CoCodeTable.WORKING_TIME, "code,label\r\nF,TEMPO PIENO\r\n"))
                .hasMessageContaining("missing columns [part_time]");
    }
}
