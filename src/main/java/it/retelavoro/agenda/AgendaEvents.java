package it.retelavoro.agenda;

import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.SiteId;
import java.time.Instant;

/** What happens in the agenda, for the other modules (monitoring): ids and non-personal attributes only. */
public final class AgendaEvents {

    private AgendaEvents() {
    }

    /** An appointment booked: its service, its mode (individual or group) and its start. */
    public record AppointmentBooked(AppointmentId appointmentId, SiteId siteId, OrganisationId organisationId,
            String service, String mode, Instant start) {
    }

    /** An appointment moved from one start to another. */
    public record AppointmentMoved(AppointmentId appointmentId, SiteId siteId, OrganisationId organisationId,
            Instant from, Instant to) {
    }

    /** An appointment cancelled. */
    public record AppointmentCancelled(AppointmentId appointmentId, SiteId siteId, OrganisationId organisationId) {
    }
}
