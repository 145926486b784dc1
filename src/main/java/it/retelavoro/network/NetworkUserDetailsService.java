package it.retelavoro.network;

import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.UserPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads the principal of a login: the account with its organisation and the organisation's kind. */
@Component
class NetworkUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final OrganisationRepository organisations;

    NetworkUserDetailsService(UserAccountRepository users, OrganisationRepository organisations) {
        this.users = users;
        this.organisations = organisations;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username == null ? "" : username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        Organisation organisation = organisations.findById(account.organisationId())
                .orElseThrow(() -> new UsernameNotFoundException("user without organisation"));
        CurrentUser user = new CurrentUser(account.id(), account.username(), account.role(), organisation.id(),
                organisation.kind(), account.supervisor());
        return new UserPrincipal(user, account.passwordHash(), account.enabled());
    }
}
