package it.retelavoro.agenda;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.mail.Mailer;
import it.retelavoro.mail.OutgoingMail;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Organisation;
import it.retelavoro.network.Site;
import it.retelavoro.person.FiscalCode;
import it.retelavoro.reference.Comuni;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bookings from the public portal (issue 16, point 4): the free A1 and A2 slots of a site over the next
 * {@value #DAYS} days; a request with the codice fiscale and an e-mail address, which holds nothing until it is
 * confirmed from the link sent by mail (within {@link #EXPIRY}), when the appointment is booked if the slot is still
 * free; the other link of the mail cancels it. The links carry secrets of which only the hashes are kept. No user of
 * the network is involved: the portal's callers are anonymous, and its rate limits and form tokens are the portal
 * module's.
 */
@Service
@Transactional
public class PortalBookings {

    public static final int DAYS = 30;
    public static final Duration EXPIRY = Duration.ofHours(24);
    public static final Set<String> TYPES = Set.of("A1", "A2");
    public static final String MAIL_TOPIC = "PORTAL_BOOKING";
    /** The longest e-mail address a request keeps ({@code agenda_portal_booking.email}). */
    public static final int EMAIL_MAX = 254;
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'alle' HH:mm",
            Locale.ITALIAN);

    private final JdbcClient jdbc;
    private final Slots slots;
    private final AppointmentTypes types;
    private final AvailabilityRepository hours;
    private final AppointmentRepository appointments;
    private final NetworkManagement network;
    private final Comuni comuni;
    private final Mailer mailer;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PortalBookings(JdbcClient jdbc, Slots slots, AppointmentTypes types, AvailabilityRepository hours,
            AppointmentRepository appointments, NetworkManagement network, Comuni comuni, Mailer mailer,
            MessageSource messages, ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.slots = slots;
        this.types = types;
        this.hours = hours;
        this.appointments = appointments;
        this.network = network;
        this.comuni = comuni;
        this.mailer = mailer;
        this.messages = messages;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** A site where the portal books: its name, its organisation's, its address. Public facts. */
    public record BookableSite(SiteId id, String name, String organisation, String address) {
    }

    /** The sites with an agenda (operators' weekly hours), by organisation and name. */
    @Transactional(readOnly = true)
    public List<BookableSite> sites() {
        List<UUID> ids = jdbc.sql("select distinct site_id from agenda_availability").query(UUID.class).list();
        return ids.stream().map(id -> network.findSite(new SiteId(id))).flatMap(Optional::stream)
                .map(site -> new BookableSite(site.id(), site.name(),
                        network.findOrganisation(site.organisationId()).map(Organisation::name).orElse(""),
                        comuni.addressOf(site.address(), site.comuneCode())))
                .sorted(Comparator.comparing(BookableSite::organisation).thenComparing(BookableSite::name)).toList();
    }

    /** The free slots of the kind (A1 or A2) at the site over the next {@value #DAYS} days, by start. */
    @Transactional(readOnly = true)
    public List<Slot> freeSlots(SiteId siteId, String type) {
        Site site = requireSite(siteId);
        requireType(type);
        LocalDate today = LocalDate.now(clock);
        AppointmentType kind = types.byCode(type, today).orElseThrow(() -> InvalidInputException.of("type",
                "agenda.type.unknown", type));
        return slots.compute(site, today, today.plusDays(DAYS - 1), kind, Optional.empty()).stream()
                .sorted(Comparator.comparing(Slot::start).thenComparing(slot -> slot.operatorId().value())).toList();
    }

    /** A request: the slot chosen and the person's codice fiscale and e-mail address. */
    public record Request(SiteId siteId, String type, Instant start, UserId operatorId, String fiscalCode,
            String email) {
    }

    /**
     * Records the request and sends the mail with the links to confirm and to cancel it (under {@code linkBase},
     * the portal's address: the links are {@code linkBase/confirm?token=...} and {@code linkBase/cancel?token=...}).
     *
     * @throws InvalidInputException a codice fiscale or an address that is not one, a slot that is not free
     */
    public void request(Request request, String linkBase, Locale locale) {
        check(request);
        String code = request.fiscalCode().strip().toUpperCase(Locale.ROOT);
        String confirm = secret();
        String cancel = secret();
        Instant now = clock.instant();
        Instant expires = now.plus(EXPIRY).isBefore(request.start()) ? now.plus(EXPIRY) : request.start();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into agenda_portal_booking (id, site_id, type, operator_id, starts_at, fiscal_code, email,
                    confirm_hash, cancel_hash, status, requested_at, expires_at)
                values (:id, :site, :type, :operator, :start, :code, :email, :confirm, :cancel, 'PENDING', :now,
                    :expires)""")
                .param("id", id).param("site", request.siteId().value()).param("type", request.type())
                .param("operator", request.operatorId().value()).param("start", Timestamp.from(request.start()))
                .param("code", code).param("email", request.email().strip()).param("confirm", hash(confirm))
                .param("cancel", hash(cancel)).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expires)).update();
        Site site = requireSite(request.siteId());
        String when = DAY_TIME.format(request.start().atZone(clock.getZone()));
        String service = messages.getMessage("catalogue.service." + request.type() + ".name", null, request.type(),
                locale);
        mailer.enqueue(new OutgoingMail(MAIL_TOPIC, id, request.email().strip(),
                messages.getMessage("agenda.portal.mail.subject", new Object[] {when}, locale),
                messages.getMessage("agenda.portal.mail.body", new Object[] {service, when, site.name(),
                        comuni.addressOf(site.address(), site.comuneCode()), linkBase + "/confirm?token=" + confirm,
                        linkBase + "/cancel?token=" + cancel, EXPIRY.toHours()}, locale), List.of()));
        audit.success("PORTAL_BOOKING_REQUEST", "PORTAL_BOOKING", id);
    }

    /**
     * Checks a request without recording it: every field's problem at once.
     *
     * @throws InvalidInputException a codice fiscale or an address that is not one, a slot that is not free
     */
    @Transactional(readOnly = true)
    public void check(Request request) {
        var problems = new InvalidInputException.Collector();
        String code = request.fiscalCode() == null ? "" : request.fiscalCode().strip().toUpperCase(Locale.ROOT);
        problems.require(FiscalCode.isValid(code), "fiscalCode", "agenda.portal.fiscal-code");
        problems.require(Mailer.isAddress(request.email()), "email", "agenda.portal.email");
        problems.require(request.start() != null && request.operatorId() != null, "start", "agenda.portal.slot");
        problems.throwIfAny();
        requireFree(request);
    }

    /** What a link of the mail is about, for its page: no personal data. */
    public record Booking(UUID id, String status, String type, String site, Instant start, Instant expiresAt) {

        public boolean pending() {
            return "PENDING".equals(status);
        }

        public boolean confirmed() {
            return "CONFIRMED".equals(status);
        }
    }

    /** The booking of a confirmation link, or of a cancellation link. */
    @Transactional(readOnly = true)
    public Optional<Booking> byConfirmation(String token) {
        return find("confirm_hash", token);
    }

    @Transactional(readOnly = true)
    public Optional<Booking> byCancellation(String token) {
        return find("cancel_hash", token);
    }

    /**
     * Confirms the booking of the link: the appointment is booked, once (a second confirmation changes nothing).
     *
     * @throws NotFoundException no booking has this link
     * @throws ConflictException it expired or was cancelled, or the slot was taken meanwhile
     */
    public Booking confirm(String token) {
        Row row = row("confirm_hash", token);
        if ("CONFIRMED".equals(row.status())) {
            return view(row);
        }
        if (!"PENDING".equals(row.status())) {
            throw new ConflictException("agenda.portal.cancelled", List.of(), null);
        }
        Instant now = clock.instant();
        if (!now.isBefore(row.expiresAt())) {
            throw new ConflictException("agenda.portal.expired", List.of(), null);
        }
        Site site = requireSite(row.siteId());
        LocalDate day = row.start().atZone(clock.getZone()).toLocalDate();
        AppointmentType type = types.byCode(row.type(), day).orElseThrow(() -> new ConflictException(
                "agenda.portal.slot-taken", List.of(), null));
        try {
            requireFree(new Request(row.siteId(), row.type(), row.start(), row.operatorId(), null, null));
        } catch (InvalidInputException e) {
            throw new ConflictException("agenda.portal.slot-taken", List.of(), null);
        }
        Appointment booked;
        try {
            booked = appointments.save(Appointment.bookForPortal(type, site.id(), site.organisationId(),
                    row.operatorId(), row.start(), row.id(), now));
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
            // taken meanwhile: refused by the exclusion constraint, or the loser of two inserts waiting on each other
            throw new ConflictException("agenda.portal.slot-taken", List.of(), null);
        }
        jdbc.sql("""
                update agenda_portal_booking set status = 'CONFIRMED', appointment_id = :appointment, decided_at = :now
                 where id = :id""").param("appointment", booked.id().value()).param("now", Timestamp.from(now))
                .param("id", row.id()).update();
        events.publishEvent(new AgendaEvents.AppointmentBooked(booked.id(), booked.siteId(), booked.organisationId(),
                booked.service().name(), booked.mode().name(), booked.startsAt(), booked.personId().orElse(null)));
        audit.success("PORTAL_BOOKING_CONFIRM", "PORTAL_BOOKING", row.id());
        return view(row("confirm_hash", token));
    }

    /**
     * Cancels the booking of the link: a confirmed one frees its slot.
     *
     * @throws NotFoundException no booking has this link
     */
    public Booking cancel(String token) {
        Row row = row("cancel_hash", token);
        if ("CANCELLED".equals(row.status())) {
            return view(row);
        }
        Instant now = clock.instant();
        if (row.appointmentId() != null) {
            appointments.findById(new AppointmentId(row.appointmentId()))
                    .filter(appointment -> appointment.status() == AppointmentStatus.BOOKED)
                    .ifPresent(appointment -> {
                        appointment.cancel(messages.getMessage("agenda.portal.cancelled-by-person", null,
                                Locale.ITALIAN), Appointment.PORTAL, now);
                        appointments.save(appointment);
                        events.publishEvent(new AgendaEvents.AppointmentCancelled(appointment.id(),
                                appointment.siteId(), appointment.organisationId()));
                    });
        }
        jdbc.sql("update agenda_portal_booking set status = 'CANCELLED', decided_at = :now where id = :id")
                .param("now", Timestamp.from(now)).param("id", row.id()).update();
        audit.success("PORTAL_BOOKING_CANCEL", "PORTAL_BOOKING", row.id());
        return view(row("cancel_hash", token));
    }

    /** The codice fiscale of the booking that holds an appointment, for the operators of its organisation. */
    @Transactional(readOnly = true)
    public Optional<String> fiscalCodeOf(UUID booking) {
        return jdbc.sql("select fiscal_code from agenda_portal_booking where id = :id").param("id", booking)
                .query(String.class).optional();
    }

    private void requireFree(Request request) {
        requireType(request.type());
        LocalDate day = request.start().atZone(clock.getZone()).toLocalDate();
        boolean free = freeSlots(request.siteId(), request.type()).stream()
                .filter(slot -> !slot.start().atZone(clock.getZone()).toLocalDate().isBefore(day))
                .anyMatch(slot -> slot.start().equals(request.start())
                        && slot.operatorId().equals(request.operatorId()));
        if (!free) {
            throw InvalidInputException.of("start", "agenda.portal.slot-taken");
        }
    }

    private Site requireSite(SiteId id) {
        if (id == null || hours.findBySite(id).isEmpty()) {
            throw new NotFoundException("site", id == null ? null : id.value());
        }
        return network.findSite(id).orElseThrow(() -> new NotFoundException("site", id.value()));
    }

    private static void requireType(String type) {
        if (type == null || !TYPES.contains(type)) {
            throw InvalidInputException.of("type", "agenda.portal.type");
        }
    }

    private record Row(UUID id, SiteId siteId, String type, UserId operatorId, Instant start, String status,
            UUID appointmentId, Instant expiresAt) {
    }

    private Row row(String column, String token) {
        return rowOf(column, token).orElseThrow(() -> new NotFoundException("portal-booking", null));
    }

    private Optional<Row> rowOf(String column, String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select * from agenda_portal_booking where " + column + " = :hash")
                .param("hash", hash(token.strip()))
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), new SiteId(rs.getObject("site_id",
                        UUID.class)), rs.getString("type"), new UserId(rs.getObject("operator_id", UUID.class)),
                        rs.getTimestamp("starts_at").toInstant(), rs.getString("status"),
                        rs.getObject("appointment_id", UUID.class), rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    private Optional<Booking> find(String column, String token) {
        return rowOf(column, token).map(this::view);
    }

    private Booking view(Row row) {
        String site = network.findSite(row.siteId()).map(Site::name).orElse("");
        return new Booking(row.id(), row.status(), row.type(), site, row.start(), row.expiresAt());
    }

    private String secret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
