package it.retelavoro.pathway;

import it.retelavoro.pathway.PathwayEvents.InternshipActivated;
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

/** An internship (tirocinio): host, dates and tutor agreed; then activated on a day, once. */
@Table("pathway_internship")
public class Internship extends AbstractAggregateRoot<Internship> {

    /** The longest text of each field (the columns' lengths). */
    public static final int HOST_MAX = 300;
    public static final int TUTOR_MAX = 200;

    @Id
    private InternshipId id;
    private PersonId personId;
    private OrganisationId organisationId;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String host;
    private String tutor;
    private ActionId actionId;
    private InternshipState state;
    private LocalDate activatedOn;
    private UserId userId;
    private Instant recordedAt;
    @Version
    private Integer version;
    /** Set when the act was cancelled as registered by mistake (issue 13): the act stays, marked. */
    @Embedded.Nullable(prefix = "cancellation_")
    private Cancellation cancellation;

    @PersistenceCreator
    Internship(InternshipId id, PersonId personId, OrganisationId organisationId, LocalDate startsOn,
            LocalDate endsOn, String host, String tutor, ActionId actionId, InternshipState state,
            LocalDate activatedOn, UserId userId, Instant recordedAt, Integer version) {
        this.id = id;
        this.personId = personId;
        this.organisationId = organisationId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.host = host;
        this.tutor = tutor;
        this.actionId = actionId;
        this.state = state;
        this.activatedOn = activatedOn;
        this.userId = userId;
        this.recordedAt = recordedAt;
        this.version = version;
    }

    static Internship plan(PersonId person, OrganisationId organisation, LocalDate start, LocalDate end, String host,
            String tutor, ActionId action, UserId by, Instant now) {
        return new Internship(InternshipId.random(), person, organisation, start, end, host.strip(), tutor.strip(),
                action, InternshipState.PLANNED, null, by, now, null);
    }

    /**
     * Activates the internship on a day, by the caller's organisation: registers {@code InternshipActivated}
     * (tirocini attivati, for monitoring).
     *
     * @throws IllegalStateException when it is already active
     */
    void activate(LocalDate on, OrganisationId by) {
        if (state == InternshipState.ACTIVE) {
            throw new IllegalStateException("Tirocinio " + id + " già attivato");
        }
        this.state = InternshipState.ACTIVE;
        this.activatedOn = on;
        registerEvent(new InternshipActivated(id, personId, by, on, endsOn));
    }

    public InternshipId id() {
        return id;
    }

    public PersonId personId() {
        return personId;
    }

    public OrganisationId organisationId() {
        return organisationId;
    }

    public LocalDate start() {
        return startsOn;
    }

    public LocalDate end() {
        return endsOn;
    }

    public String host() {
        return host;
    }

    public String tutor() {
        return tutor;
    }

    public Optional<ActionId> actionId() {
        return Optional.ofNullable(actionId);
    }

    public InternshipState state() {
        return state;
    }

    public Optional<LocalDate> activatedOn() {
        return Optional.ofNullable(activatedOn);
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Integer version() {
        return version;
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
     * Cancels the internship registered by mistake, planned or active: registers
     * {@code InternshipCancelled} (with the day of its activation, if it was active).
     *
     * @throws IllegalStateException when it is already cancelled
     */
    void cancel(Cancellation cancellation) {
        markCancelled(cancellation);
        registerEvent(new PathwayEvents.InternshipCancelled(id, personId, organisationId, activatedOn));
    }
}
