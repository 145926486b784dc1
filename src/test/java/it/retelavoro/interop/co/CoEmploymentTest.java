package it.retelavoro.interop.co;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.interop.CoEmploymentId;
import it.retelavoro.interop.CoEvents.EventKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The employment a list of communications tells, folded in their order whatever order they are given in. */
class CoEmploymentTest {

    private static final CoEmploymentId ID = CoEmploymentId.random();
    private static final Predicate<String> OPEN_ENDED = "A.01.00"::equals;
    private static final LocalDate START = LocalDate.of(2024, 3, 4);

    private static CoCommunication communication(String code, String type, EventKind kind, LocalDate eventDate,
            LocalDate start, LocalDate end, String contract, String workingTime, String cause, int minute) {
        return new CoCommunication(code, type, kind, eventDate, start, end, contract, workingTime,
                kind == EventKind.HIRE ? "6.2.1.3.1" : null, kind == EventKind.TRANSFORMATION ? "DI" : null, cause,
                "01234567890", "OFFICINE ESEMPIO SRL", "25.62.00", "F952", null, null, "RSSMRA85T50L219X", "L219",
                null, Instant.parse("2024-03-01T10:00:00Z").plusSeconds(60L * minute));
    }

    private static CoCommunication hire(String code, LocalDate end, int minute) {
        return communication(code, "01", EventKind.HIRE, START, START, end, "A.02.00", "P", null, minute);
    }

    private static CoEmployment fold(CoCommunication... communications) {
        return CoEmployment.fold(ID, List.of(communications), OPEN_ENDED).orElseThrow();
    }

    @Test
    void a_hire_gives_the_employment_and_an_extension_moves_its_end() {
        CoEmployment hired = fold(hire("1", LocalDate.of(2024, 9, 30), 0));
        assertThat(hired.startDate()).isEqualTo(START);
        assertThat(hired.endDate()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(hired.contractTypeCode()).isEqualTo("A.02.00");
        assertThat(hired.workingTimeCode()).isEqualTo("P");
        assertThat(hired.occupationCode()).isEqualTo("6.2.1.3.1");

        LocalDate extended = LocalDate.of(2025, 3, 31);
        CoEmployment extendedEmployment = fold(communication("2", "01", EventKind.EXTENSION, extended, START,
                extended, null, null, null, 5), hire("1", LocalDate.of(2024, 9, 30), 0));
        assertThat(extendedEmployment.endDate()).isEqualTo(extended);
        assertThat(extendedEmployment.contractTypeCode()).isEqualTo("A.02.00");
    }

    @Test
    void a_transformation_to_an_open_ended_contract_removes_the_end_and_a_cessation_sets_it_with_its_cause() {
        LocalDate transformed = LocalDate.of(2024, 9, 1);
        CoCommunication transformation = communication("2", "01", EventKind.TRANSFORMATION, transformed, START,
                null, "A.01.00", "F", null, 5);
        CoEmployment open = fold(hire("1", LocalDate.of(2024, 9, 30), 0), transformation);
        assertThat(open.endDate()).isNull();
        assertThat(open.contractTypeCode()).isEqualTo("A.01.00");
        assertThat(open.workingTimeCode()).isEqualTo("F");

        LocalDate ceased = LocalDate.of(2025, 1, 31);
        CoEmployment closed = fold(hire("1", LocalDate.of(2024, 9, 30), 0), transformation,
                communication("3", "01", EventKind.CESSATION, ceased, null, ceased, null, null, "LI", 9));
        assertThat(closed.endDate()).isEqualTo(ceased);
        assertThat(closed.cessationDate()).isEqualTo(ceased);
        assertThat(closed.cessationCauseCode()).isEqualTo("LI");
        assertThat(closed.contractTypeCode()).isEqualTo("A.01.00");
    }

    @Test
    void a_transformation_to_another_fixed_term_keeps_the_end() {
        CoEmployment employment = fold(hire("1", LocalDate.of(2024, 9, 30), 0), communication("2", "01",
                EventKind.TRANSFORMATION, LocalDate.of(2024, 5, 1), START, null, "A.02.01", null, null, 5));
        assertThat(employment.endDate()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(employment.contractTypeCode()).isEqualTo("A.02.01");
        assertThat(employment.workingTimeCode()).isEqualTo("P");
    }

    @Test
    void a_hire_counts_first_even_when_sent_after_what_happened_to_it() {
        LocalDate ceased = LocalDate.of(2024, 6, 15);
        CoEmployment employment = fold(communication("2", "01", EventKind.CESSATION, ceased, null, ceased, null,
                null, "LI", 0), hire("1", LocalDate.of(2024, 9, 30), 30));
        assertThat(employment.endDate()).isEqualTo(ceased);
        assertThat(employment.startDate()).isEqualTo(START);
    }

    @Test
    void without_the_hire_the_history_starts_from_what_later_communications_repeat() {
        LocalDate extended = LocalDate.of(2025, 3, 31);
        CoEmployment employment = fold(communication("2", "01", EventKind.EXTENSION, extended, START, extended,
                "A.02.00", null, null, 0));
        assertThat(employment.startDate()).isEqualTo(START);
        assertThat(employment.endDate()).isEqualTo(extended);
    }

    @Test
    void nothing_is_left_when_only_cancellations_remain() {
        assertThat(CoEmployment.fold(ID, List.of(communication("9", "04", EventKind.HIRE, START, START, null,
                "A.02.00", "P", null, 0)), OPEN_ENDED)).isEmpty();
        assertThat(CoEmployment.fold(ID, List.of(), OPEN_ENDED)).isEmpty();
    }
}
