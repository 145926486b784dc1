package it.retelavoro.person;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A past or current job.
 *
 * @param employer    the employer's name
 * @param occupation  the ISTAT CP2021 code of the occupation, e.g. {@code 5.2.2.1.0}
 * @param from        first day (or month) of the job
 * @param to          last day, empty when the job goes on
 * @param description what the person did, in their words
 */
@Table("person_experience")
public record WorkExperience(String employer, String occupation, @Column("from_date") LocalDate from,
        @Column("to_date") LocalDate to, String description) {
}
