package it.retelavoro.desk;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.catalogue.ComplexTarget;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.UserAccount;
import it.retelavoro.person.CaseAssignments;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.Role;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The checks every desk use case makes: only operators have a caseload (their organisation's), and a list is
 * filtered by a complex target only for a caller who may see it. Denials are audited.
 */
@Component
class DeskAccess {

    static final String OBJECT = "ORGANISATION";

    private final AuditLog audit;
    private final NetworkManagement network;
    private final CaseAssignments assignments;

    DeskAccess(AuditLog audit, NetworkManagement network, CaseAssignments assignments) {
        this.audit = audit;
        this.network = network;
        this.assignments = assignments;
    }

    void requireOperator(CurrentUser caller, String action) {
        if (caller.role() != Role.OPERATOR) {
            audit.denied(action, OBJECT, caller.organisationId());
            throw new AccessDeniedException("Solo gli operatori hanno persone e imprese in carico");
        }
    }

    void requireVisible(ComplexTarget target, CurrentUser caller, String action) {
        if (target != null && !assignments.visibleTargets(caller).contains(target)) {
            audit.denied(action, OBJECT, caller.organisationId());
            throw new AccessDeniedException("Target complesso non visibile all'operatore");
        }
    }

    void denied(CurrentUser caller, String action) {
        audit.denied(action, OBJECT, caller.organisationId());
    }

    void read(CurrentUser caller, String action, String detail) {
        audit.success(action, OBJECT, caller.organisationId(), detail);
    }

    /** The names of the caller's organisation's users, by id. */
    Map<UUID, String> operatorNames(CurrentUser caller) {
        Map<UUID, String> names = new HashMap<>();
        for (UserAccount user : network.usersOf(caller.organisationId(), caller)) {
            names.put(user.id().value(), user.fullName());
        }
        return names;
    }
}
