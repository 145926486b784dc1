package it.retelavoro.audit;

import it.retelavoro.shared.AuthenticatedCitizen;
import it.retelavoro.shared.AuthenticatedOperator;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;

/**
 * Logins (page logins; API calls authenticate on every request and would drown the trail), failed logins
 * for every door, and authenticated callers refused by the URL rules.
 */
@Component
class SecurityEventsAudit {

    private final AuditLog audit;

    SecurityEventsAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void onLogin(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AuthenticatedCitizen) {
            // a citizen's login is recorded as CITIZEN_LOGIN, with its level only: their provider's subject is a
            // pseudonym of the person, not a username of the network
            return;
        }
        audit.login(event.getAuthentication().getName(), AuditOutcome.SUCCESS);
    }

    @EventListener
    void onFailedLogin(AbstractAuthenticationFailureEvent event) {
        audit.login(event.getAuthentication().getName(), AuditOutcome.FAILED);
    }

    @EventListener
    void onDenied(AuthorizationDeniedEvent<?> event) {
        var authentication = event.getAuthentication().get();
        if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedOperator) {
            audit.denied("ACCESS", "URL", null);
        }
    }
}
