package it.retelavoro.matching;

import it.retelavoro.matching.MatchReason.Criterion;

/**
 * The weights of a match, in one place: the points the {@link Scorer} gives for the occupation and the
 * place, and the pre-ranking the {@link CandidatePool} orders the persons by before the scorer sees them
 * (occupation and place being the two heaviest criteria and the two the pool can read from indexed
 * columns). The pre-ranking is derived from the scorer's points, never written apart: each CP2021 level
 * shared with the vacancy is worth a fifth of the points of the very occupation (a straight line under the
 * scorer's curve), the comune and the province the person would travel to exactly what the scorer gives.
 */
final class MatchWeights {

    /** Points for the CP2021 levels shared with the vacancy's code (index: levels shared, 0-5), from experience. */
    private static final int[] EXPERIENCE_POINTS = {0, 3, 8, 15, 22, Criterion.OCCUPATION.maximum()};
    /** The same, from the occupations the person wishes. */
    private static final int[] DESIRED_POINTS = {0, 2, 6, 12, 19, 26};
    /** Lives in the vacancy's comune. */
    static final int SAME_COMUNE = Criterion.PLACE.maximum();
    /** Lives in the vacancy's province. */
    static final int SAME_PROVINCE = 10;
    /** Would work in the vacancy's province. */
    static final int TRAVELS = 8;
    /** Willing to relocate. */
    static final int RELOCATES = 5;
    /** The most levels two CP2021 codes share (the same unit). */
    static final int LEVELS = 5;

    private MatchWeights() {
    }

    /** The scorer's points for an occupation sharing {@code levels} levels with the vacancy's. */
    static int occupation(int levels, boolean experience) {
        return (experience ? EXPERIENCE_POINTS : DESIRED_POINTS)[levels];
    }

    /** What each shared level is worth in the pool's pre-ranking: a fifth of the very occupation's points. */
    static int perLevel(boolean experience) {
        return occupation(LEVELS, experience) / LEVELS;
    }

    /** The pool's pre-ranking of an occupation sharing {@code levels} levels with the vacancy's. */
    static int estimate(int levels, boolean experience) {
        return levels * perLevel(experience);
    }
}
