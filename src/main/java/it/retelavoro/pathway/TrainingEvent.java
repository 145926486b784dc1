package it.retelavoro.pathway;

import it.retelavoro.pathway.PathwayEvents.TrainingEventRecorded;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.UserId;
import it.retelavoro.shared.Cancellation;
import org.springframework.data.relational.core.mapping.Embedded;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A step of a person's training: referred to a course, enrolled, completed. Recorded once, never changed;
 * registers {@code TrainingEventRecorded}.
 */
@Table("pathway_training_event")
public class TrainingEvent extends AbstractAggregateRoot<TrainingEvent> {

    /** The longest text of each field (the columns' lengths). */
    public static final int COURSE_MAX = 300;
    public static final int PROVIDER_MAX = 300;

    @Id
    private TrainingEventId id;
    private PersonId personId;
    private OrganisationId organisationId;
    private TrainingEventKind event;
    private LocalDate occurredOn;
    private String course;
    private String provider;
    private Integer hours;
    private ActionId actionId;
    private UserId userId;
    private Instant recordedAt;
    @Version
    private Integer version;
    /** Set when the act was cancelled as registered by mistake (issue 13): the act stays, marked. */
    @Embedded.Nullable(prefix = "cancellation_")
    private Cancellation cancellation;

    @PersistenceCreator
    TrainingEvent(TrainingEventId id, PersonId personId, OrganisationId organisationId, TrainingEventKind event,
            LocalDate occurredOn, String course, String provider, Integer hours, ActionId actionId, UserId userId,
            Instant recordedAt, Integer version) {
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
        TrainingEvent recorded = new TrainingEvent(TrainingEventId.random(), person, organisation, event, on,
                course.strip(), Delivery.blankToNull(provider), hours, action, by, now, null);
        recorded.registerEvent(new TrainingEventRecorded(recorded.id, person, organisation, event, on, hours));
        return recorded;
    }

    public TrainingEventId id() {
        return id;
    }

    public PersonId personId() {
        return personId;
    }

    public OrganisationId organisationId() {
        return organisationId;
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
        return Optional.ofNullable(actionId);
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /** The cancellation, when the act was cancelled as registered by mistake. */
    public Optional<Cancellation> cancellation() {
        return Optional.ofNullable(cancellation);
    }

    public boolean isCancelled() {
        return cancellation != null;
    }

    private void markCancelled(Cancellation cancellation) {
        this.cancellation = Cancellation.first(this.cancellation, cancellation);
    }

    /**
     * Cancels the step registered by mistake: registers {@code TrainingEventCancelled}.
     *
     * @throws IllegalStateException when it is already cancelled
     */
    void cancel(Cancellation cancellation) {
        markCancelled(cancellation);
        registerEvent(new PathwayEvents.TrainingEventCancelled(id, personId, organisationId, event, occurredOn));
    }
}
