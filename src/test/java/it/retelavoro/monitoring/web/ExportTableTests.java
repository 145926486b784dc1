package it.retelavoro.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExportTableTests {

    private final ExportTable table = new ExportTable("prova", List.of("testo", "numero", "giorno"), List.of(
            Arrays.asList("=HYPERLINK(\"http://x\")", -3L, LocalDate.of(2026, 1, 31)),
            Arrays.asList("+39 011", 0L, null),
            Arrays.asList("-2", 5L, null),
            Arrays.asList("@SUM(A1)", 7L, null),
            Arrays.asList("\tcmd", 1L, null),
            Arrays.asList("CPI Torino", 12L, null)));

    @Test
    void a_csv_text_cell_that_a_spreadsheet_would_run_as_a_formula_is_kept_as_text() throws Exception {
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(table.csv(), StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).extracting(row -> row.get("testo")).containsExactly("'=HYPERLINK(\"http://x\")", "'+39 011",
                "'-2", "'@SUM(A1)", "'\tcmd", "CPI Torino");
        // Numbers are numbers, negative ones included; a missing cell is empty.
        assertThat(rows).extracting(row -> row.get("numero")).containsExactly("-3", "0", "5", "7", "1", "12");
        assertThat(rows.get(0).get("giorno")).isEqualTo("2026-01-31");
        assertThat(rows.get(1).get("giorno")).isEmpty();
    }

    @Test
    void an_xlsx_holds_text_as_strings_never_formulas_and_numbers_and_dates_as_values() throws Exception {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(table.xlsx()))) {
            var sheet = workbook.getSheet("prova");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("testo");
            var first = sheet.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(-3.0);
            assertThat(first.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 31));
            assertThat(sheet.getRow(2).getCell(2)).isNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(6);
        }
    }

    @Test
    void the_download_names_its_format_and_file() {
        var csv = table.response("csv");
        assertThat(csv.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("prova.csv");
        var xlsx = table.response("xlsx");
        assertThat(xlsx.getHeaders().getContentType().getSubtype()).isEqualTo("vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet");
        assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).isEqualTo("prova.xlsx");
    }

    @Test
    void a_csv_cell_with_a_separator_quote_or_line_break_is_quoted_and_no_formula_hides_after_a_separator()
            throws Exception {
        ExportTable tricky = new ExportTable("prova", List.of("organizzazione", "valore"), List.of(
                Arrays.asList("Org;=1+2", 1L),
                Arrays.asList("Alfa, Beta", 2L),
                Arrays.asList("Detta \"la Ditta\"", 3L),
                Arrays.asList("riga\n@SUM(A1)", 4L)));
        String csv = new String(tricky.csv(), StandardCharsets.UTF_8);
        assertThat(csv).contains("\"Org;'=1+2\",1\r\n", "\"Alfa, Beta\",2\r\n", "\"Detta \"\"la Ditta\"\"\",3\r\n",
                "\"riga\n'@SUM(A1)\",4\r\n");
        // Read back by a program: every cell whole, the separator inside it kept.
        List<CSVRecord> byComma = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(byComma).extracting(row -> row.get("organizzazione")).containsExactly("Org;'=1+2", "Alfa, Beta",
                "Detta \"la Ditta\"", "riga\n'@SUM(A1)");
    }
}
