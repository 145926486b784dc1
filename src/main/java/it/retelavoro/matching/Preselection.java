package it.retelavoro.matching;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A person pre-selected for a vacancy (an A6 delivery on their pathway) and the check of their availability.
 *
 * @param vacancyId      the vacancy
 * @param personId       the person
 * @param preselectedOn  the day of the pre-selection
 * @param availableOn    the day their availability was checked, if it was
 * @param available      what they answered, if asked
 */
public record Preselection(UUID vacancyId, UUID personId, LocalDate preselectedOn, Optional<LocalDate> availableOn,
        Optional<Boolean> available) {
}
