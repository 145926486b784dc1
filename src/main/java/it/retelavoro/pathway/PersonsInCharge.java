package it.retelavoro.pathway;

import it.retelavoro.person.PersonEvents.PersonRegistered;
import it.retelavoro.person.PersonEvents.PersonTransferred;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.person.PersonId;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pathway's copy of who has each person in charge ({@code pathway_person_in_charge}), beside where each person
 * stands ({@code pathway_desk_state}, whose triggers follow it), so that the desk counts and pages a caseload
 * filtered on the pathway from one index. Kept from the person module's events in the transaction that publishes
 * them (a plain listener, not an asynchronous one): a list read after a registration or a transfer shows it. A
 * taking over is published as a transfer too.
 */
@Component
class PersonsInCharge {

    private final JdbcClient jdbc;

    PersonsInCharge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PersonRegistered event) {
        keep(event.personId(), event.organisationId());
    }

    @EventListener
    void on(PersonTransferred event) {
        keep(event.personId(), event.to());
    }

    private void keep(PersonId person, OrganisationId organisation) {
        jdbc.sql("""
                insert into pathway_person_in_charge (person_id, organisation_id) values (:person, :organisation)
                on conflict (person_id) do update set organisation_id = excluded.organisation_id
                 where pathway_person_in_charge.organisation_id <> excluded.organisation_id""")
                .param("person", person.value()).param("organisation", organisation.value()).update();
    }
}
