package it.retelavoro.matching;

import java.util.List;

/**
 * How well a person fits a vacancy: a score from 0 to 100 and the reasons that make it.
 *
 * @param score   the sum of the points of the reasons
 * @param reasons one or more reasons per criterion, favourable first within each criterion
 */
public record Match(int score, List<MatchReason> reasons) {

    public Match {
        reasons = List.copyOf(reasons);
    }
}
