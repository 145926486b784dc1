package it.retelavoro.network;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.Role;
import it.retelavoro.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API tokens of the users: issued by a user for themself, listed and revoked by their owner or an
 * administrator. The secret is returned once, when issued; afterwards only its hash exists.
 */
@Service
@Transactional
public class ApiTokens {

    private final ApiTokenRepository tokens;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    /** A token just issued, with the secret the client will send: shown this once. */
    public record IssuedApiToken(ApiToken token, String secret) {
    }

    /**
     * Issues a token that acts as the caller for {@code expiresInDays} days (1 to {@value ApiToken#MAX_DAYS}).
     */
    public IssuedApiToken issue(String name, Integer expiresInDays, CurrentUser caller) {
        var problems = new InvalidInputException.Collector();
        String stripped = name == null ? "" : name.strip();
        problems.require(!stripped.isEmpty(), "name", "validation.required");
        problems.require(stripped.length() <= ApiToken.NAME_MAX_LENGTH, "name", "validation.too-long",
                ApiToken.NAME_MAX_LENGTH);
        problems.require(stripped.chars().noneMatch(Character::isISOControl), "name", "validation.format");
        problems.require(expiresInDays != null && expiresInDays >= 1 && expiresInDays <= ApiToken.MAX_DAYS,
                "expiresInDays", "network.token.expires-in-days", ApiToken.MAX_DAYS);
        problems.throwIfAny();
        String secret = TokenSecrets.newSecret();
        Instant now = clock.instant();
        ApiToken token = tokens.save(ApiToken.issue(caller.id(), stripped, TokenSecrets.hash(secret), now,
                now.plus(Duration.ofDays(expiresInDays))));
        audit.success("API_TOKEN_CREATE", "API_TOKEN", token.id(), "expiresInDays=" + expiresInDays);
        return new IssuedApiToken(token, secret);
    }

    /** The tokens of {@code owner} (the caller's own when empty): another user's only for an administrator. */
    @Transactional(readOnly = true)
    public List<ApiToken> tokensOf(Optional<UserId> owner, CurrentUser caller) {
        UserId whose = owner.orElse(caller.id());
        if (!whose.equals(caller.id()) && caller.role() != Role.ADMIN) {
            audit.denied("API_TOKEN_READ", "USER", whose);
            throw new AccessDeniedException("Solo un amministratore vede i token di altri utenti");
        }
        return tokens.findByOwner(whose);
    }

    /**
     * Revokes a token of the caller, or any token for an administrator; from this moment it authenticates
     * nothing. Another user's token answers as if it did not exist.
     */
    public void revoke(ApiTokenId id, CurrentUser caller) {
        ApiToken token = tokens.findById(id).orElseThrow(() -> new NotFoundException("api-token", id));
        if (!token.ownedBy(caller.id()) && caller.role() != Role.ADMIN) {
            audit.denied("API_TOKEN_REVOKE", "API_TOKEN", id);
            throw new NotFoundException("api-token", id);
        }
        if (token.revoke(clock.instant())) {
            tokens.save(token);
            audit.success("API_TOKEN_REVOKE", "API_TOKEN", id,
                    token.ownedBy(caller.id()) ? "own" : "owner=" + token.owner());
        }
    }
}
