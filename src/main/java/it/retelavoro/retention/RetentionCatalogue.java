package it.retelavoro.retention;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The retention catalogue as {@code retention/retention.yaml} writes it, read once at start-up. */
@Component
public class RetentionCatalogue {

    static final String LOCATION = "retention/retention.yaml";

    private final List<RetentionCategory> categories;

    RetentionCatalogue() {
        this.categories = read();
    }

    /** Every category, in the catalogue's order. */
    public List<RetentionCategory> categories() {
        return categories;
    }

    @SuppressWarnings("unchecked")
    private static List<RetentionCategory> read() {
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<Map<String, Object>> entries = (List<Map<String, Object>>) root.get("categories");
            return entries.stream().map(entry -> new RetentionCategory(text(entry, "code"),
                    Period.parse(text(entry, "keep")), RetentionCategory.Action.valueOf(text(entry, "action")),
                    text(entry, "from"), text(entry, "data"), text(entry, "legalBasis"))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Map<String, Object> entry, String key) {
        Object value = entry.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalStateException(LOCATION + ": a category without " + key + ": " + entry);
        }
        return value.toString().strip();
    }
}
