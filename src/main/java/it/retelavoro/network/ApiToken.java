package it.retelavoro.network;

import it.retelavoro.shared.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A token a user issued for an API client: it acts as its owner, whatever the owner's role is at the time
 * of the request, until it expires or is revoked. Holds the SHA-256 of the token, never the token.
 */
@Table("api_token")
public class ApiToken {

    /** The longest name a token may have (the column's length). */
    public static final int NAME_MAX_LENGTH = 100;
    /** The longest validity a token may be issued with, in days. */
    public static final int MAX_DAYS = 365;

    @Id
    private ApiTokenId id;
    private UserId userId;
    private String name;
    private byte[] tokenHash;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant lastUsedAt;
    private Instant revokedAt;
    @Version
    private Integer version;

    @PersistenceCreator
    ApiToken(ApiTokenId id, UserId userId, String name, byte[] tokenHash, Instant createdAt, Instant expiresAt,
            Instant lastUsedAt, Instant revokedAt, Integer version) {
        this.id = id;
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.lastUsedAt = lastUsedAt;
        this.revokedAt = revokedAt;
        this.version = version;
    }

    static ApiToken issue(UserId owner, String name, byte[] tokenHash, Instant now, Instant expiresAt) {
        if (!expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("a token expires after it is issued");
        }
        return new ApiToken(new ApiTokenId(UUID.randomUUID()), owner, Objects.requireNonNull(name),
                tokenHash.clone(), now, expiresAt, null, null, null);
    }

    /** Revokes the token; revoking it again changes nothing. Returns whether this call revoked it. */
    boolean revoke(Instant now) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = now;
        return true;
    }

    public ApiTokenId id() {
        return id;
    }

    public UserId owner() {
        return userId;
    }

    public boolean ownedBy(UserId user) {
        return userId.equals(user);
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Optional<Instant> lastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }
}
