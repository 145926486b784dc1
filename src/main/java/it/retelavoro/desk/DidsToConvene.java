package it.retelavoro.desk;

import it.retelavoro.shared.CurrentUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A CPI's worklist "DID da convocare" (issue 15, point 2; every channel since issue 16): the DIDs still in force,
 * declared at a counter, through an agency or on the national portal, of the persons the CPI has in charge (a person
 * an agency took in charge signs the Patto there) with no Patto decided since, nearest deadline first, with the
 * appointment each was convoked to (issue 16, from the agenda's published view). The deadline is the declaration plus
 * the days the law gives the CPI ({@code retelavoro.did.convocation-days}, 30). Read from the view the pathway module
 * publishes; only the CPI's operators see it, and every read is audited.
 */
@Service
@Transactional(readOnly = true)
public class DidsToConvene {

    private static final String FROM = """
             from pathway_desk_did_to_convene c
             join person_desk_person p on p.person_id = c.person_id and p.in_charge_of = c.cpi_id
             left join agenda_desk_convocation v on v.person_id = c.person_id and v.organisation_id = c.cpi_id
            where c.cpi_id = :cpi""";

    private final JdbcClient jdbc;
    private final DeskAccess access;
    private final Clock clock;
    private final int convocationDays;

    DidsToConvene(JdbcClient jdbc, DeskAccess access, Clock clock,
            @Value("${retelavoro.did.convocation-days:30}") int convocationDays) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
        this.convocationDays = convocationDays;
    }

    /** The days the CPI has to convene the person after the declaration. */
    public int convocationDays() {
        return convocationDays;
    }

    /** One page of the worklist, nearest deadline first. */
    public CaseloadPage<DidToConvene> page(Paging paging, CurrentUser caller) {
        requireCpi(caller, "DID_CONVENE_READ");
        long total = jdbc.sql("select count(*)" + FROM).param("cpi", caller.organisationId().value())
                .query(Long.class).single();
        LocalDate today = LocalDate.now(clock);
        List<DidToConvene> rows = jdbc.sql(SELECT + FROM + ORDER + " limit :limit offset :offset")
                .param("cpi", caller.organisationId().value()).param("limit", paging.size())
                .param("offset", paging.offset()).query((rs, n) -> row(rs, today)).list();
        access.read(caller, "DID_CONVENE_READ", "page=" + paging.page());
        return CaseloadPage.of(rows, paging, total);
    }

    /** The whole worklist, one at a time (for the CSV). */
    public void each(CurrentUser caller, Consumer<DidToConvene> consumer) {
        requireCpi(caller, "DID_CONVENE_EXPORT");
        LocalDate today = LocalDate.now(clock);
        try (var rows = jdbc.sql(SELECT + FROM + ORDER).param("cpi", caller.organisationId().value())
                .withFetchSize(500).query((rs, n) -> row(rs, today)).stream()) {
            rows.forEach(consumer);
        }
        access.read(caller, "DID_CONVENE_EXPORT", null);
    }

    private static final String SELECT = """
            select c.did_id, c.person_id, p.last_name || ' ' || p.first_name as name, p.fiscal_code, c.channel,
                   c.declared_on, v.starts_at as convoked_for""";

    private static final String ORDER = " order by c.declared_on, p.search_name, c.did_id";

    private void requireCpi(CurrentUser caller, String action) {
        access.requireOperator(caller, action);
        if (!caller.isCpi()) {
            access.denied(caller, action);
            throw new AccessDeniedException("Solo i CPI convocano le persone che hanno reso la DID");
        }
    }

    private DidToConvene row(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate declaredOn = rs.getObject("declared_on", LocalDate.class);
        LocalDate deadline = declaredOn.plusDays(convocationDays);
        Timestamp convokedFor = rs.getTimestamp("convoked_for");
        return new DidToConvene(rs.getObject("did_id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getString("name"), rs.getString("fiscal_code"), rs.getString("channel"), declaredOn, deadline,
                ChronoUnit.DAYS.between(today, deadline),
                convokedFor == null ? null : convokedFor.toInstant().atZone(clock.getZone()).toLocalDateTime());
    }
}
