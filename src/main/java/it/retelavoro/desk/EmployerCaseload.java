package it.retelavoro.desk;

import it.retelavoro.shared.CurrentUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The companies an organisation has in charge: filtered, sorted and paged in SQL over the read models employer
 * and referral publish ({@code employer_desk_company}, {@code referral_desk_waiting}). Reads are audited as
 * {@code EMPLOYER_CASELOAD_READ} (the CSV as {@code EMPLOYER_CASELOAD_EXPORT}).
 */
@Service
@Transactional(readOnly = true)
public class EmployerCaseload {

    /** The fields a list may be sorted by, with their SQL. */
    public static final Map<String, SortField> SORTABLE = sortable();

    private static final String SELECT = """
            select e.employer_id, e.name, e.fiscal_code, e.comune_code, e.ateco_code, e.pact_in_force,
                   e.open_vacancies, coalesce(f.waiting, 0) as waiting""";

    private final JdbcClient jdbc;
    private final DeskAccess access;

    EmployerCaseload(JdbcClient jdbc, DeskAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    private static Map<String, SortField> sortable() {
        Map<String, SortField> fields = new LinkedHashMap<>();
        fields.put("name", SortField.of("lower(e.name)", "text"));
        fields.put("fiscalCode", SortField.of("e.fiscal_code", "text"));
        fields.put("openVacancies", SortField.of("e.open_vacancies", "bigint"));
        fields.put("awaitingFeedback", SortField.of("coalesce(f.waiting, 0)", "bigint"));
        return Collections.unmodifiableMap(fields);
    }

    /** One page of the caller's organisation's companies that pass the filter. */
    public CaseloadPage<CaseloadEmployer> page(EmployerFilter filter, Paging paging, CurrentUser caller) {
        FilteredQuery query = query(filter, caller, "EMPLOYER_CASELOAD_READ");
        long total = query.bind(jdbc.sql("select count(*)" + query.from())).query(Long.class).single();
        List<CaseloadEmployer> rows = query.bind(jdbc.sql(SELECT + query.from()
                        + paging.orderBy(SORTABLE, "e.employer_id") + " limit :limit offset :offset"))
                .param("limit", paging.size()).param("offset", paging.offset())
                .query((rs, n) -> row(rs)).list();
        return CaseloadPage.of(rows, paging, total);
    }

    /** Every company that passes the filter, in the order asked, one at a time (for the CSV). */
    public void each(EmployerFilter filter, Paging order, CurrentUser caller, Consumer<CaseloadEmployer> consumer) {
        FilteredQuery query = query(filter, caller, "EMPLOYER_CASELOAD_EXPORT");
        try (var rows = query.bind(jdbc.sql(SELECT + query.from() + order.orderBy(SORTABLE, "e.employer_id")))
                .withFetchSize(500).query((rs, n) -> row(rs)).stream()) {
            rows.forEach(consumer);
        }
    }

    private FilteredQuery query(EmployerFilter filter, CurrentUser caller, String action) {
        access.requireOperator(caller, action);
        StringBuilder from = new StringBuilder("""
                 from employer_desk_company e
                 left join (select employer_id, count(*) as waiting from referral_desk_waiting
                             where vacancy_organisation_id = :organisation group by employer_id) f
                        on f.employer_id = e.employer_id
                where e.organisation_id = :organisation""");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("organisation", caller.organisationId().value());
        String text = filter.text() == null ? "" : filter.text().strip();
        if (!text.isEmpty()) {
            from.append(" and (lower(e.name) like :pattern or e.fiscal_code = :code)");
            params.put("pattern", PersonCaseload.escapeLike(text.toLowerCase(Locale.ROOT)) + "%");
            params.put("code", text.toUpperCase(Locale.ROOT));
        }
        if (filter.pactInForce() != null) {
            from.append(" and e.pact_in_force = :pact");
            params.put("pact", filter.pactInForce());
        }
        if (Boolean.TRUE.equals(filter.openVacancies())) {
            from.append(" and e.open_vacancies > 0");
        }
        if (Boolean.TRUE.equals(filter.awaitingFeedback())) {
            from.append(" and f.waiting > 0");
        }
        access.read(caller, action, "text=%s pact=%s openVacancies=%s awaitingFeedback=%s".formatted(
                !text.isEmpty(), filter.pactInForce(), filter.openVacancies(), filter.awaitingFeedback()));
        return new FilteredQuery(from.toString(), params);
    }

    private static CaseloadEmployer row(ResultSet rs) throws SQLException {
        return new CaseloadEmployer(rs.getObject("employer_id", UUID.class), rs.getString("name"),
                rs.getString("fiscal_code"), rs.getString("comune_code"), rs.getString("ateco_code"),
                rs.getBoolean("pact_in_force"), rs.getLong("open_vacancies"), rs.getLong("waiting"));
    }
}
