package it.retelavoro.matching;

import it.retelavoro.employer.VacancyId;
import java.util.Optional;

/**
 * An open vacancy ranked for a person.
 *
 * @param vacancyId      the vacancy
 * @param title          its title
 * @param occupationCode its CP2021 code
 * @param comuneCode     where the work is
 * @param employerName   the company, empty when it asked for anonymity and belongs to another organisation
 * @param own            whether the vacancy is handled by the caller's organisation
 * @param match          score and reasons
 */
public record VacancyMatch(VacancyId vacancyId, String title, String occupationCode, String comuneCode,
        Optional<String> employerName, boolean own, Match match) {
}
