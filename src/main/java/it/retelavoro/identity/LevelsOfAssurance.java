package it.retelavoro.identity;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SPID level of assurance of a login, read from the claim {@code acr}: SPID's values end with {@code SpidL1},
 * {@code SpidL2} or {@code SpidL3} ({@code https://www.spid.gov.it/SpidL2}); CIE is given the same values by the
 * brokers and by the OpenID Connect federation (CIE is level 3; some brokers write {@code CieL3}). A value that is
 * none of them is level 0, below any minimum.
 */
final class LevelsOfAssurance {

    private static final Pattern LEVEL = Pattern.compile("(?:spid|cie)l([1-3])$");

    private LevelsOfAssurance() {
    }

    static int level(String acr) {
        if (acr == null) {
            return 0;
        }
        Matcher matcher = LEVEL.matcher(acr.strip().toLowerCase(Locale.ROOT));
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    /** The value a relying party asks for, in the authorisation request, for a level. */
    static String spidValue(int level) {
        return "https://www.spid.gov.it/SpidL" + level;
    }
}
