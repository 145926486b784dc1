package it.retelavoro.employer.web;

import it.retelavoro.employer.VacancyState;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The change of a vacancy's state: the new state, from when and why. */
record StateForm(VacancyState state, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        String reason) {
}
