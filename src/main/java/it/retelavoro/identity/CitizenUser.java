package it.retelavoro.identity;

import it.retelavoro.shared.AuthenticatedCitizen;
import it.retelavoro.shared.Citizen;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A citizen logged in with SPID or CIE: the provider's tokens (kept for the logout there) and who they are. */
final class CitizenUser extends DefaultOidcUser implements AuthenticatedCitizen {

    private static final long serialVersionUID = 1L;

    private final Citizen citizen;

    CitizenUser(Citizen citizen, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(List.of(new SimpleGrantedAuthority(Citizen.AUTHORITY)), idToken, userInfo);
        this.citizen = citizen;
    }

    @Override
    public Citizen citizen() {
        return citizen;
    }

    @Override
    public String toString() {
        // never the claims (the codice fiscale, the names) in a log line
        return "CitizenUser[authorities=" + getAuthorities() + "]";
    }
}
