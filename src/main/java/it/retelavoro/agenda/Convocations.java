package it.retelavoro.agenda;

import it.retelavoro.agenda.AgendaEvents.ConvocationSent;
import it.retelavoro.audit.AuditLog;
import it.retelavoro.mail.MailId;
import it.retelavoro.mail.MailStatus;
import it.retelavoro.mail.Mailer;
import it.retelavoro.mail.OutgoingMail;
import it.retelavoro.person.Person;
import it.retelavoro.person.PersonDirectory;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Convocations (issue 16, point 2): a CPI convokes a person to an appointment of its agenda (their own, or a seat
 * of a group session), recording how it was sent and when. By e-mail or PEC the application sends it, through the
 * outbox, with the letter and the calendar file attached; by letter, SMS or in person it is recorded, and the
 * letter printed. The reminders are planned when the person has an e-mail address. Only a CPI convokes: an
 * accredited agency books appointments, it does not impose them.
 */
@Service
@Transactional
public class Convocations {

    public static final String MAIL_TOPIC = "CONVOCATION";

    private final ConvocationRepository convocations;
    private final Appointments appointments;
    private final PersonDirectory persons;
    private final ConvocationDocuments documents;
    private final ConvocationReminders reminders;
    private final Mailer mailer;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    Convocations(ConvocationRepository convocations, Appointments appointments, PersonDirectory persons, ConvocationDocuments documents,
            ConvocationReminders reminders, Mailer mailer, MessageSource messages, ApplicationEventPublisher events,
            AuditLog audit, Clock clock) {
        this.convocations = convocations;
        this.appointments = appointments;
        this.persons = persons;
        this.documents = documents;
        this.reminders = reminders;
        this.mailer = mailer;
        this.messages = messages;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * How a convocation is sent: the channel, the day it was sent outside the application (a letter posted; now
     * when null), the address for an e-mail, a PEC or an SMS (the person's e-mail or phone when null), and
     * whether the person receives a benefit (the letter then states the consequences of an absence).
     */
    public record Convoke(ConvocationChannel channel, Instant sentAt, String address, boolean benefitRecipient) {
    }

    /**
     * Convokes a person to the appointment: the appointment's own person, or (a group session) the person named,
     * booked in it if not yet.
     *
     * @throws InvalidInputException no channel, no address where one is needed, a day of sending in the future,
     *                               a group session without a person
     * @throws ConflictException     the appointment was cancelled or has passed, or the person was convoked to it
     * @throws AccessDeniedException the caller is not an operator of a CPI that owns the appointment
     */
    public Convocation convoke(AppointmentId id, PersonId person, Convoke command, Locale locale,
            CurrentUser caller) {
        Appointment appointment = appointments.appointment(id, caller);
        requireCpi(caller, id);
        var problems = new InvalidInputException.Collector();
        problems.require(command.channel() != null, "channel", "validation.required");
        problems.require(command.sentAt() == null || !command.sentAt().isAfter(clock.instant()), "sentAt",
                "agenda.convocation.sent-in-future");
        problems.maxLength(command.address(), Convocation.ADDRESS_MAX, "address");
        problems.require(!appointment.isGroup() || person != null, "personId", "validation.required");
        problems.throwIfAny();
        if (appointment.status() != AppointmentStatus.BOOKED) {
            throw new ConflictException("agenda.appointment.cancelled", List.of(), null);
        }
        if (!appointment.startsAt().isAfter(clock.instant())) {
            throw new ConflictException("agenda.convocation.past", List.of(), null);
        }
        PersonId convoked;
        if (appointment.isGroup()) {
            convoked = person;
            appointment = appointments.addParticipant(id, person, caller);
        } else {
            convoked = appointment.personId().orElseThrow(() -> InvalidInputException.of("personId",
                    "agenda.convocation.no-person"));
            if (person != null && !person.equals(convoked)) {
                throw InvalidInputException.of("personId", "agenda.convocation.other-person");
            }
        }
        if (convocations.findByAppointmentAndPerson(id, convoked).isPresent()) {
            throw new ConflictException("agenda.convocation.already", List.of(), null);
        }
        Person record = persons.person(convoked, caller);
        String email = blankToNull(record.details() == null ? null : record.details().email());
        String phone = blankToNull(record.details() == null ? null : record.details().phone());
        ConvocationChannel channel = command.channel();
        String address = blankToNull(command.address());
        if (address == null && channel.needsAddress()) {
            address = channel == ConvocationChannel.SMS ? phone : email;
        }
        if (channel.needsAddress() && address == null) {
            throw InvalidInputException.of("address", "agenda.convocation.address-required");
        }
        if (channel.sentByMail() && !Mailer.isAddress(address)) {
            throw InvalidInputException.of("address", "agenda.convocation.address-invalid");
        }
        String reminderEmail = channel.sentByMail() ? address : Mailer.isAddress(email) ? email : null;
        Instant now = clock.instant();
        Convocation convocation = Convocation.record(id, convoked, channel,
                command.sentAt() == null ? now : command.sentAt(), address, command.benefitRecipient(),
                reminderEmail, caller.id(), now);
        if (channel.sentByMail()) {
            var letter = documents.letter(convocation, appointment, record);
            MailId mail = mailer.enqueue(new OutgoingMail(MAIL_TOPIC, appointment.id().value(), address,
                    messages.getMessage("agenda.convocation.mail.subject", new Object[] {letter.organisation()},
                            locale),
                    messages.getMessage("agenda.convocation.mail.body", new Object[] {record.fullName(),
                            letter.site().name()}, locale),
                    List.of(new OutgoingMail.Attachment(fileName(convocation) + ".pdf", "application/pdf",
                                    documents.pdf(letter, locale)),
                            new OutgoingMail.Attachment(fileName(convocation) + ".ics", "text/calendar",
                                    documents.calendar(letter, locale)))));
            convocation.sentAs(mail.value());
        }
        Convocation saved = convocations.save(convocation);
        reminders.plan(saved, appointment.startsAt());
        events.publishEvent(new ConvocationSent(saved.id(), appointment.id(), appointment.siteId(),
                appointment.organisationId(), saved.personId(), channel.name(), saved.sentAt(),
                appointment.startsAt()));
        audit.success("CONVOCATION_SEND", "APPOINTMENT", appointment.id(), "channel=" + channel);
        return saved;
    }

    /** The convocations of an appointment of the caller's organisation, with the status of their mails. */
    @Transactional(readOnly = true)
    public List<Sent> convocationsOf(AppointmentId id, CurrentUser caller) {
        appointments.appointment(id, caller);
        List<Sent> sent = new ArrayList<>();
        for (Convocation convocation : convocations.findByAppointment(id)) {
            Optional<MailStatus> mail = convocation.mailId().flatMap(mailId -> mailer.status(new MailId(mailId)));
            sent.add(new Sent(convocation, mail, reminders.of(convocation.id())));
        }
        return sent;
    }

    /** A convocation with the delivery status of its mail and its reminders. */
    public record Sent(Convocation convocation, Optional<MailStatus> mail, List<ConvocationReminder> reminders) {
    }

    /** The letter of a convocation as PDF, for the operators of the organisation; audited. */
    @Transactional(readOnly = true)
    public byte[] letter(ConvocationId id, Locale locale, CurrentUser caller) {
        Convocation convocation = convocations.findById(id)
                .orElseThrow(() -> new NotFoundException("convocation", id.value()));
        Appointment appointment = appointments.appointment(convocation.appointmentId(), caller);
        Person person = persons.person(convocation.personId(), caller);
        byte[] pdf = documents.pdf(documents.letter(convocation, appointment, person), locale);
        audit.success("CONVOCATION_LETTER_READ", "APPOINTMENT", appointment.id());
        return pdf;
    }

    /** The calendar file of a convocation, for the operators of the organisation. */
    @Transactional(readOnly = true)
    public byte[] calendar(ConvocationId id, Locale locale, CurrentUser caller) {
        Convocation convocation = convocations.findById(id)
                .orElseThrow(() -> new NotFoundException("convocation", id.value()));
        Appointment appointment = appointments.appointment(convocation.appointmentId(), caller);
        Person person = persons.person(convocation.personId(), caller);
        return documents.calendar(documents.letter(convocation, appointment, person), locale);
    }

    /** The file name of the letter and the calendar file: no personal data in it. */
    static String fileName(Convocation convocation) {
        return "convocazione-" + convocation.id().value().toString().substring(0, 8);
    }

    private void requireCpi(CurrentUser caller, AppointmentId id) {
        if (!caller.isCpi()) {
            audit.denied("CONVOCATION_SEND", "APPOINTMENT", id);
            throw new AccessDeniedException("Solo un Centro per l'Impiego convoca le persone");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
