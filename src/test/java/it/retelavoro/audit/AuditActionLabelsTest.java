package it.retelavoro.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the audit log page shows each operation by name ("Certificazione della DID"), not by its code
 * ({@code DID_CERTIFY}). Every action code the sources record has a label in Italian and in English: a new one
 * without a label fails here, naming the code and the key to add ({@code audit.action.<CODE>} in
 * {@code messages.properties} and {@code messages_en.properties}).
 */
class AuditActionLabelsTest {

    /** An action as first argument of the audit log or of a module's access helper that records it. */
    private static final Pattern RECORDED = Pattern.compile(
            "\\b(?:success|denied|failed|done)\\(\\s*\"([A-Z][A-Z0-9_]*)\"");
    /** The helpers that take the action among other arguments (objects, ids): the codes with an underscore. */
    private static final Pattern HELPER = Pattern.compile("\\b(?:requireOperator|inChargeOf|serving|readable|handling"
            + "|requireServing|involved|requireAdmin|requireVisible|changeStatus|requireDidCertification"
            + "|requireCpiOperator|load|record)\\(([^;{]*)");
    private static final Pattern CODE_WITH_UNDERSCORE = Pattern.compile("\"([A-Z][A-Z0-9]*_[A-Z0-9_]+)\"");
    private static final Pattern CONSTANT = Pattern.compile("AUDIT_ACTION\\s*=\\s*\"([A-Z_]+)\"");
    /** {@link AuditLog#login}: the action written beside the object type. */
    private static final Pattern INSERTED = Pattern.compile("insert\\([^;]*?\"([A-Z_]+)\",\\s*\"[A-Z_]+\"");

    @Test
    void every_action_the_sources_record_has_a_label_in_italian_and_english() throws IOException {
        Set<String> codes = actionCodes();
        assertThat(codes).as("the scan finds the actions").contains("LOGIN", "DID_CERTIFY", "PERSON_READ",
                "CATALOGUE_VERSION_UPLOAD", "VACANCY_STATE_CHANGE", "PORTAL_APPLICATION_VERIFY").hasSizeGreaterThan(80);
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties labels = load(bundle);
            for (String code : codes) {
                assertThat(labels.getProperty("audit.action." + code)).as("audit.action." + code + " in " + bundle)
                        .isNotBlank().doesNotContain(code);
            }
        }
    }

    static Set<String> actionCodes() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                collect(RECORDED.matcher(source), codes);
                collect(CONSTANT.matcher(source), codes);
                collect(INSERTED.matcher(source), codes);
                Matcher helper = HELPER.matcher(source);
                while (helper.find()) {
                    collect(CODE_WITH_UNDERSCORE.matcher(helper.group(1)), codes);
                }
            }
        }
        return codes;
    }

    private static void collect(Matcher matcher, Set<String> codes) {
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AuditActionLabelsTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
