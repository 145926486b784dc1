package it.retelavoro.agenda;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.mail.Mailer;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Site;
import it.retelavoro.pathway.Did;
import it.retelavoro.pathway.DidChannel;
import it.retelavoro.pathway.DidDeclarations;
import it.retelavoro.person.PersonDirectory;
import it.retelavoro.person.PersonId;
import it.retelavoro.person.PersonSummary;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.SiteId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Convoking many persons at once (issue 16, point 2), from the CPI's worklist of DIDs to convene: into the first
 * free individual slots of a site in order (the kind of appointment, A2 by default, from a day on), or into the
 * seats of a group session. All of them or none: a batch that does not fit (too few slots in the
 * {@value #SEARCH_DAYS} days searched, too few seats) is refused whole. By e-mail when the person has an address,
 * else by letter to print.
 */
@Service
@Transactional
public class BatchConvocations {

    public static final int MAX_PERSONS = 50;
    public static final int SEARCH_DAYS = 30;

    private final Appointments appointments;
    private final Convocations convocations;
    private final Slots slots;
    private final AppointmentRepository appointmentRows;
    private final PersonDirectory persons;
    private final DidDeclarations dids;
    private final NetworkManagement network;
    private final AuditLog audit;
    private final Clock clock;

    BatchConvocations(Appointments appointments, Convocations convocations, Slots slots,
            AppointmentRepository appointmentRows, PersonDirectory persons, DidDeclarations dids,
            NetworkManagement network, AuditLog audit, Clock clock) {
        this.appointments = appointments;
        this.convocations = convocations;
        this.slots = slots;
        this.appointmentRows = appointmentRows;
        this.persons = persons;
        this.dids = dids;
        this.network = network;
        this.audit = audit;
        this.clock = clock;
    }

    /** A person to convoke, and whether they receive a benefit (the letter then states the consequences). */
    public record Convokee(PersonId personId, boolean benefitRecipient) {
    }

    /**
     * What to convoke them to: a group session, or else individual appointments of the kind at the site from the
     * day on; and how to send it (e-mail, falling back to a letter for whoever has no address; or letter).
     */
    public record Batch(SiteId siteId, String typeCode, LocalDate from, AppointmentId groupSession,
            ConvocationChannel channel, List<Convokee> persons) {
    }

    /** A person convoked: the appointment and the convocation. */
    public record Convoked(PersonSummary person, Appointment appointment, Convocation convocation) {
    }

    /** A person proposed for a batch, with the benefit flag the DID suggests (a DID made with a NASpI application). */
    public record Candidate(PersonSummary person, Optional<LocalDate> didDeclaredOn, boolean benefitSuggested) {
    }

    /** The persons of a batch to come, checked in charge of the caller's CPI, in the order given, once each. */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(List<PersonId> ids, CurrentUser caller) {
        requireCpi(caller);
        List<Candidate> found = new ArrayList<>();
        for (PersonId id : new LinkedHashSet<>(ids)) {
            PersonSummary person = persons.requireInCharge(id, caller);
            Optional<Did> did = dids.did(id, caller);
            found.add(new Candidate(person, did.map(Did::declaredOn),
                    did.map(d -> d.channel() == DidChannel.NASPI_APPLICATION).orElse(false)));
        }
        return found;
    }

    /** The group sessions of the caller's organisation ahead with a free seat, by start, over the days searched. */
    @Transactional(readOnly = true)
    public List<Appointment> openGroupSessions(CurrentUser caller) {
        requireCpi(caller);
        Instant now = clock.instant();
        Instant until = LocalDate.now(clock).plusDays(2L * SEARCH_DAYS).atStartOfDay(clock.getZone()).toInstant();
        List<Appointment> open = new ArrayList<>();
        for (Site site : network.sitesOf(caller.organisationId())) {
            appointmentRows.findAtSite(site.id(), now, until).stream()
                    .filter(a -> a.isGroup() && a.status() == AppointmentStatus.BOOKED && a.startsAt().isAfter(now)
                            && !a.isFull())
                    .forEach(open::add);
        }
        open.sort(Comparator.comparing(Appointment::startsAt));
        return open;
    }

    /**
     * Convokes them all, or none.
     *
     * @throws InvalidInputException nobody, too many, no channel, no site or day for individual appointments
     * @throws ConflictException     not enough free slots or seats
     */
    public List<Convoked> convokeAll(Batch batch, Locale locale, CurrentUser caller) {
        requireCpi(caller);
        var problems = new InvalidInputException.Collector();
        problems.require(!batch.persons().isEmpty(), "personId", "agenda.batch.nobody");
        problems.require(batch.persons().size() <= MAX_PERSONS, "personId", "agenda.batch.too-many", MAX_PERSONS);
        problems.require(batch.channel() == ConvocationChannel.EMAIL || batch.channel() == ConvocationChannel.LETTER,
                "channel", "agenda.batch.channel");
        if (batch.groupSession() == null) {
            problems.require(batch.siteId() != null, "siteId", "validation.required");
            problems.require(batch.from() != null, "from", "validation.required");
        }
        problems.throwIfAny();
        List<Convoked> done = batch.groupSession() != null ? intoSession(batch, locale, caller)
                : intoSlots(batch, locale, caller);
        audit.success("CONVOCATION_BATCH", "APPOINTMENT", batch.groupSession(), "persons=" + done.size());
        return done;
    }

    private List<Convoked> intoSession(Batch batch, Locale locale, CurrentUser caller) {
        Appointment session = appointments.appointment(batch.groupSession(), caller);
        if (!session.isGroup()) {
            throw InvalidInputException.of("groupSession", "agenda.group.not-a-session");
        }
        int free = session.capacity().orElse(0) - session.participants().size();
        long newcomers = batch.persons().stream().filter(p -> session.participants().stream()
                .noneMatch(participant -> participant.personId().equals(p.personId()))).count();
        if (newcomers > free) {
            throw new ConflictException("agenda.batch.seats", List.of(free, newcomers), null);
        }
        List<Convoked> done = new ArrayList<>();
        for (Convokee convokee : batch.persons()) {
            done.add(convoke(session.id(), convokee, batch.channel(), locale, caller));
        }
        return done;
    }

    private List<Convoked> intoSlots(Batch batch, Locale locale, CurrentUser caller) {
        String type = batch.typeCode() == null || batch.typeCode().isBlank() ? "A2" : batch.typeCode();
        LocalDate from = batch.from().isBefore(LocalDate.now(clock)) ? LocalDate.now(clock) : batch.from();
        List<Slot> free = new ArrayList<>(slots.free(batch.siteId(), from, from.plusDays(SEARCH_DAYS - 1), type,
                Optional.empty(), caller));
        free.sort(Comparator.comparing(Slot::start).thenComparing(slot -> slot.operatorId().value()));
        // the slots of one operator overlap when the kind is longer than the step: take them apart in order
        List<Slot> chosen = new ArrayList<>();
        for (Slot slot : free) {
            if (chosen.size() == batch.persons().size()) {
                break;
            }
            boolean overlaps = chosen.stream().anyMatch(taken -> taken.operatorId().equals(slot.operatorId())
                    && taken.start().isBefore(slot.end()) && slot.start().isBefore(taken.end()));
            if (!overlaps) {
                chosen.add(slot);
            }
        }
        if (chosen.size() < batch.persons().size()) {
            throw new ConflictException("agenda.batch.slots", List.of(chosen.size(), SEARCH_DAYS), null);
        }
        List<Convoked> done = new ArrayList<>();
        for (int i = 0; i < batch.persons().size(); i++) {
            Convokee convokee = batch.persons().get(i);
            Slot slot = chosen.get(i);
            Appointment booked = appointments.book(new Appointments.NewAppointment(batch.siteId(),
                    slot.operatorId(), slot.start(), null, type, convokee.personId(), null, null), caller);
            done.add(convoke(booked.id(), convokee, batch.channel(), locale, caller));
        }
        return done;
    }

    private Convoked convoke(AppointmentId appointment, Convokee convokee, ConvocationChannel wanted, Locale locale,
            CurrentUser caller) {
        ConvocationChannel channel = wanted;
        if (wanted == ConvocationChannel.EMAIL) {
            var person = persons.person(convokee.personId(), caller);
            String email = person.details() == null ? null : person.details().email();
            channel = Mailer.isAddress(email) ? ConvocationChannel.EMAIL : ConvocationChannel.LETTER;
        }
        Convocation convocation = convocations.convoke(appointment, convokee.personId(),
                new Convocations.Convoke(channel, null, null, convokee.benefitRecipient()), locale, caller);
        Appointment after = appointmentRows.findById(appointment)
                .orElseThrow(() -> new NotFoundException("appointment", appointment.value()));
        return new Convoked(persons.requireInCharge(convokee.personId(), caller), after, convocation);
    }

    private void requireCpi(CurrentUser caller) {
        if (!caller.isCpi()) {
            audit.denied("CONVOCATION_BATCH", "APPOINTMENT", null);
            throw new AccessDeniedException("Solo un Centro per l'Impiego convoca le persone");
        }
    }
}
