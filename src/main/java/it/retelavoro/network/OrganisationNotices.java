package it.retelavoro.network;

import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.OrganisationId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices to an organisation, shown on its operators' home page: what another organisation did that concerns
 * it (a person or a company taken over on their own choice). The modules that decide such things post them in
 * their own transaction, so a notice exists exactly when the act does. A notice is a message key with its
 * arguments (organisation names, dates, references) and a link, never personal data of special categories.
 */
@Service
@Transactional
public class OrganisationNotices {

    /** How many notices the home page shows, newest first. */
    public static final int SHOWN = 20;

    private final JdbcClient jdbc;
    private final Clock clock;

    OrganisationNotices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * One notice on the home page of an organisation.
     *
     * @param messageKey a key of the messages, whose arguments are {@code arguments} in order
     * @param link       where the notice leads in the application (a path), or {@code null}
     */
    public record Notice(String messageKey, List<String> arguments, String link, Instant createdAt) {
        public Notice {
            Objects.requireNonNull(messageKey, "messageKey");
            arguments = List.copyOf(arguments);
        }
    }

    /** Posts a notice to the organisation's operators. */
    public void post(OrganisationId organisation, String messageKey, List<String> arguments, String link) {
        jdbc.sql("""
                insert into organisation_notice (organisation_id, message_key, arguments, link, created_at)
                values (:organisation, :key, :arguments, :link, :at)""")
                .param("organisation", organisation.value()).param("key", messageKey)
                .param("arguments", arguments.toArray(String[]::new)).param("link", link)
                .param("at", Timestamp.from(clock.instant())).update();
    }

    /** The latest notices of the caller's organisation, newest first. */
    @Transactional(readOnly = true)
    public List<Notice> latest(CurrentUser caller) {
        return jdbc.sql("""
                select message_key, arguments, link, created_at from organisation_notice
                 where organisation_id = :organisation order by created_at desc, id desc limit :limit""")
                .param("organisation", caller.organisationId().value()).param("limit", SHOWN)
                .query((rs, row) -> new Notice(rs.getString(1), List.of((String[]) rs.getArray(2).getArray()),
                        rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list();
    }
}
