package it.retelavoro.shared;

import java.io.Serializable;
import java.util.Objects;

/**
 * The authenticated caller of a request, as every module sees it: enough to decide what they may see
 * (their organisation and its kind) without reaching into the network module.
 *
 * @param supervisor an operator with the supervisor's authority of their organisation (issue 13): they may
 *                   cancel an act registered by mistake after the ordinary window; still {@link Role#OPERATOR}
 *                   for every other check
 */
public record CurrentUser(UserId id, String username, Role role, OrganisationId organisationId,
        OrganisationKind organisationKind, boolean supervisor) implements Serializable {

    /** A caller without the supervisor's authority. */
    public CurrentUser(UserId id, String username, Role role, OrganisationId organisationId,
            OrganisationKind organisationKind) {
        this(id, username, role, organisationId, organisationKind, false);
    }

    public CurrentUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(organisationKind, "organisationKind");
    }

    public boolean isCpi() {
        return organisationKind == OrganisationKind.CPI;
    }

    /** Analysts and administrators see the whole region; operators their own organisation only. */
    public boolean seesWholeRegion() {
        return role == Role.ANALYST || role == Role.ADMIN;
    }

    /**
     * Whether the caller may send the national and regional flows (DIDs made on line, Comunicazioni
     * Obbligatorie): their systems, and the administrators who upload their files.
     */
    public boolean sendsFlows() {
        return role == Role.INTEGRATION || role == Role.ADMIN;
    }

    public boolean belongsTo(OrganisationId organisation) {
        return organisationId.equals(organisation);
    }

    /** An operator who supervises their organisation's registrations (only operators can be supervisors). */
    public boolean isSupervisor() {
        return supervisor && role == Role.OPERATOR;
    }
}
