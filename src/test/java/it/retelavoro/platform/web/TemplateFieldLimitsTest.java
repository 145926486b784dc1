package it.retelavoro.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The templates' maximum lengths are the aggregates' constants, and none names one that does not exist. */
class TemplateFieldLimitsTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Pattern REFERENCE = Pattern.compile("limits\\.([A-Za-z]+)\\.([A-Z_]+)");
    /** A literal length on a field of free text (codes of fixed form, such as a codice fiscale, may keep one). */
    static final Pattern LITERAL = Pattern.compile("maxlength=\"?(\\d+)");

    /**
     * Inputs whose length is a format or a query rather than a stored text: the search boxes (a query is not
     * kept), a telephone number (checked by its pattern), the languages of a vacancy typed as codes.
     */
    static final List<String> NOT_STORED_TEXT = List.of("name=\"q\"", "name='q'", "id='board-occupation'",
            "name='contactPhone'", "id='vacancy-languages'", "id='board-comune'", "id='board-province'");

    private final FieldLimits limits = new FieldLimits();

    @Test
    void the_constants_are_read_from_the_aggregates() {
        Map<String, Map<String, Integer>> all = limits.asMap();
        assertThat(all.get("Delivery")).containsEntry("NOTES_MAX", it.retelavoro.pathway.Delivery.NOTES_MAX);
        assertThat(all.get("Organisation")).containsEntry("NAME_MAX", it.retelavoro.network.Organisation.NAME_MAX);
        assertThat(all.get("SelfApplication")).containsKey("CV_TEXT_MAX");
    }

    @Test
    void every_length_a_template_reads_is_declared() throws IOException {
        List<String> unknown = new ArrayList<>();
        int references = 0;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
                Matcher matcher = REFERENCE.matcher(Files.readString(file));
                while (matcher.find()) {
                    references++;
                    Integer value = limits.asMap().getOrDefault(matcher.group(1), Map.of()).get(matcher.group(2));
                    if (value == null) {
                        unknown.add(TEMPLATES.relativize(file) + ": " + matcher.group());
                    }
                }
            }
        }
        assertThat(references).as("templates reading the declared lengths").isGreaterThan(30);
        assertThat(unknown).isEmpty();
    }

    @Test
    void no_template_writes_a_length_of_free_text_by_hand() throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
                String text = Files.readString(file);
                Matcher matcher = LITERAL.matcher(text);
                while (matcher.find()) {
                    int length = Integer.parseInt(matcher.group(1));
                    String field = text.substring(Math.max(0, text.lastIndexOf("<", matcher.start())),
                            matcher.start());
                    if (NOT_STORED_TEXT.stream().anyMatch(field::contains)) {
                        continue;
                    }
                    // Fixed-form codes: comune (4), province (2), codice fiscale or partita IVA (11, 16),
                    // ATECO (10), CP2021 occupation and education codes (20), comune names typed for a lookup (40).
                    if (!List.of(2, 4, 10, 11, 16, 20, 40).contains(length)) {
                        literals.add(TEMPLATES.relativize(file) + ": " + matcher.group());
                    }
                }
            }
        }
        assertThat(literals).isEmpty();
    }
}
