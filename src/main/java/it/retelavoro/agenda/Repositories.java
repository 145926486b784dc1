package it.retelavoro.agenda;

import it.retelavoro.person.PersonId;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AppointmentRepository extends ListCrudRepository<Appointment, AppointmentId> {

    /** The appointments of the site that overlap [from, to), booked or cancelled, by start (the older first at the same start). */
    @Query("""
            select * from agenda_appointment where site_id = :site and starts_at < :to and ends_at > :from
             order by starts_at, created_at, id""")
    List<Appointment> findAtSite(SiteId site, Instant from, Instant to);

    /** The appointments of the operator, at any site, that overlap [from, to), by start. */
    @Query("""
            select * from agenda_appointment where operator_id = :operator and starts_at < :to and ends_at > :from
             order by starts_at, created_at, id""")
    List<Appointment> findOfOperator(UserId operator, Instant from, Instant to);

    /** The appointments of the person, their own or as a participant of a group session, overlapping [from, to). */
    @Query("""
            select * from agenda_appointment a
             where (a.person_id = :person
                    or exists (select 1 from agenda_participant p where p.appointment_id = a.id
                                  and p.person_id = :person))
               and a.starts_at < :to and a.ends_at > :from
             order by a.starts_at, a.created_at, a.id""")
    List<Appointment> findOfPerson(PersonId person, Instant from, Instant to);
}

interface AvailabilityRepository extends ListCrudRepository<Availability, AvailabilityId> {

    @Query("select * from agenda_availability where site_id = :site order by weekday, starts, operator_id")
    List<Availability> findBySite(SiteId site);

    @Query("select * from agenda_availability where operator_id = :operator order by weekday, starts, site_id")
    List<Availability> findByOperator(UserId operator);

    /** An operator's windows at a site on a weekday (ISO, 1 = Monday): what a booking is checked against. */
    @Query("""
            select * from agenda_availability where operator_id = :operator and site_id = :site and weekday = :weekday
             order by starts""")
    List<Availability> findOfOperatorAt(UserId operator, SiteId site, int weekday);
}

interface ClosureRepository extends ListCrudRepository<Closure, ClosureId> {

    /** The site's closures and the absences of the operators who receive there, that overlap [from, to). */
    @Query("""
            select * from agenda_closure
             where (site_id = :site
                    or operator_id in (select operator_id from agenda_availability where site_id = :site))
               and starts_at < :to and ends_at > :from
             order by starts_at""")
    List<Closure> findOverlapping(SiteId site, Instant from, Instant to);
}

interface ConvocationRepository extends ListCrudRepository<Convocation, ConvocationId> {

    @Query("select * from agenda_convocation where appointment_id = :appointment order by created_at, id")
    List<Convocation> findByAppointment(AppointmentId appointment);

    @Query("select * from agenda_convocation where appointment_id = :appointment and person_id = :person")
    Optional<Convocation> findByAppointmentAndPerson(AppointmentId appointment, PersonId person);
}

interface AttendanceRepository extends ListCrudRepository<Attendance, UUID> {

    @Query("select * from agenda_attendance where appointment_id = :appointment order by recorded_at, id")
    List<Attendance> findByAppointment(AppointmentId appointment);

    @Query("select * from agenda_attendance where appointment_id = :appointment and person_id = :person")
    Optional<Attendance> findByAppointmentAndPerson(AppointmentId appointment, PersonId person);
}
