package it.retelavoro.portal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.retelavoro.employer.VacancyId;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.support.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FormTokensTest {

    static final Instant ISSUED = Instant.parse("2026-12-01T10:00:00Z");
    static final VacancyId VACANCY = new VacancyId(UUID.randomUUID());

    private final MovableClock clock = new MovableClock(ISSUED);
    private final FormTokens tokens = FormTokens.withKey(new byte[32], clock);

    @Test
    void a_form_sent_back_at_once_as_a_browser_autofills_it_is_not_refused_for_its_speed() {
        String token = tokens.issue(VACANCY, "session-a");
        assertThatCode(() -> tokens.verify(token, VACANCY, "session-a")).doesNotThrowAnyException();
    }

    @Test
    void a_token_is_good_for_one_hour() {
        String token = tokens.issue(VACANCY, "session-a");
        clock.set(ISSUED.plus(Duration.ofMinutes(60)));
        assertThatCode(() -> tokens.verify(token, VACANCY, "session-a")).doesNotThrowAnyException();
        clock.set(ISSUED.plus(Duration.ofMinutes(61)));
        assertThatThrownBy(() -> tokens.verify(token, VACANCY, "session-a"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_token_is_bound_to_its_vacancy_and_holder_and_cannot_be_forged() {
        String token = tokens.issue(VACANCY, "session-a");
        clock.set(ISSUED.plusSeconds(10));
        assertThatThrownBy(() -> tokens.verify(token, VACANCY, "session-b"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> tokens.verify(token, new VacancyId(UUID.randomUUID()), "session-a"))
                .isInstanceOf(InvalidInputException.class);
        String older = token.substring(0, token.indexOf('.') + 1) + (ISSUED.toEpochMilli() - 60_000)
                + token.substring(token.lastIndexOf('.'));
        assertThatThrownBy(() -> tokens.verify(older, VACANCY, "session-a"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> tokens.verify(null, VACANCY, "session-a"))
                .isInstanceOf(InvalidInputException.class);
    }
}
