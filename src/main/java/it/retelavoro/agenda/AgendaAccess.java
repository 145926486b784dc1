package it.retelavoro.agenda;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Site;
import it.retelavoro.network.UserAccount;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.Role;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may use a site's agenda: the operators of the organisation the site belongs to (and, for its hours and
 * closures, the administrators). Any other caller is refused and audited.
 */
@Component
class AgendaAccess {

    static final String OBJECT = "AGENDA";

    private final NetworkManagement network;
    private final AuditLog audit;

    AgendaAccess(NetworkManagement network, AuditLog audit) {
        this.network = network;
        this.audit = audit;
    }

    /**
     * The site, when the caller is an operator of its organisation, or an administrator when allowed.
     *
     * @throws NotFoundException     when there is no such site
     * @throws AccessDeniedException otherwise (audited)
     */
    Site requireSite(SiteId id, CurrentUser caller, String action, boolean administrators) {
        Site site = network.findSite(id).orElseThrow(() -> new NotFoundException("site", id.value()));
        boolean operator = caller.role() == Role.OPERATOR && caller.belongsTo(site.organisationId());
        boolean admin = administrators && caller.role() == Role.ADMIN;
        if (!operator && !admin) {
            audit.denied(action, OBJECT, id);
            throw new AccessDeniedException("L'agenda di questa sede è dei suoi operatori");
        }
        return site;
    }

    /**
     * The operator named for an appointment or for hours at the site: an enabled operator of the site's
     * organisation who works at that site.
     *
     * @throws InvalidInputException otherwise, on {@code operatorId}
     */
    UserAccount requireOperatorAt(Site site, UserId operatorId) {
        if (operatorId == null) {
            throw InvalidInputException.of("operatorId", "validation.required");
        }
        return network.findUser(operatorId)
                .filter(user -> user.enabled() && user.role() == Role.OPERATOR
                        && user.organisationId().equals(site.organisationId()) && user.worksAt(site.id()))
                .orElseThrow(() -> InvalidInputException.of("operatorId", "agenda.operator.not-at-site"));
    }

    /** Whether the caller may set the hours and absences of that operator: the operator, a supervisor, an admin. */
    void requireManages(UserId operator, CurrentUser caller, SiteId site, String action) {
        if (caller.role() == Role.ADMIN || caller.isSupervisor() || caller.id().equals(operator)) {
            return;
        }
        audit.denied(action, OBJECT, site);
        throw new AccessDeniedException("Solo l'operatore stesso, un supervisore o un amministratore");
    }
}
