package it.retelavoro.reference;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The reference tables an administrator may replace with a newer official file. Each is shipped on the
 * classpath; an imported file, stored in PostgreSQL, takes precedence over it, also after a restart.
 */
public enum ReferenceFile {
    /** ANPR comuni: {@code reference/comuni.csv}. */
    COMUNI("comuni", "reference/comuni.csv",
            List.of("istat_code", "belfiore_code", "name", "province_code", "region")),
    /** ISTAT education levels: {@code reference/education-levels.csv}. */
    EDUCATION_LEVELS("education-levels", "reference/education-levels.csv", List.of("code", "label")),
    /** ISTAT CP2021 occupation units: {@code reference/cp2021-units.csv}. */
    OCCUPATIONS("occupations", "reference/cp2021-units.csv",
            List.of("code", "name", "major_group", "name_truncated", "listed_name", "completed_from")),
    /** ISTAT ATECO 2007 (2021 update): {@code reference/ateco-2007.csv}, sections to subcategories. */
    ATECO("ateco", "reference/ateco-2007.csv", List.of("code", "level", "label", "parent_code"));

    private final String vocabulary;
    private final String classpathLocation;
    private final List<String> header;

    ReferenceFile(String vocabulary, String classpathLocation, List<String> header) {
        this.vocabulary = vocabulary;
        this.classpathLocation = classpathLocation;
        this.header = header;
    }

    /** The vocabulary name, also the name in {@code /api/v1/vocabularies/{name}/import}. */
    public String vocabulary() {
        return vocabulary;
    }

    public String classpathLocation() {
        return classpathLocation;
    }

    /** The columns an imported file must have, as in the shipped file (extra columns are allowed). */
    public List<String> header() {
        return header;
    }

    public static Optional<ReferenceFile> byVocabulary(String name) {
        return Arrays.stream(values()).filter(file -> file.vocabulary.equals(name)).findFirst();
    }
}
