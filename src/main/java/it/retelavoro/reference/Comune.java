package it.retelavoro.reference;

/**
 * An Italian comune as ANPR lists it.
 *
 * @param belfioreCode the cadastral code (codice catastale), e.g. {@code L219} for Torino
 * @param istatCode the six-digit ISTAT code, kept as text
 * @param name the name in upper case, as ANPR writes it
 * @param provinceCode the province's two-letter code (sigla)
 * @param region the ISTAT region name
 */
public record Comune(String belfioreCode, String istatCode, String name, String provinceCode, String region) {

    /** The name as a person writes it: "Torino", "Aglié"... from ANPR's upper case. */
    public String displayName() {
        StringBuilder result = new StringBuilder(name.length());
        boolean startOfWord = true;
        for (char c : name.toCharArray()) {
            result.append(startOfWord ? Character.toUpperCase(c) : Character.toLowerCase(c));
            startOfWord = c == ' ' || c == '-' || c == '\'' || c == '/';
        }
        return result.toString();
    }

    /** "Torino (TO)". */
    public String label() {
        return displayName() + " (" + provinceCode + ")";
    }
}
