package it.retelavoro.identity;

import it.retelavoro.shared.AuthenticatedOperator;
import it.retelavoro.shared.CurrentUser;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A user of the network logged in through the Region's staff provider: the account their identity is linked to,
 * with its role, as if they had used the form; the provider's tokens kept for the logout there.
 */
final class OperatorUser extends DefaultOidcUser implements AuthenticatedOperator {

    private static final long serialVersionUID = 1L;

    private final CurrentUser user;

    OperatorUser(CurrentUser user, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(List.of(new SimpleGrantedAuthority(user.role().authority())), idToken, userInfo);
        this.user = user;
    }

    @Override
    public CurrentUser user() {
        return user;
    }

    @Override
    public String getName() {
        // the audit trail and the session name the account, as for a login with the form
        return user.username();
    }

    @Override
    public String toString() {
        // never the claims (the codice fiscale, the names) in a log line
        return "OperatorUser[authorities=" + getAuthorities() + "]";
    }
}
