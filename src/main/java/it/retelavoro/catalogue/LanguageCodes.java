package it.retelavoro.catalogue;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Languages as the rules compare them: ISO 639-1 codes, two lower-case letters ({@code ar}, {@code ro},
 * {@code zh}), the codes of {@link Locale#getISOLanguages()}.
 */
public final class LanguageCodes {

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    private LanguageCodes() {
    }

    /** Whether the text is an ISO 639-1 code, as written (lower case). */
    public static boolean isValid(String code) {
        return code != null && code.length() == 2 && ISO_639_1.contains(code);
    }

    /**
     * The codes of a form's text, separated by commas, semicolons or spaces (a page's language lists post theirs
     * joined by commas, the blank ones included), lower-cased and sorted; not checked.
     */
    public static Set<String> parse(String text) {
        Set<String> codes = new TreeSet<>();
        if (text != null) {
            for (String code : text.split("[,;\\s]+")) {
                if (!code.isBlank()) {
                    codes.add(code.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return codes;
    }

    /** The codes, each checked, sorted. */
    static Set<String> checked(Collection<String> codes, String what) {
        Set<String> result = new TreeSet<>();
        for (String code : codes) {
            if (!isValid(code)) {
                throw new IllegalArgumentException(what + ": codice ISO 639-1 non valido: " + code);
            }
            result.add(code);
        }
        return java.util.Collections.unmodifiableSet(result);
    }
}
