package it.retelavoro.person;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.person.PersonEvents.PersonRegistered;
import it.retelavoro.person.PersonEvents.ProfileChanged;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.OrganisationKind;
import it.retelavoro.shared.Role;
import it.retelavoro.shared.UserId;
import it.retelavoro.support.TestDatabase;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;

/**
 * The person module on its own (with the modules it depends on, on the test PostgreSQL): its use cases and
 * the events they publish, without the modules that listen to them.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class PersonModuleTests {

    static final CurrentUser OPERATOR = new CurrentUser(new UserId(UUID.randomUUID()), "operatore.modulo",
            Role.OPERATOR, new OrganisationId(UUID.randomUUID()), OrganisationKind.CPI);
    static final LocalDate BORN = LocalDate.of(1988, 11, 3);

    @Autowired
    PersonRegistry registry;
    @Autowired
    PersonUpdates updates;

    static PersonRegistration aRegistration() {
        return new PersonRegistration(FiscalCodes.random(BORN, "M", "L219"), "Luca", "Bianchi", BORN, "M", "L219",
                "IT", new PersonDetails(new Address("Via Po 3", "L219"), null, null, null, null, false, null, null));
    }

    @Test
    void registering_a_person_publishes_PersonRegistered_with_the_dimensions_monitoring_counts_by(Scenario scenario) {
        scenario.stimulate(() -> registry.register(aRegistration(), OPERATOR))
                .andWaitForEventOfType(PersonRegistered.class)
                .matching(event -> event.organisationId().equals(OPERATOR.organisationId()))
                .toArriveAndVerify((event, person) -> {
                    assertThat(event.personId()).isEqualTo(person.id());
                    assertThat(event.birthYear()).isEqualTo(1988);
                    assertThat(event.sex()).isEqualTo(Sex.M);
                    assertThat(event.citizenshipGroup()).isEqualTo(PersonEvents.CitizenshipGroup.ITALIAN);
                    assertThat(event.residenceProvince()).isEqualTo("TO");
                });
    }

    @Test
    void a_change_of_profile_publishes_ProfileChanged(Scenario scenario) {
        Person person = registry.register(aRegistration(), OPERATOR);

        scenario.stimulate(() -> updates.update(person.id(), new PersonDetails(null, null, "011 555 1234", null,
                null, true, null, null), person.version(), OPERATOR))
                .andWaitForEventOfType(ProfileChanged.class)
                .matching(event -> event.personId().equals(person.id()))
                .toArriveAndVerify((event, updated) -> assertThat(updated.details().matchingConsent()).isTrue());
    }
}
