package it.retelavoro.pathway;

import static it.retelavoro.pathway.PathwayBuilders.CPI;
import static it.retelavoro.pathway.PathwayBuilders.DAY;
import static it.retelavoro.pathway.PathwayBuilders.NOW;
import static it.retelavoro.pathway.PathwayBuilders.OPERATOR;
import static it.retelavoro.pathway.PathwayBuilders.aCertifiedDid;
import static it.retelavoro.pathway.PathwayBuilders.aDeclaredDid;
import static it.retelavoro.pathway.PathwayBuilders.aPerson;
import static it.retelavoro.pathway.PathwayBuilders.aRevokedDid;
import static it.retelavoro.pathway.PathwayBuilders.aSuspendedDid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.retelavoro.pathway.PathwayEvents.DidCertified;
import it.retelavoro.pathway.PathwayEvents.DidDeclared;
import it.retelavoro.pathway.PathwayEvents.DidReinstated;
import it.retelavoro.pathway.PathwayEvents.DidRevoked;
import it.retelavoro.pathway.PathwayEvents.DidSuspended;
import it.retelavoro.person.PersonId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The changes of state of a DID: each allowed only from the states the rule names, each with its event. */
class DidTransitionsTest {

    private final PersonId person = aPerson();
    private final LocalDate later = DAY.plusDays(10);

    @Test
    void a_did_received_by_a_cpi_is_declared_and_registers_its_declaration() {
        Did did = aDeclaredDid(person, DAY);

        assertThat(did.state()).isEqualTo(DidState.DECLARED);
        assertThat(did.pendingEvents()).containsExactly(
                new DidDeclared(did.id(), person, CPI, DidChannel.CPI_COUNTER, DAY));
    }

    @Test
    void a_declared_did_is_certified_and_registers_the_certification() {
        Did did = aDeclaredDid(person, DAY);

        did.certify(later, CPI, OPERATOR, NOW);

        assertThat(did.state()).isEqualTo(DidState.CERTIFIED);
        assertThat(did.certifiedOn()).contains(later);
        assertThat(did.pendingEvents()).last().isEqualTo(new DidCertified(did.id(), person, CPI, later));
    }

    @Test
    void refuses_to_certify_a_did_already_certified_suspended_or_revoked() {
        for (Did did : new Did[] {aCertifiedDid(person, DAY), aSuspendedDid(person, DAY), aRevokedDid(person, DAY)}) {
            int events = did.pendingEvents().size();
            assertThat(did.canBeCertified()).isFalse();
            assertThatThrownBy(() -> did.certify(later, CPI, OPERATOR, NOW)).isInstanceOf(IllegalStateException.class);
            assertThat(did.pendingEvents()).hasSize(events);
        }
    }

    @Test
    void a_certified_did_is_suspended_and_registers_the_suspension_with_its_reason_in_the_history() {
        Did did = aCertifiedDid(person, DAY);

        did.suspend(later, "Lavoro breve", CPI, OPERATOR, NOW);

        assertThat(did.state()).isEqualTo(DidState.SUSPENDED);
        assertThat(did.history()).last().extracting(Did.DidEvent::reason).isEqualTo("Lavoro breve");
        assertThat(did.lastChangedOn()).isEqualTo(later);
        assertThat(did.pendingEvents()).last().isEqualTo(new DidSuspended(did.id(), person, CPI, later));
    }

    @Test
    void refuses_to_suspend_a_did_not_certified() {
        for (Did did : new Did[] {aDeclaredDid(person, DAY), aSuspendedDid(person, DAY), aRevokedDid(person, DAY)}) {
            assertThat(did.canBeSuspended()).isFalse();
            assertThatThrownBy(() -> did.suspend(later, "x", CPI, OPERATOR, NOW))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void a_suspended_did_is_reinstated_certified_again_keeping_its_first_certification() {
        Did did = aSuspendedDid(person, DAY);

        did.reinstate(later, "Fine del lavoro", CPI, OPERATOR, NOW);

        assertThat(did.state()).isEqualTo(DidState.CERTIFIED);
        assertThat(did.certifiedOn()).contains(DAY);
        assertThat(did.pendingEvents()).last().isEqualTo(new DidReinstated(did.id(), person, CPI, later));
    }

    @Test
    void refuses_to_reinstate_a_did_not_suspended() {
        for (Did did : new Did[] {aDeclaredDid(person, DAY), aCertifiedDid(person, DAY), aRevokedDid(person, DAY)}) {
            assertThat(did.canBeReinstated()).isFalse();
            assertThatThrownBy(() -> did.reinstate(later, "x", CPI, OPERATOR, NOW))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void a_did_in_any_state_but_revoked_is_revoked_and_registers_the_revocation() {
        for (Did did : new Did[] {aDeclaredDid(person, DAY), aCertifiedDid(person, DAY), aSuspendedDid(person, DAY)}) {
            did.revoke(later, "Rinuncia", CPI, OPERATOR, NOW);

            assertThat(did.state()).isEqualTo(DidState.REVOKED);
            assertThat(did.pendingEvents()).last().isEqualTo(new DidRevoked(did.id(), person, CPI, later));
        }
    }

    @Test
    void refuses_to_revoke_a_did_already_revoked() {
        Did did = aRevokedDid(person, DAY);

        assertThat(did.canBeRevoked()).isFalse();
        assertThatThrownBy(() -> did.revoke(later, "x", CPI, OPERATOR, NOW)).isInstanceOf(IllegalStateException.class);
    }
}
