package it.retelavoro.agenda;

import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.employer.EmployerId;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An appointment at a site with an operator: for a person or a company, or a group session with its capacity and
 * participants, in the site's classroom. It holds its operator's time (and its room) while booked; the database
 * refuses two that overlap ({@code agenda_operator_free}, {@code agenda_room_free}). Moved or cancelled with a
 * reason, each change kept in its events.
 */
@Table("agenda_appointment")
public class Appointment {

    public static final int REASON_MAX = 500;
    /** Who books and cancels from the public portal: the person, not a user of the network. */
    public static final UserId PORTAL = new UserId(new UUID(0, 0));

    @Id
    private final AppointmentId id;
    private final SiteId siteId;
    private final OrganisationId organisationId;
    private UserId operatorId;
    private final String type;
    private final ServiceCode service;
    private final DeliveryMode mode;
    private final Integer capacity;
    private final String room;
    private final PersonId personId;
    private final EmployerId employerId;
    private final UUID portalBookingId;
    private Instant startsAt;
    private Instant endsAt;
    private AppointmentStatus status;
    private String cancellationReason;
    private final Instant createdAt;
    private final UserId createdBy;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "appointment_id", keyColumn = "position")
    private final List<AppointmentEvent> events;
    @MappedCollection(idColumn = "appointment_id")
    private final Set<Participant> participants;

    @PersistenceCreator
    Appointment(AppointmentId id, SiteId siteId, OrganisationId organisationId, UserId operatorId, String type,
            ServiceCode service, DeliveryMode mode, Integer capacity, String room, PersonId personId,
            EmployerId employerId, UUID portalBookingId, Instant startsAt, Instant endsAt, AppointmentStatus status,
            String cancellationReason, Instant createdAt, UserId createdBy, Integer version,
            List<AppointmentEvent> events, Set<Participant> participants) {
        this.id = id;
        this.siteId = siteId;
        this.organisationId = organisationId;
        this.operatorId = operatorId;
        this.type = type;
        this.service = service;
        this.mode = mode;
        this.capacity = capacity;
        this.room = room;
        this.personId = personId;
        this.employerId = employerId;
        this.portalBookingId = portalBookingId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.status = status;
        this.cancellationReason = cancellationReason;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.version = version;
        this.events = new ArrayList<>(events == null ? List.of() : events);
        this.participants = new HashSet<>(participants == null ? Set.of() : participants);
    }

    /**
     * A new appointment of the type, for a person, a company, or (a group session) for the participants to come.
     */
    static Appointment book(AppointmentType type, SiteId site, OrganisationId organisation, UserId operator,
            Instant start, PersonId person, EmployerId employer, Integer capacity, UserId by, Instant now) {
        Objects.requireNonNull(start, "start");
        Appointment appointment = new Appointment(AppointmentId.random(), site, organisation, operator, type.code(),
                type.service(), type.mode(), type.isGroup() ? capacity : null, type.room().orElse(null),
                type.isGroup() ? null : person, type.isGroup() ? null : employer, null, start,
                start.plus(Duration.ofMinutes(type.minutes())), AppointmentStatus.BOOKED, null, now, by, null,
                List.of(), Set.of());
        appointment.events.add(new AppointmentEvent(AppointmentEvent.Kind.BOOKED, now, by, null, start, null));
        return appointment;
    }

    /** A new individual appointment of the type held by a booking made on the public portal. */
    static Appointment bookForPortal(AppointmentType type, SiteId site, OrganisationId organisation, UserId operator,
            Instant start, UUID booking, Instant now) {
        Appointment appointment = new Appointment(AppointmentId.random(), site, organisation, operator, type.code(),
                type.service(), type.mode(), null, null, null, null, Objects.requireNonNull(booking, "booking"),
                start, start.plus(Duration.ofMinutes(type.minutes())), AppointmentStatus.BOOKED, null, now,
                PORTAL, null, List.of(), Set.of());
        appointment.events.add(new AppointmentEvent(AppointmentEvent.Kind.BOOKED, now, PORTAL, null, start, null));
        return appointment;
    }

    /**
     * Moves it to another start (and operator), keeping its length.
     *
     * @throws IllegalStateException when it was cancelled
     */
    void moveTo(UserId operator, Instant start, String reason, UserId by, Instant now) {
        requireBooked();
        Duration length = Duration.between(startsAt, endsAt);
        events.add(new AppointmentEvent(AppointmentEvent.Kind.MOVED, now, by, startsAt, start, reason.strip()));
        this.operatorId = operator;
        this.startsAt = start;
        this.endsAt = start.plus(length);
    }

    /**
     * Cancels it with the reason: its time is free again.
     *
     * @throws IllegalStateException when it was cancelled already
     */
    void cancel(String reason, UserId by, Instant now) {
        requireBooked();
        this.status = AppointmentStatus.CANCELLED;
        this.cancellationReason = reason.strip();
        events.add(new AppointmentEvent(AppointmentEvent.Kind.CANCELLED, now, by, startsAt, null,
                cancellationReason));
    }

    /**
     * Books a person in the group session.
     *
     * @return false when the person was booked in it already
     * @throws IllegalStateException when it is not a group session, was cancelled, or is full
     */
    boolean add(PersonId person, UserId by, Instant now) {
        requireBooked();
        if (mode != DeliveryMode.GROUP) {
            throw new IllegalStateException("Non è un incontro di gruppo: " + id);
        }
        if (participants.stream().anyMatch(participant -> participant.personId().equals(person))) {
            return false;
        }
        if (isFull()) {
            throw new IllegalStateException("Incontro di gruppo al completo: " + id);
        }
        participants.add(new Participant(person, now, by));
        return true;
    }

    private void requireBooked() {
        if (status != AppointmentStatus.BOOKED) {
            throw new IllegalStateException("Appuntamento " + id + " " + status);
        }
    }

    public boolean isFull() {
        return capacity != null && participants.size() >= capacity;
    }

    public boolean isGroup() {
        return mode == DeliveryMode.GROUP;
    }

    public AppointmentId id() {
        return id;
    }

    public SiteId siteId() {
        return siteId;
    }

    public OrganisationId organisationId() {
        return organisationId;
    }

    public UserId operatorId() {
        return operatorId;
    }

    /** The code of its {@link AppointmentType}. */
    public String type() {
        return type;
    }

    public ServiceCode service() {
        return service;
    }

    public DeliveryMode mode() {
        return mode;
    }

    public Optional<Integer> capacity() {
        return Optional.ofNullable(capacity);
    }

    public Optional<String> room() {
        return Optional.ofNullable(room);
    }

    public Optional<PersonId> personId() {
        return Optional.ofNullable(personId);
    }

    public Optional<EmployerId> employerId() {
        return Optional.ofNullable(employerId);
    }

    /** The booking of the public portal that holds it, when the person booked it there. */
    public Optional<UUID> portalBookingId() {
        return Optional.ofNullable(portalBookingId);
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public AppointmentStatus status() {
        return status;
    }

    public Optional<String> cancellationReason() {
        return Optional.ofNullable(cancellationReason);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public UserId createdBy() {
        return createdBy;
    }

    public Integer version() {
        return version;
    }

    public List<AppointmentEvent> events() {
        return List.copyOf(events);
    }

    /** The persons booked in a group session, in the order they were booked. */
    public List<Participant> participants() {
        return participants.stream().sorted(Comparator.comparing(Participant::bookedAt)
                .thenComparing(participant -> participant.personId().value())).toList();
    }
}
