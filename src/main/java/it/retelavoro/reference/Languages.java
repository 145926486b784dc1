package it.retelavoro.reference;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Languages by ISO 639-1 code, as {@link Locale#getISOLanguages()} lists them. */
public final class Languages {

    private static final Set<String> CODES = Arrays.stream(Locale.getISOLanguages()).collect(Collectors.toSet());

    private Languages() {
    }

    public static boolean exists(String code) {
        return code != null && CODES.contains(code.strip().toLowerCase(Locale.ROOT));
    }

    /** "arabo" for {@code ar} in Italian; the code when unknown. */
    public static String nameOf(String code, Locale locale) {
        if (!exists(code)) {
            return code;
        }
        return new Locale(code.strip().toLowerCase(Locale.ROOT)).getDisplayLanguage(locale);
    }
}
