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

    /**
     * An address in this comune as a page writes it: {@code Via Bologna 153} and {@code L219} give
     * {@code Via Bologna 153; Torino (TO)} with a comma. An address that already ends with the comune's name does
     * not repeat it: no {@code Torino; Torino (TO)}.
     */
    public String withAddress(String address) {
        if (address == null || address.isBlank()) {
            return label();
        }
        String street = address.strip();
        int comma = street.lastIndexOf(',');
        if (comma > 0 && Comuni.fold(street.substring(comma + 1)).equals(Comuni.fold(displayName()))) {
            street = street.substring(0, comma).strip();
        }
        return street + ", " + label();
    }
}
