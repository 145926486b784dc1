package it.retelavoro.matching;

import it.retelavoro.matching.MatchReason.Criterion;
import it.retelavoro.reference.CefrLevel;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores how well a person's professional profile fits a vacancy's requirements. A pure function of the
 * two profiles: what it does not receive (sex, age, citizenship, complex targets, special categories) it
 * cannot weigh, which is how fairness is kept by construction. The points of the occupation and the place
 * are {@link MatchWeights}, which the pool's pre-ranking reads too.
 */
final class Scorer {

    /** From this many shared levels (the minor group) an experience counts as experience in the job. */
    private static final int RELATED_LEVELS = 3;
    /** Weekly hours from which a vacancy is full time. */
    private static final int FULL_TIME_HOURS = 30;

    private Scorer() {
    }

    /** A language the reasons name: rendered with its name in the reader's language. */
    record LanguageArg(String code) {
    }

    /** A driving licence the reasons name: rendered with its label. */
    record LicenceArg(String code) {
    }

    /** What a vacancy asks for. */
    record Requirements(String occupationCode, String comuneCode, String provinceCode, Integer hoursPerWeek,
            Integer educationRank, Integer experienceMonths, Map<String, CefrLevel> languages, Set<String> licences,
            List<String> skills) {
    }

    /** A past job. */
    record Experience(String occupationCode, LocalDate from, LocalDate to, String description) {
    }

    /** A known language: {@code level} null for a mother tongue without level. */
    record Language(String code, CefrLevel level, boolean motherTongue) {
    }

    /** The professional profile of a person, nothing more. */
    record Candidate(String comuneCode, String provinceCode, Integer educationRank, String hours,
            boolean willingToRelocate, Set<String> mobilityProvinces, Set<String> desiredOccupations,
            List<Experience> experiences, List<Language> languages, Set<String> licences) {
    }

    static Match score(Requirements vacancy, Candidate person, LocalDate today) {
        List<MatchReason> reasons = new ArrayList<>();
        occupation(vacancy, person, reasons);
        experience(vacancy, person, today, reasons);
        skills(vacancy, person, reasons);
        education(vacancy, person, reasons);
        languages(vacancy, person, reasons);
        licences(vacancy, person, reasons);
        place(vacancy, person, reasons);
        availability(vacancy, person, reasons);
        int score = reasons.stream().mapToInt(MatchReason::points).sum();
        return new Match(Math.min(100, score), reasons);
    }

    /** How many leading levels two CP2021 codes share: 5 for the same unit, 0 for different major groups. */
    static int sharedLevels(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        int shared = 0;
        while (shared < Math.min(left.length, right.length) && left[shared].equals(right[shared])) {
            shared++;
        }
        return Math.min(shared, MatchWeights.LEVELS);
    }

    /** The code cut to its first {@code levels} levels, e.g. 5.1.2 for 5.1.2.2.0 at level 3. */
    static String prefix(String code, int levels) {
        String[] parts = code.split("\\.");
        return String.join(".", java.util.Arrays.copyOf(parts, Math.min(levels, parts.length)));
    }

    private static void occupation(Requirements vacancy, Candidate person, List<MatchReason> reasons) {
        int fromExperience = person.experiences().stream()
                .mapToInt(each -> sharedLevels(vacancy.occupationCode(), each.occupationCode())).max().orElse(0);
        int fromWishes = person.desiredOccupations().stream()
                .mapToInt(each -> sharedLevels(vacancy.occupationCode(), each)).max().orElse(0);
        int experiencePoints = MatchWeights.occupation(fromExperience, true);
        int desiredPoints = MatchWeights.occupation(fromWishes, false);
        if (experiencePoints == 0 && desiredPoints == 0) {
            reasons.add(reason(Criterion.OCCUPATION, "matching.reason.occupation.none", 0, false));
        } else if (experiencePoints >= desiredPoints) {
            reasons.add(reason(Criterion.OCCUPATION, "matching.reason.occupation.experience." + fromExperience,
                    experiencePoints, true));
        } else {
            reasons.add(reason(Criterion.OCCUPATION, "matching.reason.occupation.desired." + fromWishes,
                    desiredPoints, true));
        }
    }

