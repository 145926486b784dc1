/**
 * The agenda of the sites (issue 16): each operator's weekly hours at a site with their exceptions (an operator
 * away, a site closed), the kinds of appointment the catalogue allows (a service in the individual or group mode,
 * its minimum length), the free slots, and the appointments booked, moved and cancelled with a reason, for a person
 * in charge, a company served or a group session in the site's classroom. The database refuses an operator or a
 * classroom booked twice (exclusion constraints on the time ranges).
 *
 * <p>The API, for the other modules: {@link it.retelavoro.agenda.Appointments} ({@code book}, {@code reschedule},
 * {@code cancel}, {@code appointments}), {@link it.retelavoro.agenda.Slots} ({@code free}),
 * {@link it.retelavoro.agenda.AgendaHours} ({@code addHours}, {@code hours}, {@code close}),
 * {@link it.retelavoro.agenda.Convocations} ({@code convoke}, the letter, the calendar file; the reminders), the kinds of
 * appointment {@link it.retelavoro.agenda.AppointmentTypes}; the events in
 * {@link it.retelavoro.agenda.AgendaEvents} (ids and non-personal attributes only).
 *
 * <p>Upstream it asks {@code network} (sites, operators), {@code catalogue} (services, modes, minimum lengths),
 * {@code person} ({@code requireInCharge}, {@code person} for a convocation's letter), {@code employer}
 * ({@code requireServed}) and {@code reference} (the comuni of the addresses); it sends mails through {@code mail}'s
 * outbox; it audits through
 * {@code audit}; the demo's hours are seeded where {@code platform}'s {@code DemoData} says. It owns the tables
 * {@code agenda_*}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "platform", "audit", "catalogue", "network", "person", "pathway", "employer", "reference", "mail" })
package it.retelavoro.agenda;
