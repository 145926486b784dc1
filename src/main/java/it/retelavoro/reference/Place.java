package it.retelavoro.reference;

import java.util.List;
import java.util.Optional;

/**
 * A place a person named in words: one comune (or the comuni of the same name), or a province.
 *
 * @param label        what was understood, to tell the person: "Torino (TO)", "provincia TO"
 * @param comuneCodes  the cadastral codes of the comuni named; empty for a province
 * @param provinceCode the province's two-letter code for a province, empty for comuni
 */
public record Place(String label, List<String> comuneCodes, Optional<String> provinceCode) {

    public Place {
        comuneCodes = List.copyOf(comuneCodes);
    }

    public boolean isProvince() {
        return provinceCode.isPresent();
    }
}
