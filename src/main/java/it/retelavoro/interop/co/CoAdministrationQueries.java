package it.retelavoro.interop.co;

import it.retelavoro.interop.CoEvents.EventKind;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The administrators' reads of what the CO intake received and refused ({@code /admin/co}): no worker's data. */
@Component
class CoAdministrationQueries {

    private final JdbcClient jdbc;

    CoAdministrationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest communications received, for the administrator: no worker's data. */
    List<CoAdministration.ReceivedRow> latest(int limit) {
        return jdbc.sql("""
                select code, kind, communication_type, event_kind, sent_at, state, person_id is not null as attached,
                       received_at
                  from interop_co_communication order by received_at desc, code desc limit :limit""")
                .param("limit", limit)
                .query((rs, row) -> new CoAdministration.ReceivedRow(rs.getString("code"),
                        CoKind.valueOf(rs.getString("kind")), rs.getString("communication_type"), null,
                        EventKind.valueOf(rs.getString("event_kind")), rs.getTimestamp("sent_at").toInstant(),
                        CoCommunicationState.valueOf(rs.getString("state")), rs.getBoolean("attached"),
                        rs.getTimestamp("received_at").toInstant()))
                .list();
    }

    /** The latest documents refused, without their bytes. */
    List<CoAdministration.RejectedRow> rejected(int limit) {
        return jdbc.sql("""
                select id, received_at, entry_name, code, message, line from interop_co_rejected
                 order by received_at desc, id limit :limit""").param("limit", limit)
                .query((rs, row) -> new CoAdministration.RejectedRow(new CoRejectedId(rs.getObject("id", UUID.class)),
                        rs.getTimestamp("received_at").toInstant(), rs.getString("entry_name"),
                        rs.getString("code"), rs.getString("message"), rs.getInt("line")))
                .list();
    }

    /** A refused document's name and bytes. */
    Optional<CoAdministration.RejectedDocument> rejectedDocument(CoRejectedId id) {
        return jdbc.sql("select entry_name, raw from interop_co_rejected where id = :id").param("id", id.value())
                .query((rs, row) -> new CoAdministration.RejectedDocument(rs.getString("entry_name"),
                        rs.getBytes("raw")))
                .optional();
    }
}
