package it.retelavoro.agenda;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Site;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The appointments of a person as they see them in their own area (issue 17): those of the past year and every one
 * to come, individual or in a group session, with the site's address; and the cancellation of one of their own
 * individual appointments still to come (never a convocation of the CPI), which frees its time as an operator's cancellation does. Audited as
 * {@code APPOINTMENT_SELF_READ} and {@code APPOINTMENT_SELF_CANCEL}.
 */
@Service
@Transactional
public class OwnAppointments {

    /** How far back the area looks: a year. */
    private static final Duration PAST = Duration.ofDays(365);
    /** How far ahead: every appointment to come (the agenda books at most a few years ahead). */
    private static final Duration AHEAD = Duration.ofDays(365 * 50);

    private final AppointmentRepository appointments;
    private final NetworkManagement network;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;
    private final JdbcClient jdbc;

    OwnAppointments(AppointmentRepository appointments, NetworkManagement network, ApplicationEventPublisher events,
            MessageSource messages, AuditLog audit, Clock clock, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.appointments = appointments;
        this.network = network;
        this.events = events;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One appointment as the person reads it.
     *
     * @param typeKey     the message key of the kind of appointment
     * @param cancellable whether the person may cancel it: their own individual appointment, booked, still to come
     */
    public record OwnAppointment(AppointmentId id, String typeKey, Instant startsAt, Instant endsAt, String siteName,
            String siteAddress, AppointmentStatus status, boolean group, boolean cancellable) {
    }

    /** The person's appointments of the past year and all those to come, soonest first. */
    @Transactional(readOnly = true)
    public List<OwnAppointment> of(PersonId person) {
        Instant now = clock.instant();
        List<Appointment> held = appointments.findOfPerson(person, now.minus(PAST), now.plus(AHEAD));
        Set<UUID> convoked = convoked(held.stream().map(appointment -> appointment.id().value()).toList());
        List<OwnAppointment> found = held.stream().map(appointment -> view(appointment, person, now, convoked))
                .toList();
        if (!found.isEmpty()) {
            audit.success("APPOINTMENT_SELF_READ", "PERSON", person.value(), "rows=" + found.size());
        }
        return found;
    }

    /**
     * The person cancels one of their own individual appointments still to come.
     *
     * @throws NotFoundException     when the person has no such appointment
     * @throws InvalidInputException when it is past, cancelled, or a group session (the CPI's to change)
     */
    public void cancel(PersonId person, AppointmentId id) {
        Appointment appointment = appointments.findById(id)
                .filter(found -> found.personId().filter(person::equals).isPresent())
                .orElseThrow(() -> new NotFoundException("appointment", id));
        Instant now = clock.instant();
        if (!view(appointment, person, now, convoked(List.of(id.value()))).cancellable()) {
            throw InvalidInputException.of("appointment", "citizen.appointments.not-cancellable");
        }
        appointment.cancel(messages.getMessage("agenda.portal.cancelled-by-person", null, Locale.ITALIAN),
                Appointment.PORTAL, now);
        Appointment saved = appointments.save(appointment);
        events.publishEvent(new AgendaEvents.AppointmentCancelled(saved.id(), saved.siteId(), saved.organisationId()));
        audit.success("APPOINTMENT_SELF_CANCEL", "APPOINTMENT", saved.id());
    }

    /** Of the appointments, those a CPI convoked the person to: one query for the whole list. */
    private Set<UUID> convoked(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                select distinct appointment_id from agenda_convocation where appointment_id = any(:ids)""")
                .param("ids", ids.toArray(UUID[]::new)).query(UUID.class).list());
    }

    private OwnAppointment view(Appointment appointment, PersonId person, Instant now, Set<UUID> convoked) {
        Optional<Site> site = network.findSite(appointment.siteId());
        boolean own = appointment.personId().filter(person::equals).isPresent();
        // a convocation of the CPI (D.Lgs. 150/2015, art. 21: for a benefit recipient an absence has consequences) is
        // not the person's to cancel: they ask the CPI, which moves it or records the justified absence
        boolean cancellable = own && !appointment.isGroup() && appointment.status() == AppointmentStatus.BOOKED
                && appointment.startsAt().isAfter(now) && !convoked.contains(appointment.id().value());
        return new OwnAppointment(appointment.id(), "agenda.type." + appointment.type(), appointment.startsAt(),
                appointment.endsAt(), site.map(Site::name).orElse(""), site.map(Site::address).orElse(""),
                appointment.status(), appointment.isGroup(), cancellable);
    }
}
