package it.retelavoro.reference;

import java.util.Objects;

/**
 * An economic activity of the ISTAT ATECO 2007 classification (2021 update), at any of its levels.
 *
 * @param code       the code exactly as ISTAT writes it: {@code J}, {@code 62}, {@code 62.0}, {@code 62.01},
 *                   {@code 62.01.0}, {@code 62.01.00}
 * @param level      {@code section}, {@code division}, {@code group}, {@code class}, {@code category} or
 *                   {@code subcategory}
 * @param label      the Italian label (divisions and groups in upper case, as in the source)
 * @param parentCode the code of the level above, empty for a section
 */
public record Ateco(String code, String level, String label, String parentCode) {

    public Ateco {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(label, "label");
        parentCode = parentCode == null ? "" : parentCode;
    }

    /** Whether this is a section (a letter): too broad to code the activity of a company. */
    public boolean isSection() {
        return "section".equals(level);
    }

    /** Whether this is a subcategory ({@code 56.10.11}), the leaf that codes a company's activity. */
    public boolean isSubcategory() {
        return "subcategory".equals(level);
    }

    /** "62.01.00 Produzione di software non connesso all'edizione". */
    public String display() {
        return code + " " + label;
    }
}
