package it.retelavoro.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.retelavoro.person.PersonEvents.PersonTakenOver;
import it.retelavoro.person.PersonEvents.PersonTransferred;
import it.retelavoro.support.RegisteredEvents;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Taking over on the person's choice: "L'utente vi accede da qualsiasi punto della rete pubblico/privata regionale". */
class PersonTakeoverTest {

    @Test
    @DisplayName("«da qualsiasi punto della rete»: the chosen organisation has the person at once, both events registered")
    void a_taking_over_moves_the_person_and_tells_monitoring_and_the_previous_organisation() {
        Person person = PersonTest.aPerson();

        person.takeOverByChoice(PersonTest.CPI_CUNEO, PersonTest.TODAY.minusDays(2), PersonTest.TODAY);

        assertThat(person.inChargeOf()).isEqualTo(PersonTest.CPI_CUNEO);
        assertThat(RegisteredEvents.of(person, PersonTransferred.class)).containsExactly(
                new PersonTransferred(person.id(), PersonTest.CPI_TORINO, PersonTest.CPI_CUNEO, PersonTest.TODAY));
        assertThat(RegisteredEvents.of(person, PersonTakenOver.class)).containsExactly(new PersonTakenOver(
                person.id(), PersonTest.CPI_TORINO, PersonTest.CPI_CUNEO, PersonTest.TODAY.minusDays(2),
                PersonTest.TODAY));
    }

    @Test
    void the_organisation_in_charge_cannot_take_the_person_over_again() {
        Person person = PersonTest.aPerson();

        assertThatThrownBy(() -> person.takeOverByChoice(PersonTest.CPI_TORINO, PersonTest.TODAY, PersonTest.TODAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(RegisteredEvents.of(person, PersonTakenOver.class)).isEmpty();
    }
}
