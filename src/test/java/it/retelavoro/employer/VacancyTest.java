package it.retelavoro.employer;

import static it.retelavoro.employer.EmployerAggregates.NOW;
import static it.retelavoro.employer.EmployerAggregates.OPERATOR;
import static it.retelavoro.employer.EmployerAggregates.TODAY;
import static it.retelavoro.employer.EmployerAggregates.aVacancy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.retelavoro.employer.EmployerEvents.VacancyRegistered;
import it.retelavoro.employer.EmployerEvents.VacancyStateChanged;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.support.RegisteredEvents;
import org.junit.jupiter.api.Test;

/** The vacancy's changes of state, without Spring: what its state allows, its history and its events. */
class VacancyTest {

    @Test
    void a_registered_vacancy_is_open_and_registers_its_registration() {
        Vacancy vacancy = aVacancy(TODAY, null);

        assertThat(vacancy.state()).isEqualTo(VacancyState.OPEN);
        assertThat(vacancy.history()).singleElement().satisfies(change -> {
            assertThat(change.fromState()).isNull();
            assertThat(change.toState()).isEqualTo(VacancyState.OPEN);
        });
        assertThat(RegisteredEvents.of(vacancy)).containsExactly(new VacancyRegistered(vacancy.id(),
                vacancy.employerId(), vacancy.organisationId(), TODAY, 3, "6.2.1.2.0", "L219"));
    }

    @Test
    void a_change_of_state_is_kept_in_the_history_and_registered() {
        Vacancy vacancy = aVacancy(TODAY.minusDays(10), null);
        vacancy.changeState(VacancyState.SUSPENDED, TODAY, " la ditta ci ripensa ", OPERATOR, NOW);

        assertThat(vacancy.state()).isEqualTo(VacancyState.SUSPENDED);
        assertThat(vacancy.lastChangedOn()).isEqualTo(TODAY);
        assertThat(vacancy.history().get(1).reason()).isEqualTo("la ditta ci ripensa");
        assertThat(RegisteredEvents.of(vacancy, VacancyStateChanged.class)).containsExactly(new VacancyStateChanged(
                vacancy.id(), vacancy.employerId(), vacancy.organisationId(), VacancyState.OPEN,
                VacancyState.SUSPENDED, TODAY));
    }

    @Test
    void refuses_a_change_its_state_does_not_allow_naming_both_states() {
        Vacancy vacancy = aVacancy(TODAY, null);
        vacancy.changeState(VacancyState.CLOSED, TODAY, null, OPERATOR, NOW);

        assertThatThrownBy(() -> vacancy.changeState(VacancyState.OPEN, TODAY, null, OPERATOR, NOW))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.getMessage())
                        .contains("employer.vacancy.transition"));
        assertThat(vacancy.state()).isEqualTo(VacancyState.CLOSED);
        assertThat(RegisteredEvents.of(vacancy, VacancyStateChanged.class)).hasSize(1);
    }

    @Test
    void a_vacancy_past_its_expiry_date_expires_as_of_the_day_after_by_the_system() {
        Vacancy vacancy = aVacancy(TODAY.minusDays(30), TODAY.minusDays(5));

        assertThat(vacancy.expire(TODAY, NOW)).isTrue();
        assertThat(vacancy.state()).isEqualTo(VacancyState.EXPIRED);
        assertThat(vacancy.lastChangedOn()).isEqualTo(TODAY.minusDays(4));
        assertThat(vacancy.history().get(1).changedBy()).isEqualTo(Vacancy.SYSTEM.value());
        assertThat(vacancy.expire(TODAY, NOW)).as("expires once").isFalse();
    }

    @Test
    void an_expiry_is_never_dated_before_the_latest_change() {
        Vacancy vacancy = aVacancy(TODAY.minusDays(30), TODAY.minusDays(5));
        vacancy.changeState(VacancyState.SUSPENDED, TODAY.minusDays(2), null, OPERATOR, NOW);

        assertThat(vacancy.expire(TODAY, NOW)).isTrue();
        assertThat(vacancy.lastChangedOn()).isEqualTo(TODAY.minusDays(2));
    }

    @Test
    void a_vacancy_not_yet_at_its_expiry_date_does_not_expire() {
        assertThat(aVacancy(TODAY, TODAY).expire(TODAY, NOW)).isFalse();
        assertThat(aVacancy(TODAY, null).expire(TODAY, NOW)).isFalse();
    }

    @Test
    void a_vacancy_is_filled_once_every_position_is_hired() {
        Vacancy vacancy = aVacancy(TODAY.minusDays(3), null);

        assertThat(vacancy.fillIfComplete(2, TODAY, NOW)).isFalse();
        assertThat(vacancy.state()).isEqualTo(VacancyState.OPEN);
        assertThat(vacancy.fillIfComplete(3, TODAY.minusDays(5), NOW)).isTrue();
        assertThat(vacancy.state()).isEqualTo(VacancyState.FILLED);
        assertThat(vacancy.lastChangedOn()).as("not before its registration").isEqualTo(TODAY.minusDays(3));
        assertThat(vacancy.fillIfComplete(4, TODAY, NOW)).as("a filled vacancy is left as it is").isFalse();
    }
}
