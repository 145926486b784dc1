package it.retelavoro.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.catalogue.CancellationPolicy.Act;
import it.retelavoro.catalogue.CancellationPolicy.Dependent;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.OrganisationKind;
import it.retelavoro.shared.Role;
import it.retelavoro.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The cancellation of an act registered by mistake. The repertorio asks the network to "garantire la
 * trasparenza e la tracciabilità dei servizi di politica attiva": an act is never deleted, and the rule
 * engine judges the later acts without a cancelled one, so an act that opened the way to a later one cannot
 * be cancelled first.
 */
class CancellationPolicyTest {

    static final OrganisationId CPI = OrganisationId.random();
    static final Instant REGISTERED = Instant.parse("2026-03-02T09:00:00Z");
    static final CurrentUser OPERATOR = new CurrentUser(UserId.random(), "cpi.torino", Role.OPERATOR, CPI,
            OrganisationKind.CPI);
    static final CurrentUser SUPERVISOR = new CurrentUser(UserId.random(), "supervisore.torino", Role.OPERATOR, CPI,
            OrganisationKind.CPI, true);

    static Act anA2(List<Dependent> dependents) {
        return new Act(Optional.of(ServiceCode.A2), CPI, REGISTERED, dependents);
    }

    @Test
    @DisplayName("tracciabilità: within 30 days of its registration an operator of the organisation cancels an act")
    void within_the_window_an_operator_cancels() {
        Verdict verdict = CancellationPolicy.judge(anA2(List.of()), OPERATOR, REGISTERED.plus(Duration.ofDays(30)),
                Locale.ITALIAN);

        assertThat(verdict.isAllowed()).isTrue();
    }

    @Test
    @DisplayName("after 30 days from its registration only a supervisor of the organisation cancels an act")
    void after_the_window_only_a_supervisor_cancels() {
        Instant later = REGISTERED.plus(Duration.ofDays(30)).plusSeconds(1);

        Verdict refused = CancellationPolicy.judge(anA2(List.of()), OPERATOR, later, Locale.ITALIAN);
        assertThat(refused.codes()).containsExactly(ViolationCode.CANCELLATION_WINDOW_PASSED);
        assertThat(refused.violations().get(0).message()).contains("30 giorni").contains("supervisore");
        assertThat(refused.violations().get(0).source().field()).isEqualTo("annullamento");

        assertThat(CancellationPolicy.judge(anA2(List.of()), SUPERVISOR, later, Locale.ITALIAN).isAllowed()).isTrue();
    }

    @Test
    @DisplayName("\"L'utente vi accede dopo il servizio di presa in carico e la firma del Patto di Servizio\" (A.3): "
            + "the A.2 whose Patto opened an A.3 is not cancelled, and the refusal names the A.3")
    void an_act_a_later_one_depends_on_is_refused_naming_it() {
        UUID a3 = UUID.randomUUID();
        Dependent dependent = new Dependent(ServiceCode.A3, LocalDate.of(2026, 3, 9), a3);

        Verdict verdict = CancellationPolicy.judge(anA2(List.of(dependent)), SUPERVISOR, REGISTERED, Locale.ITALIAN);

        assertThat(verdict.codes()).containsExactly(ViolationCode.CANCELLATION_DEPENDENT_ACT);
        assertThat(verdict.violations().get(0).message()).contains("(A.3)").contains("09/03/2026")
                .contains(a3.toString());
        assertThat(verdict.violations().get(0).source().service()).contains(ServiceCode.A2);
    }

    @Test
    @DisplayName("only an operator of the organisation that registered the act may cancel it")
    void only_the_registering_organisation_cancels() {
        assertThat(CancellationPolicy.mayCancel(OPERATOR, CPI)).isTrue();
        assertThat(CancellationPolicy.mayCancel(OPERATOR, OrganisationId.random())).isFalse();
        assertThat(CancellationPolicy.mayCancel(new CurrentUser(UserId.random(), "regione", Role.ANALYST, CPI,
                OrganisationKind.REGION), CPI)).isFalse();
    }
}
