package it.retelavoro.pathway.web;

import it.retelavoro.catalogue.Violation;
import it.retelavoro.pathway.AdvisoryDisclosure;
import it.retelavoro.pathway.AdvisoryDisclosure.Sources;
import it.retelavoro.pathway.Delivery;
import it.retelavoro.pathway.DeliveryAdvisory;
import it.retelavoro.pathway.web.PathwayViews.AdvisoryView;
import it.retelavoro.pathway.web.PathwayViews.DeliveryView;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.CurrentUser;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The advisory findings as one caller may read them, for the API and the pages: a finding about a complex
 * target or the cultural mediation the caller may not see is shown restricted ({@link AdvisoryDisclosure}).
 */
@Component
class AdvisoryViews {

    /** The message of a restricted finding where no locale is at hand. */
    static final String RESTRICTED_PLACEHOLDER = "Avviso su una precondizione relativa a dati particolari della "
            + "persona: il dettaglio è visibile solo agli operatori abilitati.";
    static final String RESTRICTED_KEY = "pathway.advisory.restricted";

    private final AdvisoryDisclosure disclosure;
    private final MessageSource messages;

    AdvisoryViews(AdvisoryDisclosure disclosure, MessageSource messages) {
        this.disclosure = disclosure;
        this.messages = messages;
    }

    /** The JSON of the deliveries of one person (or of an anonymous visitor, when empty) for the caller. */
    Function<Delivery, DeliveryView> deliveries(Optional<PersonId> person, CurrentUser caller, Locale locale) {
        Sources sources = disclosure.sourcesFor(person, caller);
        return delivery -> DeliveryView.of(delivery, delivery.advisories().stream()
                .map(advisory -> view(advisory, sources, locale)).toList());
    }

    /** The findings of a check, as they would be recorded, for the caller. */
    List<AdvisoryView> findings(List<Violation> findings, PersonId person, CurrentUser caller, Locale locale) {
        Sources sources = disclosure.sourcesFor(Optional.of(person), caller);
        return findings.stream().map(DeliveryAdvisory::of).map(advisory -> view(advisory, sources, locale)).toList();
    }

    /** The advisories of a delivery for a page: each message, restricted where it must be. */
    List<AdvisoryView> ofDelivery(Delivery delivery, Sources sources, Locale locale) {
        return delivery.advisories().stream().map(advisory -> view(advisory, sources, locale)).toList();
    }

    Sources sourcesFor(Optional<PersonId> person, CurrentUser caller) {
        return disclosure.sourcesFor(person, caller);
    }

    private AdvisoryView view(DeliveryAdvisory advisory, Sources sources, Locale locale) {
        return sources.shows(advisory.sourceField()) ? AdvisoryView.of(advisory)
                : AdvisoryView.restricted(advisory, messages.getMessage(RESTRICTED_KEY, null, locale));
    }
}
