package it.retelavoro.network;

import it.retelavoro.platform.ApiTokenAuthenticator;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.OrganisationKind;
import it.retelavoro.shared.Role;
import it.retelavoro.shared.UserId;
import it.retelavoro.shared.UserPrincipal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who a bearer token acts for: one indexed lookup from the token's hash to its owner's account and
 * organisation, read on every request so that a disabled account or a changed role counts at once. The
 * last use is written at most once a {@link #LAST_USE_RESOLUTION} per token, not on every request.
 */
@Component
class ApiTokenOwners implements ApiTokenAuthenticator {

    static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    ApiTokenOwners(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Row(UUID tokenId, Instant expiresAt, Instant revokedAt, Instant lastUsedAt, CurrentUser owner,
            boolean enabled) {
    }

    @Override
    public Optional<UserPrincipal> authenticate(String token) {
        if (!TokenSecrets.looksLikeToken(token)) {
            return Optional.empty();
        }
        Optional<Row> found = jdbc.sql("""
                select t.id, t.expires_at, t.revoked_at, t.last_used_at,
                       u.id as user_id, u.username, u.role, u.enabled, u.supervisor, o.id as organisation_id, o.kind
                from api_token t
                join user_account u on u.id = t.user_id
                join organisation o on o.id = u.organisation_id
                where t.token_hash = :hash""")
                .param("hash", TokenSecrets.hash(token))
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), instant(rs.getTimestamp("expires_at")),
                        instant(rs.getTimestamp("revoked_at")), instant(rs.getTimestamp("last_used_at")),
                        new CurrentUser(new UserId(rs.getObject("user_id", UUID.class)), rs.getString("username"),
                                Role.valueOf(rs.getString("role")),
                                new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                                OrganisationKind.valueOf(rs.getString("kind")), rs.getBoolean("supervisor")),
                        rs.getBoolean("enabled")))
                .optional();
        Instant now = clock.instant();
        Optional<Row> valid = found.filter(row -> row.revokedAt() == null && now.isBefore(row.expiresAt())
                && row.enabled());
        valid.ifPresent(row -> touch(row, now));
        return valid.map(row -> new UserPrincipal(row.owner(), null, true));
    }

    private void touch(Row row, Instant now) {
        if (row.lastUsedAt() != null && row.lastUsedAt().isAfter(now.minus(LAST_USE_RESOLUTION))) {
            return;
        }
        jdbc.sql("""
                update api_token set last_used_at = :now
                where id = :id and (last_used_at is null or last_used_at < :now)""")
                .param("now", Timestamp.from(now))
                .param("id", row.tokenId())
                .update();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
