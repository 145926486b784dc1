package it.retelavoro.network;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.shared.ConflictException;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.Role;
import it.retelavoro.shared.UserId;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts of the network linked to an identity of the Region's staff provider (issue 17): an administrator
 * links an account to the value of the configured claim; a login through the provider becomes that account, with
 * its role, organisation and sites as kept here. An identity linked to no account, or to a disabled one, is no
 * one. Linking is audited as {@code USER_IDENTITY_LINK}.
 */
@Service
@Transactional
public class OperatorIdentities {

    private final UserAccountRepository users;
    private final OrganisationRepository organisations;
    private final AuditLog audit;

    OperatorIdentities(UserAccountRepository users, OrganisationRepository organisations, AuditLog audit) {
        this.users = users;
        this.organisations = organisations;
        this.audit = audit;
    }

    /** The enabled account linked to the identity, as the caller it becomes. */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> linkedTo(String identity) {
        if (identity == null || identity.isBlank()) {
            return Optional.empty();
        }
        return users.findByIdentityLink(identity.strip())
                .filter(UserAccount::enabled)
                .filter(account -> account.role() != Role.INTEGRATION)
                .flatMap(account -> organisations.findById(account.organisationId())
                        .map(organisation -> new CurrentUser(account.id(), account.username(), account.role(),
                                organisation.id(), organisation.kind(), account.supervisor())));
    }

    /**
     * Links the account to the identity, or unlinks it when the identity is blank.
     *
     * @throws InvalidInputException when the account is a system's of the flows, or the identity too long
     * @throws ConflictException     when another account is linked to the identity
     */
    public UserAccount link(UserId userId, String identity, CurrentUser caller) {
        if (caller.role() != Role.ADMIN) {
            audit.denied("USER_IDENTITY_LINK", "USER", userId);
            throw new AccessDeniedException("Solo un amministratore collega le identità");
        }
        UserAccount account = users.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
        String link = identity == null || identity.isBlank() ? null : identity.strip();
        if (link != null && account.role() == Role.INTEGRATION) {
            throw InvalidInputException.of("identityLink", "network.user.identity-link.system");
        }
        if (link != null && link.length() > UserAccount.IDENTITY_LINK_MAX) {
            throw InvalidInputException.of("identityLink", "validation.too-long", UserAccount.IDENTITY_LINK_MAX);
        }
        if (link != null && users.findByIdentityLink(link).filter(other -> !other.id().equals(userId)).isPresent()) {
            throw new ConflictException("network.user.identity-link.taken", java.util.List.of(), null);
        }
        account.linkIdentity(link);
        UserAccount saved = users.save(account);
        audit.success("USER_IDENTITY_LINK", "USER", userId, link == null ? "unlinked" : "linked");
        return saved;
    }
}
