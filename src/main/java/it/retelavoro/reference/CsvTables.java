package it.retelavoro.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/** Reads the CSV reference files: UTF-8 (a BOM is ignored), header row, RFC 4180. */
final class CsvTables {

    private CsvTables() {
    }

    static String shipped(ReferenceFile file) {
        try (InputStream in = new ClassPathResource(file.classpathLocation()).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a file; throws {@link IllegalArgumentException} when a required column is missing. */
    static List<CSVRecord> rows(String content, List<String> requiredHeader) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try {
            var parser = format.parse(new StringReader(text));
            List<String> missing = requiredHeader.stream()
                    .filter(column -> !parser.getHeaderNames().contains(column)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException("missing columns " + missing);
            }
            return new ArrayList<>(parser.getRecords());
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("unreadable CSV", e);
        }
    }
}
