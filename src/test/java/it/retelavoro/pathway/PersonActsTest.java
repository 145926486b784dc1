package it.retelavoro.pathway;

import static it.retelavoro.pathway.PathwayBuilders.DAY;
import static it.retelavoro.pathway.PathwayBuilders.OPERATOR;
import static it.retelavoro.pathway.PathwayBuilders.aDelivery;
import static it.retelavoro.pathway.PathwayBuilders.aPact;
import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.catalogue.CancellationPolicy.Dependent;
import it.retelavoro.catalogue.CatalogueVersions;
import it.retelavoro.catalogue.RuleEngine;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.Cancellation;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The history the rule engine judges by leaves the cancelled acts out; the acts that relied on one are named. */
class PersonActsTest {

    static final RuleEngine ENGINE = new RuleEngine(
            CatalogueVersions.loadFromClasspath(PersonActsTest.class.getClassLoader()), Locale.ITALIAN);
    static final PersonId PERSON = PathwayBuilders.aPerson();

    @Test
    @DisplayName("A.3 \"vi accede dopo il servizio di presa in carico e la firma del Patto di Servizio\": the A.3 "
            + "depends on the A.2 and its Patto, and is named")
    void the_a3_depends_on_the_a2_whose_pact_opened_it() {
        Pact pact = aPact(PERSON, Outcome.SIGNED, DAY);
        Delivery a2 = aDelivery(PERSON, ServiceCode.A2, DAY);
        Delivery a3 = aDelivery(PERSON, ServiceCode.A3, DAY.plusDays(7));
        PersonActs acts = new PersonActs(List.of(a2, a3), List.of(pact), List.of());

        List<Dependent> dependents = acts.dependents(Set.of(a2.id(), pact.id()), DAY, ENGINE);

        assertThat(dependents).extracting(Dependent::what, Dependent::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ServiceCode.A3, a3.id().value()));
        assertThat(acts.dependents(Set.of(a3.id()), a3.date(), ENGINE)).isEmpty();
    }

    @Test
    @DisplayName("an A.3 that an earlier A.2 and Patto also open does not depend on a later A.2")
    void a_later_a2_is_not_needed_when_an_earlier_one_opened_the_way() {
        Pact first = aPact(PERSON, Outcome.SIGNED, DAY);
        Delivery firstA2 = aDelivery(PERSON, ServiceCode.A2, DAY);
        Pact second = aPact(PERSON, Outcome.SIGNED, DAY.plusDays(1));
        Delivery secondA2 = aDelivery(PERSON, ServiceCode.A2, DAY.plusDays(1));
        Delivery a3 = aDelivery(PERSON, ServiceCode.A3, DAY.plusDays(7));
        PersonActs acts = new PersonActs(List.of(firstA2, secondA2, a3), List.of(first, second), List.of());

        assertThat(acts.dependents(Set.of(secondA2.id(), second.id()), secondA2.date(), ENGINE)).isEmpty();
    }

    @Test
    @DisplayName("a cancelled delivery and a cancelled Patto are no part of the history")
    void cancelled_acts_leave_the_history() {
        Pact pact = aPact(PERSON, Outcome.SIGNED, DAY);
        Delivery a2 = aDelivery(PERSON, ServiceCode.A2, DAY);
        PersonActs acts = new PersonActs(List.of(a2), List.of(pact), List.of());
        assertThat(acts.history().received(ServiceCode.A2, DAY)).isTrue();

        a2.cancel(new Cancellation("Registrata sulla persona sbagliata", Instant.now(), OPERATOR));
        pact.cancel(new Cancellation("Registrata sulla persona sbagliata", Instant.now(), OPERATOR));

        assertThat(acts.history().received(ServiceCode.A2, DAY)).isFalse();
        assertThat(acts.history().deliveries()).isEmpty();
        assertThat(acts.history().conditionsMet()).isEmpty();
        assertThat(pact.isInForce()).isFalse();
    }
}
