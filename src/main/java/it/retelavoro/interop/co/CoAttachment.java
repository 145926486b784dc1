package it.retelavoro.interop.co;

import it.retelavoro.interop.CoEvents.CoAttached;
import it.retelavoro.person.PersonEvents.PersonRegistered;
import it.retelavoro.person.PersonRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
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
    private final CoStore store;
    private final ApplicationEventPublisher events;

    CoAttachment(PersonRegistry persons, CoStore store, ApplicationEventPublisher events) {
        this.persons = persons;
        this.store = store;
        this.events = events;
    }

    @EventListener
    void on(PersonRegistered event) {
        persons.fiscalCodeKey(event.personId()).ifPresent(key -> {
            CoStore.Attached attached = store.attach(key, event.personId());
            if (!attached.isEmpty()) {
                events.publishEvent(new CoAttached(event.personId(), attached.employments(), attached.codes()));
            }
        });
    }
}
