package it.retelavoro.agenda;

import it.retelavoro.person.PersonId;
import it.retelavoro.shared.UserId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** Whether a person came to an appointment, with the justified reason of an absence and its document. */
@Table("agenda_attendance")
public class Attendance {

    public static final int DOCUMENT_REFERENCE_MAX = 200;

    @Id
    private final UUID id;
    private final AppointmentId appointmentId;
    private final PersonId personId;
    private AttendanceOutcome outcome;
    private String reasonCode;
    private String documentReference;
    private Instant recordedAt;
    private UserId recordedBy;
    @Version
    private Integer version;

    @PersistenceCreator
    Attendance(UUID id, AppointmentId appointmentId, PersonId personId, AttendanceOutcome outcome, String reasonCode,
            String documentReference, Instant recordedAt, UserId recordedBy, Integer version) {
        this.id = id;
        this.appointmentId = appointmentId;
        this.personId = personId;
        this.outcome = outcome;
        this.reasonCode = reasonCode;
        this.documentReference = documentReference;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.version = version;
    }

    static Attendance of(AppointmentId appointment, PersonId person) {
        return new Attendance(UUID.randomUUID(), appointment, person, null, null, null, null, null, null);
    }

    void record(AttendanceOutcome outcome, String reasonCode, String documentReference, UserId by, Instant now) {
        this.outcome = outcome;
        boolean justified = outcome == AttendanceOutcome.ABSENT_JUSTIFIED;
        this.reasonCode = justified ? reasonCode : null;
        this.documentReference = justified ? documentReference : null;
        this.recordedAt = now;
        this.recordedBy = by;
    }

    public AppointmentId appointmentId() {
        return appointmentId;
    }

    public PersonId personId() {
        return personId;
    }

    /** Empty while nothing is recorded. */
    public Optional<AttendanceOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    public Optional<String> reasonCode() {
        return Optional.ofNullable(reasonCode);
    }

    public Optional<String> documentReference() {
        return Optional.ofNullable(documentReference);
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public UserId recordedBy() {
        return recordedBy;
    }
}