    private static void experience(Requirements vacancy, Candidate person, LocalDate today, List<MatchReason> reasons) {
        long months = person.experiences().stream()
                .filter(each -> sharedLevels(vacancy.occupationCode(), each.occupationCode()) >= RELATED_LEVELS)
                .filter(each -> each.from() != null)
                .mapToLong(each -> Math.max(0, ChronoUnit.MONTHS.between(each.from(),
                        each.to() == null || each.to().isAfter(today) ? today : each.to())))
                .sum();
        int required = vacancy.experienceMonths() == null ? 0 : vacancy.experienceMonths();
        int points;
        if (required == 0) {
            points = (int) Math.min(Criterion.EXPERIENCE.maximum(), months * Criterion.EXPERIENCE.maximum() / 12);
        } else {
            points = (int) Math.min(Criterion.EXPERIENCE.maximum(), months * Criterion.EXPERIENCE.maximum() / required);
        }
        if (months == 0) {
            reasons.add(reason(Criterion.EXPERIENCE, required == 0 ? "matching.reason.experience.none"
                    : "matching.reason.experience.none-required", points, false, required));
        } else if (months >= required) {
            reasons.add(reason(Criterion.EXPERIENCE, months >= 12 ? "matching.reason.experience.years"
                    : "matching.reason.experience.months", points, true, months >= 12 ? months / 12 : months));
        } else {
            reasons.add(reason(Criterion.EXPERIENCE, "matching.reason.experience.short", points, false, months,
                    required));
        }
    }

