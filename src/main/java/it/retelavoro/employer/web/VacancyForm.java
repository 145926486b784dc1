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

/** The vacancy form; languages are written as code and level (en:B2) separated by commas, skills one per line. */
record VacancyForm(String title, String description, String occupation, Integer positions, String comune,
        ContractType contractType, Integer hoursPerWeek, String educationLevel, Integer experienceMonths,
        String languages, Set<DrivingLicence> drivingLicences, String skills, Boolean published,
        Boolean anonymous, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn) {

    VacancyForm {
        drivingLicences = drivingLicences == null ? Set.of() : drivingLicences;
    }

    static VacancyForm empty() {
        return new VacancyForm(null, null, null, 1, null, null, null, null, null, null, Set.of(), null, false,
                false, null);
    }

    /** @throws IllegalArgumentException when a language is not written as code and level */
    NewVacancy toCommand() {
        List<LanguageRequirement> parsed = new ArrayList<>();
        if (!isBlank(languages)) {
            for (String item : languages.split("[,;]")) {
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
