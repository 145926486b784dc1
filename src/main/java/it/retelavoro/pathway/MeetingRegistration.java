package it.retelavoro.pathway;

import it.retelavoro.catalogue.Catalogue;
import it.retelavoro.catalogue.Meeting;
import it.retelavoro.catalogue.RuleViolationException;
import it.retelavoro.catalogue.Verdict;
import it.retelavoro.pathway.PathwayCommands.DeliveryOutputs;
import it.retelavoro.pathway.PathwayCommands.DeliveryRequest;
import it.retelavoro.pathway.PathwayCommands.MeetingEntry;
import it.retelavoro.pathway.Sittings.Place;
import it.retelavoro.pathway.Sittings.Sitting;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers the further meetings of a delivery registered meeting by meeting (A.4: "percorso individuale
 * strutturato in più incontri", "almeno 2"). The first meeting opened the delivery; each further one is judged by
 * the rule engine with all the meetings so far, and the one that gives the delivery the meetings its scheda asks
 * completes it: only then is it delivered ({@code PersonServiceDelivered}, dated on that meeting) and counted.
 */
@Service
@Transactional
public class MeetingRegistration {

    private final PathwayAccess access;
    private final Sittings sittings;
    private final Catalogue catalogue;
    private final DeliveryRepository deliveries;

    MeetingRegistration(PathwayAccess access, Sittings sittings, Catalogue catalogue, DeliveryRepository deliveries) {
        this.access = access;
        this.sittings = sittings;
        this.catalogue = catalogue;
        this.deliveries = deliveries;
    }

    /**
     * Adds a meeting to a delivery in progress of a person the caller's organisation has in charge.
     *
     * @throws NotFoundException      no such delivery to a person
     * @throws ConflictException      the delivery is complete, or was registered by another organisation
     * @throws RuleViolationException the meeting breaks a rule of the repertorio (e.g. shorter than an hour)
     */
    public Delivery addMeeting(DeliveryId deliveryId, MeetingEntry entry, CurrentUser caller, Locale locale) {
        Delivery delivery = deliveries.findById(deliveryId).filter(found -> found.personId().isPresent())
                .orElseThrow(() -> new NotFoundException("delivery", deliveryId.value()));
        PersonId person = delivery.personId().orElseThrow();
        access.requireInChargeAndLock(person, caller);
        // read again under the person's lock: a concurrent meeting may have completed it
        delivery = deliveries.findById(deliveryId).orElseThrow();
        if (!caller.belongsTo(delivery.organisationId())) {
            throw new ConflictException("pathway.meeting.other-organisation", List.of(), null);
        }
        if (!delivery.inProgress()) {
            throw new ConflictException("pathway.meeting.delivery-complete", List.of(delivery.service()), null);
        }
        List<MeetingEntry> meetings = new ArrayList<>();
        delivery.meetingList().forEach(held -> meetings.add(new MeetingEntry(held.date(), held.minutes(), held.mode(),
                held.part())));
        meetings.add(entry);
        DeliveryRequest request = new DeliveryRequest(delivery.service(), delivery.mode(), delivery.date(), null, null,
                delivery.siteId(), null, delivery.togetherWith(), delivery.functions(), new DeliveryOutputs(null, null,
                        null, delivery.actionId().orElse(null), false, false), delivery.mediator().orElse(null),
                meetings, true, delivery.groupCall().orElse(null), delivery.programme().orElse(null));
        Place place = sittings.place(request, caller);
        Sitting sitting = sittings.prepare(person, request, place, caller);
        Verdict verdict = catalogue.ruleEngine(locale).check(sitting.check());
        RuleViolationException.throwIfForbidden(verdict);
        List<Meeting> judged = sitting.check().meetingList();
        delivery.addMeeting(judged.get(judged.size() - 1));
        Delivery saved = deliveries.save(delivery);
        access.done("PATHWAY_MEETING_ADD", person, "delivery=" + saved.id() + " meetings=" + saved.meetings()
                + (saved.inProgress() ? "" : " complete"));
        return saved;
    }
}
