package it.retelavoro.agenda;

import it.retelavoro.person.PersonId;
import it.retelavoro.shared.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The convocation of a person to an appointment the CPI imposes (issue 16): how it was sent and when, to which
 * address, whether the person receives a benefit (the letter then states the consequences of an absence, D.Lgs.
 * 150/2015 art. 21 c. 7), and the mail that carried it when the application sent it. Recorded once; the
 * appointment's changes are the appointment's.
 */
@Table("agenda_convocation")
public class Convocation {

    public static final int ADDRESS_MAX = 254;

    @Id
    private final ConvocationId id;
    private final AppointmentId appointmentId;
    private final PersonId personId;
    private final ConvocationChannel channel;
    private final Instant sentAt;
    private final String address;
    private final boolean benefitRecipient;
    private final String reminderEmail;
    private UUID mailId;
    private final Instant createdAt;
    private final UserId createdBy;
    @Version
    private Integer version;

    @PersistenceCreator
    Convocation(ConvocationId id, AppointmentId appointmentId, PersonId personId, ConvocationChannel channel,
            Instant sentAt, String address, boolean benefitRecipient, String reminderEmail, UUID mailId,
            Instant createdAt, UserId createdBy, Integer version) {
        this.id = id;
        this.appointmentId = appointmentId;
        this.personId = personId;
        this.channel = channel;
        this.sentAt = sentAt;
        this.address = address;
        this.benefitRecipient = benefitRecipient;
        this.reminderEmail = reminderEmail;
        this.mailId = mailId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.version = version;
    }

    static Convocation record(AppointmentId appointment, PersonId person, ConvocationChannel channel, Instant sentAt,
            String address, boolean benefitRecipient, String reminderEmail, UserId by, Instant now) {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(channel, "channel");
        return new Convocation(ConvocationId.random(), appointment, person, channel, sentAt, address,
                benefitRecipient, reminderEmail, null, now, by, null);
    }

    /** The mail of the outbox that carries it. */
    void sentAs(UUID mail) {
        this.mailId = mail;
    }

    public ConvocationId id() {
        return id;
    }

    public AppointmentId appointmentId() {
        return appointmentId;
    }

    public PersonId personId() {
        return personId;
    }

    public ConvocationChannel channel() {
        return channel;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Optional<String> address() {
        return Optional.ofNullable(address);
    }

    public boolean benefitRecipient() {
        return benefitRecipient;
    }

    /** The e-mail address the reminders go to, when the person has one. */
    public Optional<String> reminderEmail() {
        return Optional.ofNullable(reminderEmail);
    }

    public Optional<UUID> mailId() {
        return Optional.ofNullable(mailId);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public UserId createdBy() {
        return createdBy;
    }
}
