package it.retelavoro.agenda;

import it.retelavoro.person.PersonId;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.SiteId;
import java.time.Instant;
import java.time.LocalDate;

/** What happens in the agenda, for the other modules (monitoring): ids and non-personal attributes only. */
public final class AgendaEvents {

    private AgendaEvents() {
    }

    /**
     * An appointment booked: its service, its mode (individual or group) and its start; the person's id when it is
     * a person's individual appointment (null for a company, a group session or a portal booking of someone not in
     * charge), never their data.
     */
    public record AppointmentBooked(AppointmentId appointmentId, SiteId siteId, OrganisationId organisationId,
            String service, String mode, Instant start, PersonId personId) {
    }

    /** A person booked in a group session (a seat taken). The person's id only, never their data. */
    public record ParticipantAdded(AppointmentId appointmentId, SiteId siteId, OrganisationId organisationId,
            PersonId personId) {
    }

    /** An appointment moved from one start to another, at {@code movedAt} (the latest move wins). */
    public record AppointmentMoved(AppointmentId appointmentId, SiteId siteId, OrganisationId organisationId,
            Instant from, Instant to, Instant movedAt) {
    }

    /** An appointment cancelled. */
    public record AppointmentCancelled(AppointmentId appointmentId, SiteId siteId, OrganisationId organisationId) {
    }

    /**
     * A person convoked to an appointment: the channel, when the convocation was sent and the appointment's start
     * (for the days from the DID to the first appointment). The person's id only, never their data.
     */
    public record ConvocationSent(ConvocationId convocationId, AppointmentId appointmentId, SiteId siteId,
            OrganisationId organisationId, PersonId personId, String channel, Instant sentAt, Instant start) {
    }

    /**
     * Whether a person came to an appointment: the outcome, whether they had been convoked to it, its day and when it
     * was recorded (a justification later replaces an absence: the latest record wins). The person's id only, never
     * their data.
     */
    public record AttendanceRecorded(AppointmentId appointmentId, SiteId siteId, OrganisationId organisationId,
            PersonId personId, String outcome, boolean convoked, LocalDate day, Instant recordedAt) {
    }
}
