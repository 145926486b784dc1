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

/** An internship (tirocinio): host, dates and tutor agreed; then activated on a day, once. */
@Table("pathway_internship")
public class Internship {

    @Id
    private UUID id;
    private UUID personId;
    private UUID organisationId;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String host;
    private String tutor;
    private UUID actionId;
    private InternshipState state;
    private LocalDate activatedOn;
    private UUID userId;
    private Instant recordedAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Internship(UUID id, UUID personId, UUID organisationId, LocalDate startsOn, LocalDate endsOn, String host,
            String tutor, UUID actionId, InternshipState state, LocalDate activatedOn, UUID userId, Instant recordedAt,
            Integer version) {
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
        return new Internship(UUID.randomUUID(), person.value(), organisation.value(), start, end, host.strip(),
                tutor.strip(), action == null ? null : action.value(), InternshipState.PLANNED, null, by.value(), now,
                null);
    }

    /**
     * Activates the internship on a day.
     *
     * @throws IllegalStateException when it is already active
     */
    void activate(LocalDate on) {
        if (state == InternshipState.ACTIVE) {
            throw new IllegalStateException("Tirocinio " + id + " già attivato");
        }
        this.state = InternshipState.ACTIVE;
        this.activatedOn = on;
    }

    public InternshipId id() {
        return new InternshipId(id);
    }

    public PersonId personId() {
        return new PersonId(personId);
    }

    public OrganisationId organisationId() {
        return new OrganisationId(organisationId);
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
        return Optional.ofNullable(actionId).map(ActionId::new);
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
}
