package it.retelavoro.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.retelavoro.person.PersonEvents.CitizenshipGroup;
import it.retelavoro.person.PersonEvents.PersonRegistered;
import it.retelavoro.person.PersonEvents.PersonTransferred;
import it.retelavoro.person.PersonEvents.ProfileChanged;
import it.retelavoro.support.RegisteredEvents;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules of the person aggregate, without Spring: its changes and the events they register. */
class PersonTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final OrganisationId CPI_TORINO = new OrganisationId(UUID.randomUUID());
    static final OrganisationId CPI_CUNEO = new OrganisationId(UUID.randomUUID());

    /** A person registered by the CPI of Torino today, with nothing but the identity. */
    static Person aPerson() {
        LocalDate born = LocalDate.of(1990, 5, 17);
        return Person.register(new FiscalCode(FiscalCodes.random(born, "F", "L219")), " Maria  Luisa ", "Rossi",
                born, Sex.F, "L219", "IT", PersonDetails.none(), CPI_TORINO, new UserId(UUID.randomUUID()),
                Instant.parse("2026-03-02T09:00:00Z"),
                new Person.Registration(TODAY, CitizenshipGroup.ITALIAN, "TO"));
    }

    @Test
    void a_registration_registers_the_person_with_the_dimensions_monitoring_counts_by() {
        Person person = aPerson();

        assertThat(person.firstName()).isEqualTo("Maria Luisa");
        assertThat(person.isInChargeOf(CPI_TORINO)).isTrue();
        assertThat(RegisteredEvents.of(person)).containsExactly(new PersonRegistered(person.id(), CPI_TORINO,
                TODAY, Sex.F, 1990, CitizenshipGroup.ITALIAN, null, "TO"));
    }

    @Test
    void an_update_replaces_the_details_and_registers_a_profile_change() {
        Person person = aPerson();
        person.update(new PersonDetails(new Address("Via Roma 1", "l219"), null, " 011 123456 ", "", null, false,
                null, Profile.empty()));

        assertThat(person.details().residence()).isEqualTo(new Address("Via Roma 1", "L219"));
        assertThat(person.details().phone()).isEqualTo("011 123456");
        assertThat(person.details().email()).isNull();
        assertThat(RegisteredEvents.of(person, ProfileChanged.class)).containsExactly(new ProfileChanged(person.id()));
    }

    @Test
    void a_transfer_hands_the_person_to_the_other_organisation_and_registers_it() {
        Person person = aPerson();
        person.transferTo(CPI_CUNEO, TODAY);

        assertThat(person.inChargeOf()).isEqualTo(CPI_CUNEO);
        assertThat(person.isInChargeOf(CPI_TORINO)).isFalse();
        assertThat(RegisteredEvents.of(person, PersonTransferred.class))
                .containsExactly(new PersonTransferred(person.id(), CPI_TORINO, CPI_CUNEO, TODAY));
    }

    @Test
    void refuses_a_transfer_to_the_organisation_in_charge() {
        Person person = aPerson();

        assertThatThrownBy(() -> person.transferTo(CPI_TORINO, TODAY)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RegisteredEvents.of(person, PersonTransferred.class)).isEmpty();
    }
}
