package it.retelavoro.matching;

import java.util.List;

/**
 * One criterion's contribution to a score, as a message key of the matching bundle with its arguments.
 *
 * @param criterion  the criterion (occupation, experience, skills, education, languages, licences, place, availability)
 * @param messageKey the sentence, for example the same occupation or a missing licence
 * @param arguments  the values in the sentence
 * @param points     the points the criterion gave
 * @param favourable whether it speaks for the match (false for what is missing)
 */
public record MatchReason(Criterion criterion, String messageKey, List<Object> arguments, int points,
        boolean favourable) {

    public MatchReason {
        arguments = List.copyOf(arguments);
    }

    /** The criteria, with the most points each may give (100 in all). */
    public enum Criterion {
        OCCUPATION(30), EXPERIENCE(10), SKILLS(10), EDUCATION(10), LANGUAGES(10), LICENCES(10), PLACE(15),
        AVAILABILITY(5);

        private final int maximum;

        Criterion(int maximum) {
            this.maximum = maximum;
        }

        public int maximum() {
            return maximum;
        }
    }
}
