package it.retelavoro.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Version files as an administrator would upload them: the shipped file with a new id, a later
 * validFrom and, where a test asks, one change. Tests share one database and one registry, so each
 * uses its own id and its own far-future date.
 */
public final class UploadedVersionFiles {

    private static final String SHIPPED = "catalogue/versions/piemonte-2012.yaml";
    /** The A2 individual mode of the shipped file; B1 and B2 carry the same line further down. */
    private static final String A2_INDIVIDUAL = "- { mode: INDIVIDUAL, minMinutes: 30, minutesPer: MEETING }";

    private UploadedVersionFiles() {
    }

    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The shipped version under another id, in force from the given day. */
    public static String shippedAs(String id, LocalDate validFrom) {
        String yaml = shippedYaml();
        yaml = replaceOnce(yaml, "id: \"piemonte-2012\"", "id: \"" + id + "\"");
        return replaceOnce(yaml, "validFrom: 2012-01-01", "validFrom: " + validFrom);
    }

    /** As {@link #shippedAs}, with the minimum of an individual A.2 changed. */
    public static String withA2IndividualMinutes(String id, LocalDate validFrom, int minutes) {
        return replaceOnce(shippedAs(id, validFrom), A2_INDIVIDUAL,
                "- { mode: INDIVIDUAL, minMinutes: " + minutes + ", minutesPer: MEETING }");
    }

    public static String replaceOnce(String text, String target, String replacement) {
        int at = text.indexOf(target);
        if (at < 0) {
            throw new IllegalArgumentException("non trovato nel file: " + target);
        }
        return text.substring(0, at) + replacement + text.substring(at + target.length());
    }

    static String shippedYaml() {
        try (InputStream in = Objects.requireNonNull(
                UploadedVersionFiles.class.getClassLoader().getResourceAsStream(SHIPPED), SHIPPED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
