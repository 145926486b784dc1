package it.retelavoro.interop.co;

import it.retelavoro.interop.CoEmploymentId;
import it.retelavoro.interop.CoEvents.CoAttached;
import it.retelavoro.person.PersonEvents.PersonRegistered;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.PersonRegistry;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A communication received for a worker not in the registry is kept with the normalised codice fiscale; when a
 * person with that code is registered, their communications and employments are joined to them in the transaction
 * that registers them (a plain listener, as pathway's {@code PersonsInCharge}): the person's work history is
 * complete the moment their page can be opened. Publishes {@link CoAttached} when something was joined.
 */
@Component
class CoAttachment {

    private final PersonRegistry persons;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    CoAttachment(PersonRegistry persons, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.persons = persons;
        this.jdbc = jdbc;
        this.events = events;
    }

    @EventListener
    void on(PersonRegistered event) {
        persons.fiscalCodeKey(event.personId()).ifPresent(key -> {
            List<String> codes = attachCommunications(key, event.personId());
            List<CoEmploymentId> employments = attachEmployments(key, event.personId());
            if (!codes.isEmpty() || !employments.isEmpty()) {
                events.publishEvent(new CoAttached(event.personId(), employments, codes));
            }
        });
    }

    /** The communications of the worker received before their registration, joined to the person: their codes. */
    private List<String> attachCommunications(String workerFiscalCode, PersonId person) {
        return jdbc.sql("""
                update interop_co_communication set person_id = :person
                 where worker_fiscal_code = :worker and person_id is null returning code""")
                .param("person", person.value()).param("worker", workerFiscalCode).query(String.class).list();
    }

    /** The employments of the worker made before their registration, joined to the person. */
    private List<CoEmploymentId> attachEmployments(String workerFiscalCode, PersonId person) {
        return jdbc.sql("""
                update interop_co_employment set person_id = :person
                 where worker_fiscal_code = :worker and person_id is null returning id""")
                .param("person", person.value()).param("worker", workerFiscalCode).query(UUID.class).list()
                .stream().map(CoEmploymentId::new).toList();
    }
}