    private static void skills(Requirements vacancy, Candidate person, List<MatchReason> reasons) {
        if (vacancy.skills().isEmpty()) {
            reasons.add(reason(Criterion.SKILLS, "matching.reason.skills.not-required", Criterion.SKILLS.maximum(),
                    true));
            return;
        }
        StringBuilder text = new StringBuilder();
        person.experiences().forEach(each -> text.append(' ').append(fold(each.description())));
        List<String> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String skill : vacancy.skills()) {
            (text.indexOf(fold(skill)) >= 0 ? found : missing).add(skill);
        }
        int points = Criterion.SKILLS.maximum() * found.size() / vacancy.skills().size();
        if (!found.isEmpty()) {
            reasons.add(reason(Criterion.SKILLS, "matching.reason.skills.found", points, true, String.join(", ", found)));
        }
        if (!missing.isEmpty()) {
            reasons.add(reason(Criterion.SKILLS, "matching.reason.skills.missing", found.isEmpty() ? points : 0, false,
                    String.join(", ", missing)));
        }
    }

    private static void education(Requirements vacancy, Candidate person, List<MatchReason> reasons) {
        if (vacancy.educationRank() == null) {
            reasons.add(reason(Criterion.EDUCATION, "matching.reason.education.not-required",
                    Criterion.EDUCATION.maximum(), true));
        } else if (person.educationRank() == null) {
            reasons.add(reason(Criterion.EDUCATION, "matching.reason.education.unknown", 0, false));
        } else if (person.educationRank() >= vacancy.educationRank()) {
            reasons.add(reason(Criterion.EDUCATION, "matching.reason.education.met", Criterion.EDUCATION.maximum(),
                    true));
        } else {
            reasons.add(reason(Criterion.EDUCATION, "matching.reason.education.lower", 0, false));
        }
    }

    private static void languages(Requirements vacancy, Candidate person, List<MatchReason> reasons) {
        if (vacancy.languages().isEmpty()) {
            reasons.add(reason(Criterion.LANGUAGES, "matching.reason.languages.not-required",
                    Criterion.LANGUAGES.maximum(), true));
            return;
        }
        int share = Criterion.LANGUAGES.maximum() / vacancy.languages().size();
        int total = 0;
        List<MatchReason> each = new ArrayList<>();
        for (var required : vacancy.languages().entrySet()) {
            Language known = person.languages().stream().filter(l -> l.code().equals(required.getKey())).findFirst()
                    .orElse(null);
            LanguageArg name = new LanguageArg(required.getKey());
            if (known == null) {
                each.add(reason(Criterion.LANGUAGES, "matching.reason.language.missing", 0, false, name,
                        required.getValue().name()));
            } else if (known.motherTongue()) {
                total += share;
                each.add(reason(Criterion.LANGUAGES, "matching.reason.language.mother-tongue", share, true, name));
            } else if (known.level() != null && known.level().compareTo(required.getValue()) >= 0) {
                total += share;
                each.add(reason(Criterion.LANGUAGES, "matching.reason.language.met", share, true, name,
                        known.level().name()));
            } else {
                total += share / 2;
                each.add(reason(Criterion.LANGUAGES, "matching.reason.language.lower", share / 2, false, name,
                        known.level() == null ? "-" : known.level().name(), required.getValue().name()));
            }
        }
        // Rounding of the shares: a person who meets every requirement gets the whole criterion.
        if (total == share * vacancy.languages().size()) {
            int remainder = Criterion.LANGUAGES.maximum() - total;
            MatchReason first = each.get(0);
            each.set(0, new MatchReason(first.criterion(), first.messageKey(), first.arguments(),
                    first.points() + remainder, first.favourable()));
        }
        reasons.addAll(each);
    }

    private static void licences(Requirements vacancy, Candidate person, List<MatchReason> reasons) {
        if (vacancy.licences().isEmpty()) {
            reasons.add(reason(Criterion.LICENCES, "matching.reason.licences.not-required",
                    Criterion.LICENCES.maximum(), true));
            return;
        }
        List<String> sorted = vacancy.licences().stream().sorted().toList();
        long had = sorted.stream().filter(person.licences()::contains).count();
        int points = (int) (Criterion.LICENCES.maximum() * had / sorted.size());
        boolean first = true;
        for (String licence : sorted) {
            boolean has = person.licences().contains(licence);
            reasons.add(reason(Criterion.LICENCES, has ? "matching.reason.licence.held" : "matching.reason.licence.missing",
                    first ? points : 0, has, new LicenceArg(licence)));
            first = false;
        }
    }

    private static void place(Requirements vacancy, Candidate person, List<MatchReason> reasons) {
        if (person.comuneCode() != null && person.comuneCode().equals(vacancy.comuneCode())) {
            reasons.add(reason(Criterion.PLACE, "matching.reason.place.same-comune", MatchWeights.SAME_COMUNE, true));
        } else if (person.provinceCode() != null && person.provinceCode().equals(vacancy.provinceCode())) {
            reasons.add(reason(Criterion.PLACE, "matching.reason.place.same-province", MatchWeights.SAME_PROVINCE,
                    true));
        } else if (vacancy.provinceCode() != null && person.mobilityProvinces().contains(vacancy.provinceCode())) {
            reasons.add(reason(Criterion.PLACE, "matching.reason.place.travels", MatchWeights.TRAVELS, true,
                    vacancy.provinceCode()));
        } else if (person.willingToRelocate()) {
            reasons.add(reason(Criterion.PLACE, "matching.reason.place.relocates", MatchWeights.RELOCATES, true));
        } else {
            reasons.add(reason(Criterion.PLACE, "matching.reason.place.far", 0, false,
                    person.provinceCode() == null ? "-" : person.provinceCode()));
        }
    }

    private static void availability(Requirements vacancy, Candidate person, List<MatchReason> reasons) {
        if (vacancy.hoursPerWeek() == null) {
            reasons.add(reason(Criterion.AVAILABILITY, "matching.reason.hours.not-required",
                    Criterion.AVAILABILITY.maximum(), true));
            return;
        }
        String needed = vacancy.hoursPerWeek() >= FULL_TIME_HOURS ? "FULL_TIME" : "PART_TIME";
        if (person.hours() == null) {
            reasons.add(reason(Criterion.AVAILABILITY, "matching.reason.hours.unknown", 0, false));
        } else if ("ANY".equals(person.hours()) || needed.equals(person.hours())) {
            reasons.add(reason(Criterion.AVAILABILITY, "matching.reason.hours.met." + needed,
                    Criterion.AVAILABILITY.maximum(), true));
        } else {
            reasons.add(reason(Criterion.AVAILABILITY, "matching.reason.hours.other." + person.hours(), 0, false));
        }
    }

    private static MatchReason reason(Criterion criterion, String key, int points, boolean favourable, Object... args) {
        return new MatchReason(criterion, key, List.of(args), points, favourable);
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).trim();
    }
}
