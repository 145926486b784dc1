package it.retelavoro.portal;

import it.retelavoro.employer.ContractType;
import it.retelavoro.employer.VacancyId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A vacancy as the public job board shows it.
 *
 * @param id               the vacancy
 * @param title            title
 * @param description      description, if any
 * @param occupationCode   CP2021 code
 * @param comuneCode       workplace
 * @param contractType     contract type
 * @param hoursPerWeek     weekly hours, if stated
 * @param positions        number of positions
 * @param employerName     the company, empty when it asked for anonymity
 * @param expiresOn        last day to apply, if any
 * @param educationLevel   required education level code, if any
 * @param experienceMonths required months of experience, if any
 * @param languages        required languages as code and CEFR level
 * @param licences         required driving licences
 * @param skills           required skills
 */
public record PublicVacancy(VacancyId id, String title, Optional<String> description, String occupationCode,
        String comuneCode, ContractType contractType, Optional<Integer> hoursPerWeek, int positions,
        Optional<String> employerName, Optional<LocalDate> expiresOn, Optional<String> educationLevel,
        Optional<Integer> experienceMonths, List<String> languages, List<String> licences, List<String> skills) {
}
