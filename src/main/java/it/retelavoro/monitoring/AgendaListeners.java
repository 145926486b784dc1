package it.retelavoro.monitoring;

import it.retelavoro.agenda.AgendaEvents.AppointmentBooked;
import it.retelavoro.agenda.AgendaEvents.AppointmentCancelled;
import it.retelavoro.agenda.AgendaEvents.AppointmentMoved;
import it.retelavoro.agenda.AgendaEvents.AttendanceRecorded;
import it.retelavoro.agenda.AgendaEvents.ConvocationSent;
import it.retelavoro.agenda.AgendaEvents.ParticipantAdded;
import it.retelavoro.pathway.PathwayEvents.DidCertified;
import it.retelavoro.pathway.PathwayEvents.DidDeclared;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps monitoring's copy of the agenda and of the DIDs ({@code monitoring_appointment}, {@code _appointment_person},
 * {@code _convocation}, {@code _attendance}, {@code _did}) for the indicators of {@link AgendaIndicators}. Every
 * statement is idempotent, so a retried or duplicated event changes nothing; a move replaces only an older move, and an
 * attendance only an older record, so events handled out of order leave the latest state.
 * Listeners run after the publisher's commit, in publication order: a DID's declaration before its certification.
 */
@Component
class AgendaListeners {

    private final JdbcClient jdbc;
    private final Clock clock;

    AgendaListeners(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AppointmentBooked event) {
        jdbc.sql("""
                insert into monitoring_appointment (appointment_id, organisation_id, site_id, service, mode, starts_at,
                       start_day)
                values (:id, :organisation, :site, :service, :mode, :start, :day)
                on conflict (appointment_id) do nothing""")
                .param("id", event.appointmentId().value()).param("organisation", event.organisationId().value())
                .param("site", event.siteId().value()).param("service", event.service()).param("mode", event.mode())
                .param("start", Timestamp.from(event.start())).param("day", day(event.start())).update();
        if (event.personId() != null) {
            person(event.appointmentId().value(), event.personId().value());
        }
    }

    @ApplicationModuleListener
    void on(AppointmentMoved event) {
        // the latest move wins, whatever order the events are handled in
        int updated = jdbc.sql("""
                update monitoring_appointment set starts_at = :to, start_day = :day, moved_at = :moved
                 where appointment_id = :id and (moved_at is null or moved_at < :moved)""")
                .param("id", event.appointmentId().value()).param("to", Timestamp.from(event.to()))
                .param("day", day(event.to())).param("moved", Timestamp.from(event.movedAt())).update();
        if (updated == 0 && !exists(event.appointmentId().value())) {
            // its booking not copied yet (its listener failed and waits to be republished): this one waits too
            throw new IllegalStateException("appointment moved before its booking reached monitoring");
        }
    }

    @ApplicationModuleListener
    void on(AppointmentCancelled event) {
        int updated = jdbc.sql("update monitoring_appointment set cancelled = true where appointment_id = :id")
                .param("id", event.appointmentId().value()).update();
        if (updated == 0) {
            throw new IllegalStateException("appointment cancelled before its booking reached monitoring");
        }
    }

    @ApplicationModuleListener
    void on(ParticipantAdded event) {
        person(event.appointmentId().value(), event.personId().value());
    }

    @ApplicationModuleListener
    void on(ConvocationSent event) {
        jdbc.sql("""
                insert into monitoring_convocation (convocation_id, appointment_id, organisation_id, site_id, person_id,
                       channel, sent_on)
                values (:id, :appointment, :organisation, :site, :person, :channel, :sent)
                on conflict (convocation_id) do nothing""")
                .param("id", event.convocationId().value()).param("appointment", event.appointmentId().value())
                .param("organisation", event.organisationId().value()).param("site", event.siteId().value())
                .param("person", event.personId().value()).param("channel", event.channel())
                .param("sent", day(event.sentAt())).update();
        person(event.appointmentId().value(), event.personId().value());
    }

    @ApplicationModuleListener
    void on(AttendanceRecorded event) {
        jdbc.sql("""
                insert into monitoring_attendance (appointment_id, person_id, organisation_id, site_id, outcome,
                       convoked, day, recorded_at)
                values (:appointment, :person, :organisation, :site, :outcome, :convoked, :day, :recorded)
                on conflict (appointment_id, person_id) do update
                   set outcome = excluded.outcome, convoked = excluded.convoked, day = excluded.day,
                       recorded_at = excluded.recorded_at
                 where monitoring_attendance.recorded_at < excluded.recorded_at""")
                .param("appointment", event.appointmentId().value()).param("person", event.personId().value())
                .param("organisation", event.organisationId().value()).param("site", event.siteId().value())
                .param("outcome", event.outcome()).param("convoked", event.convoked()).param("day", event.day())
                .param("recorded", Timestamp.from(event.recordedAt())).update();
        person(event.appointmentId().value(), event.personId().value());
    }

    @ApplicationModuleListener
    void on(DidDeclared event) {
        jdbc.sql("""
                insert into monitoring_did (did_id, person_id, organisation_id, declared_on)
                values (:id, :person, :organisation, :declared)
                on conflict (did_id) do nothing""")
                .param("id", event.didId().value()).param("person", event.personId().value())
                .param("organisation", event.organisationId().value()).param("declared", event.date()).update();
    }

    @ApplicationModuleListener
    void on(DidCertified event) {
        // a DID declared before monitoring copied them (V16_5_1) has no row: it is not counted, as before
        jdbc.sql("update monitoring_did set cpi_id = :cpi where did_id = :id")
                .param("id", event.didId().value()).param("cpi", event.cpiId().value()).update();
    }

    private boolean exists(UUID appointment) {
        return jdbc.sql("select exists (select 1 from monitoring_appointment where appointment_id = :id)")
                .param("id", appointment).query(Boolean.class).single();
    }

    private void person(UUID appointment, UUID person) {
        jdbc.sql("""
                insert into monitoring_appointment_person (appointment_id, person_id) values (:appointment, :person)
                on conflict do nothing""").param("appointment", appointment).param("person", person).update();
    }

    private LocalDate day(Instant instant) {
        return instant.atZone(clock.getZone()).toLocalDate();
    }
}
