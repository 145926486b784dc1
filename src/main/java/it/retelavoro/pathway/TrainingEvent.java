package it.retelavoro.pathway;

import it.retelavoro.person.PersonId;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A step of a person's training: referred to a course, enrolled, completed. Recorded once, never changed. */
@Table("pathway_training_event")
public class TrainingEvent {

    @Id
    private UUID id;
    private UUID personId;
    private UUID organisationId;
    private TrainingEventKind event;
    private LocalDate occurredOn;
    private String course;
    private String provider;
    private Integer hours;
    private UUID actionId;
    private UUID userId;
    private Instant recordedAt;
    @Version
    private Integer version;

    @PersistenceCreator
    TrainingEvent(UUID id, UUID personId, UUID organisationId, TrainingEventKind event, LocalDate occurredOn,
            String course, String provider, Integer hours, UUID actionId, UUID userId, Instant recordedAt,
            Integer version) {
        this.id = id;
        this.personId = personId;
        this.organisationId = organisationId;
        this.event = event;
        this.occurredOn = occurredOn;
        this.course = course;
        this.provider = provider;
        this.hours = hours;
        this.actionId = actionId;
        this.userId = userId;
        this.recordedAt = recordedAt;
        this.version = version;
    }

    static TrainingEvent record(PersonId person, OrganisationId organisation, TrainingEventKind event, LocalDate on,
            String course, String provider, Integer hours, ActionId action, UserId by, Instant now) {
        return new TrainingEvent(UUID.randomUUID(), person.value(), organisation.value(), event, on, course.strip(),
                Delivery.blankToNull(provider), hours, action == null ? null : action.value(), by.value(), now, null);
    }

    public TrainingEventId id() {
        return new TrainingEventId(id);
    }

    public PersonId personId() {
        return new PersonId(personId);
    }

    public OrganisationId organisationId() {
        return new OrganisationId(organisationId);
    }

    public TrainingEventKind event() {
        return event;
    }

    public LocalDate date() {
        return occurredOn;
    }

    public String course() {
        return course;
    }

    public String provider() {
        return provider;
    }

    public Integer hours() {
        return hours;
    }

    public Optional<ActionId> actionId() {
        return Optional.ofNullable(actionId).map(ActionId::new);
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
