package it.retelavoro.pathway;

import static it.retelavoro.pathway.PathwayBuilders.DAY;
import static it.retelavoro.pathway.PathwayBuilders.aPact;
import static it.retelavoro.pathway.PathwayBuilders.aPerson;
import static it.retelavoro.pathway.PathwayBuilders.aPlan;
import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.person.PersonId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One signed Patto, and one signed PAI, in force: a new signature supersedes it, a refusal nothing. */
class SupersessionTest {

    private final PersonId person = aPerson();

    @Test
    void a_signed_pact_supersedes_the_one_in_force_only() {
        Pact refused = aPact(person, Outcome.REFUSED, DAY);
        Pact inForce = aPact(person, Outcome.SIGNED, DAY.plusDays(1));
        Pact newer = aPact(person, Outcome.SIGNED, DAY.plusDays(30));

        List<Pact> superseded = newer.supersede(List.of(refused, inForce));

        assertThat(superseded).containsExactly(inForce);
        assertThat(inForce.isInForce()).isFalse();
        assertThat(newer.isInForce()).isTrue();
        assertThat(refused.isSigned()).isFalse();
    }

    @Test
    void a_refused_pact_supersedes_nothing() {
        Pact inForce = aPact(person, Outcome.SIGNED, DAY);
        Pact refused = aPact(person, Outcome.REFUSED, DAY.plusDays(30));

        assertThat(refused.supersede(List.of(inForce))).isEmpty();
        assertThat(inForce.isInForce()).isTrue();
        assertThat(refused.isInForce()).isFalse();
    }

    @Test
    void a_signed_plan_supersedes_the_one_in_force_and_a_refused_one_nothing() {
        ActionPlan inForce = aPlan(person, Outcome.SIGNED, DAY);
        ActionPlan refused = aPlan(person, Outcome.REFUSED, DAY.plusDays(10));

        assertThat(refused.supersede(List.of(inForce))).isEmpty();
        assertThat(inForce.isInForce()).isTrue();

        ActionPlan newer = aPlan(person, Outcome.SIGNED, DAY.plusDays(30));
        assertThat(newer.supersede(List.of(inForce, refused))).containsExactly(inForce);
        assertThat(inForce.isInForce()).isFalse();
        assertThat(newer.isInForce()).isTrue();
    }

    @Test
    void a_first_signature_supersedes_nothing() {
        assertThat(aPact(person, Outcome.SIGNED, DAY).supersede(List.of())).isEmpty();
        assertThat(aPlan(person, Outcome.SIGNED, DAY).supersede(List.of())).isEmpty();
    }
}
