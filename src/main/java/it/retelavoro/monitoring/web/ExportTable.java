package it.retelavoro.monitoring.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table as shown on a page, written as CSV or XLSX. Cells are strings, numbers (Long) or dates;
 * null is an empty cell.
 */
record ExportTable(String name, List<String> headers, List<List<Object>> rows) {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** The table in the format named by the path (csv or xlsx), as a download. */
    ResponseEntity<byte[]> response(String format) {
        boolean xlsx = "xlsx".equals(format);
        byte[] body = xlsx ? xlsx() : csv();
        return ResponseEntity.ok().contentType(xlsx ? XLSX : CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + "." + (xlsx ? "xlsx" : "csv")).build().toString())
                .body(body);
    }

    /**
     * RFC 4180 with a comma between cells. A cell is quoted when it holds a comma, a semicolon (the separator of
     * spreadsheets set to Italian), a quote or a line break, so that no program splits it.
     */
    byte[] csv() {
        StringBuilder csv = new StringBuilder();
        appendRow(csv, headers);
        for (List<Object> row : rows) {
            appendRow(csv, row);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendRow(StringBuilder csv, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String cell = csvCell(cells.get(i));
            if (NEEDS_QUOTES.matcher(cell).find()) {
                csv.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(cell);
            }
        }
        csv.append("\r\n");
    }

    private static final Pattern NEEDS_QUOTES = Pattern.compile("[,;\"\r\n]");

    /**
     * A text cell that a spreadsheet would run as a formula is kept text with an apostrophe: at its start (= + -
     * @, or a tab or carriage return that some of them strip first), and after any separator or line break in
     * it, where a program splitting on another separator would start a new cell ({@code Org;=1+2}).
     */
    static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            return FORMULA_START.matcher(text).replaceAll("$1'$2");
        }
        return value.toString();
    }

    private static final Pattern FORMULA_START = Pattern.compile("(^|[,;\\r\\n])([=+\\-@\\t\\r])");

    byte[] xlsx() {
        // Streaming workbook: a drill-down may list many thousands of records.
        try (var workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(name.length() > 31 ? name.substring(0, 31) : name);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else {
                        // Text cells are stored as strings, which a spreadsheet never evaluates.
                        cell.setCellValue(value.toString());
                    }
                }
            }
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
