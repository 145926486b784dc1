package it.retelavoro.reference;

import java.util.Optional;

/**
 * A country by its ISO 3166-1 alpha-2 code.
 *
 * @param code             ISO 3166-1 alpha-2, e.g. {@code MA}
 * @param belfioreCode     the cadastral code of the foreign state (codice "AT" of ISTAT, e.g. {@code Z330}),
 *                         empty for Italy and for the territories ISTAT does not code
 * @param europeanUnion    whether ISTAT places the country in the area "Unione europea" (Italy included)
 */
public record Country(String code, Optional<String> belfioreCode, boolean europeanUnion) {

    public boolean isItaly() {
        return "IT".equals(code);
    }
}
