package it.retelavoro.employer.web;

import it.retelavoro.employer.ContractType;
import it.retelavoro.employer.EmployerCommands;
import it.retelavoro.employer.EmployerCommands.LanguageRequirement;
import it.retelavoro.employer.EmployerCommands.NewVacancy;
import it.retelavoro.reference.CefrLevel;
import it.retelavoro.reference.DrivingLicence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The vacancy form; skills one per line. The page chooses each language and its CEFR level from two lists
 * ({@code languageCodes} and {@code languageLevels}, row by row); {@code languages}, code and level written as
 * {@code en:B2} separated by commas, is still read when a client posts it.
 */
record VacancyForm(String title, String description, String occupation, Integer positions, String comune,
        ContractType contractType, Integer hoursPerWeek, String educationLevel, Integer experienceMonths,
        String languages, Set<DrivingLicence> drivingLicences, String skills, Boolean published,
        Boolean anonymous, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
        List<String> languageCodes, List<String> languageLevels) {

    /** The language rows the page shows, the chosen ones first. */
    static final int LANGUAGE_ROWS = 3;

    VacancyForm {
        drivingLicences = drivingLicences == null ? Set.of() : drivingLicences;
        languageCodes = languageCodes == null ? List.of() : languageCodes;
        languageLevels = languageLevels == null ? List.of() : languageLevels;
    }

    static VacancyForm empty() {
        return new VacancyForm(null, null, null, 1, null, null, null, null, null, null, Set.of(), null, false,
                false, null, List.of(), List.of());
    }

    /** A language row of the page: the code and the level chosen, blank when none. */
    record LanguageRow(String code, String level) {
    }

    /** The rows of the two lists: those chosen (or posted as text), then blank ones up to {@link #LANGUAGE_ROWS}. */
    public List<LanguageRow> languageRows() {
        List<LanguageRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(languageCodes.size(), languageLevels.size()); i++) {
            rows.add(new LanguageRow(at(languageCodes, i), at(languageLevels, i)));
        }
        if (rows.isEmpty() && !isBlank(languages)) {
            for (String item : languages.split("[,;]")) {
                String[] parts = item.strip().split("\\s*:\\s*");
                if (!item.isBlank()) {
                    rows.add(new LanguageRow(parts[0], parts.length > 1 ? parts[1] : null));
                }
            }
        }
        rows.removeIf(row -> isBlank(row.code()) && isBlank(row.level()));
        while (rows.size() < LANGUAGE_ROWS) {
            rows.add(new LanguageRow(null, null));
        }
        return rows;
    }

    /** The languages as the stored format writes them ({@code en:B2, de:A2}), from the two lists or the text. */
    String languagesText() {
        if (languageCodes.isEmpty() && languageLevels.isEmpty()) {
            return languages;
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < Math.max(languageCodes.size(), languageLevels.size()); i++) {
            String code = at(languageCodes, i);
            String level = at(languageLevels, i);
            if (isBlank(code) && isBlank(level)) {
                continue;
            }
            if (isBlank(code) || isBlank(level)) {
                throw new IllegalArgumentException("language");
            }
            items.add(code.strip() + ":" + level.strip());
        }
        return String.join(", ", items);
    }

    private static String at(List<String> values, int index) {
        return index < values.size() ? values.get(index) : null;
    }

    /** @throws IllegalArgumentException when a language is not written as code and level */
    NewVacancy toCommand() {
        List<LanguageRequirement> parsed = new ArrayList<>();
        String written = languagesText();
        if (!isBlank(written)) {
            for (String item : written.split("[,;]")) {
                if (item.isBlank()) {
                    continue;
                }
                String[] parts = item.strip().split("\\s*:\\s*");
                if (parts.length != 2) {
                    throw new IllegalArgumentException("language");
                }
                parsed.add(new LanguageRequirement(parts[0], CefrLevel.valueOf(parts[1].toUpperCase(Locale.ROOT))));
            }
        }
        List<String> skillList = isBlank(skills) ? List.of()
                : skills.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        return new NewVacancy(title, description, occupation, positions, comune, contractType, hoursPerWeek,
                new EmployerCommands.Requirements(educationLevel, experienceMonths, parsed, drivingLicences,
                        skillList),
                Boolean.TRUE.equals(published), Boolean.TRUE.equals(anonymous), expiresOn);
    }

    /** The form field of a problem the service names as the API does. */
    static String fieldOf(String field) {
        if (field.startsWith("requirements.languages")) {
            return "languages";
        }
        if (field.startsWith("requirements.skills")) {
            return "skills";
        }
        return field.startsWith("requirements.") ? field.substring("requirements.".length()) : field;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
