package it.retelavoro.employer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VacancyStateTest {

    @Test
    void an_open_vacancy_may_be_suspended_filled_closed_or_expire() {
        assertThat(VacancyState.OPEN.canChangeTo(VacancyState.SUSPENDED)).isTrue();
        assertThat(VacancyState.OPEN.canChangeTo(VacancyState.FILLED)).isTrue();
        assertThat(VacancyState.OPEN.canChangeTo(VacancyState.CLOSED)).isTrue();
        assertThat(VacancyState.OPEN.canChangeTo(VacancyState.EXPIRED)).isTrue();
        assertThat(VacancyState.OPEN.canChangeTo(VacancyState.OPEN)).isFalse();
    }

    @Test
    void a_suspended_vacancy_may_reopen() {
        assertThat(VacancyState.SUSPENDED.canChangeTo(VacancyState.OPEN)).isTrue();
    }

    @Test
    void filled_closed_and_expired_are_final() {
        for (VacancyState state : new VacancyState[] {VacancyState.FILLED, VacancyState.CLOSED, VacancyState.EXPIRED}) {
            assertThat(state.isFinal()).as(state.name()).isTrue();
            for (VacancyState next : VacancyState.values()) {
                assertThat(state.canChangeTo(next)).as(state + " -> " + next).isFalse();
            }
        }
    }

    @Test
    void only_an_open_vacancy_accepts_candidates() {
        assertThat(VacancyState.OPEN.acceptsCandidates()).isTrue();
        assertThat(VacancyState.SUSPENDED.acceptsCandidates()).isFalse();
        assertThat(VacancyState.FILLED.acceptsCandidates()).isFalse();
    }

    @Test
    void the_size_class_follows_the_employees() {
        assertThat(SizeClass.ofEmployees(0)).isEqualTo(SizeClass.MICRO);
        assertThat(SizeClass.ofEmployees(9)).isEqualTo(SizeClass.MICRO);
        assertThat(SizeClass.ofEmployees(10)).isEqualTo(SizeClass.SMALL);
        assertThat(SizeClass.ofEmployees(249)).isEqualTo(SizeClass.MEDIUM);
        assertThat(SizeClass.ofEmployees(250)).isEqualTo(SizeClass.LARGE);
    }
}
