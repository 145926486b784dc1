package it.retelavoro.network;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.Role;
import it.retelavoro.shared.UserId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who supervises the registrations of an organisation (issue 13): an administrator grants an operator the
 * supervisor's authority, which lets them cancel an act registered by mistake after the ordinary window. The
 * authority counts from the operator's next request (a token reads the account every time, a page session at
 * its next login). Audited as {@code USER_SUPERVISOR}.
 */
@Service
@Transactional
public class Supervisors {

    private final UserAccountRepository users;
    private final AuditLog audit;

    Supervisors(UserAccountRepository users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    /**
     * Grants ({@code true}) or withdraws the supervisor's authority of an operator.
     *
     * @throws InvalidInputException when the account is not an operator's
     */
    public UserAccount designate(UserId userId, boolean supervisor, CurrentUser caller) {
        if (caller.role() != Role.ADMIN) {
            audit.denied("USER_SUPERVISOR", "USER", userId);
            throw new AccessDeniedException("Solo un amministratore nomina i supervisori");
        }
        UserAccount account = users.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
        if (supervisor && account.role() != Role.OPERATOR) {
            throw InvalidInputException.of("supervisor", "network.user.supervisor-needs-operator");
        }
        account.designateSupervisor(supervisor);
        UserAccount saved = users.save(account);
        audit.success("USER_SUPERVISOR", "USER", userId, "supervisor=" + supervisor);
        return saved;
    }

    /** The demo network's supervisor, designated as it is created. */
    void grant(UserAccount operator) {
        operator.designateSupervisor(true);
        users.save(operator);
    }
}
