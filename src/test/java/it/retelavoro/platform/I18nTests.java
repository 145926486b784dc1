package it.retelavoro.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every label lives in the message bundles, in Italian and in English (after petclinic's
 * I18nPropertiesSyncTest): a template with literal text, or a key missing from a bundle, fails here.
 */
class I18nTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Pattern TEXT_NODE = Pattern.compile(">([^<>]*)<");
    static final Pattern LITERAL_ATTRIBUTE = Pattern.compile(
            "(?<![:\\w-])(placeholder|title|alt|aria-label|value|label)=\"([^\"]*)\"");
    static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9._-]+)[}(]");

    static final Path RESOURCES = Path.of("src/main/resources");

    static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nTests.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The Italian bundles: {@code messages} and one per module under {@code i18n/}. */
    static List<String> baseNames() throws IOException {
        List<String> names = new ArrayList<>(List.of("messages"));
        try (Stream<Path> files = Files.list(RESOURCES.resolve("i18n"))) {
            files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.contains("_"))
                    .map(name -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
                    .sorted().forEach(names::add);
        }
        return names;
    }

    static Properties allItalian() throws IOException {
        Properties all = new Properties();
        for (String base : baseNames()) {
            all.putAll(bundle(base + ".properties"));
        }
        return all;
    }

    @Test
    void every_bundle_is_declared_to_spring() throws IOException {
        String configuration = Files.readString(RESOURCES.resolve("application.yml"));
        for (String base : baseNames()) {
            assertThat(configuration).as("spring.messages.basename lists " + base).contains(base);
        }
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html")).toList();
        }
    }

    @Test
    void italian_and_english_bundles_have_the_same_keys() throws IOException {
        for (String base : baseNames()) {
            Set<String> italian = new TreeSet<>(bundle(base + ".properties").stringPropertyNames());
            Set<String> english = new TreeSet<>(bundle(base + "_en.properties").stringPropertyNames());
            assertThat(english).as(base + " keys").containsExactlyElementsOf(italian);
        }
    }

    @Test
    void every_key_a_template_uses_exists() throws IOException {
        Properties italian = allItalian();
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher keys = MESSAGE_KEY.matcher(Files.readString(template));
            while (keys.find()) {
                if (!italian.containsKey(keys.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + keys.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templates_write_no_label_of_their_own() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
            Matcher text = TEXT_NODE.matcher(html);
            while (text.find()) {
                String content = text.group(1).strip();
                if (content.chars().anyMatch(Character::isLetter)) {
                    literals.add(TEMPLATES.relativize(template) + ": text \"" + content + "\"");
                }
            }
            Matcher attribute = LITERAL_ATTRIBUTE.matcher(html);
            while (attribute.find()) {
                String name = attribute.group(1);
                String value = attribute.group(2);
                boolean humanText = value.chars().filter(Character::isLetter).count() > 0
                        && !(name.equals("value") && value.matches("[a-z0-9_.-]+"));
                if (humanText) {
                    literals.add(TEMPLATES.relativize(template) + ": " + name + "=\"" + value + "\"");
                }
            }
        }
        assertThat(literals).isEmpty();
    }
}
