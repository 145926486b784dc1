package it.retelavoro.desk;

import it.retelavoro.person.FiscalCode;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
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
 * The persons an organisation has in charge, as its operators work them: filtered, sorted and paged in SQL over
 * the read models person and pathway publish ({@code person_desk_person}, {@code pathway_desk_caseload},
 * {@code person_desk_complex_target}), so a CPI with 50,000 persons in charge never loads them all. Reads are
 * audited as {@code CASELOAD_READ} (the CSV as {@code CASELOAD_EXPORT}).
 */
@Service
@Transactional(readOnly = true)
public class PersonCaseload {

    /** The fields a list may be sorted by, with their SQL. */
    public static final Map<String, String> SORTABLE = sortable();

    private final JdbcClient jdbc;
    private final DeskAccess access;
    private final Clock clock;

    PersonCaseload(JdbcClient jdbc, DeskAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    private static Map<String, String> sortable() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("lastName", "p.search_name");
        fields.put("firstName", "lower(p.first_name), p.search_name");
        fields.put("fiscalCode", "p.fiscal_code");
        fields.put("stage", "w.stage");
        fields.put("lastContact", "w.last_contact");
        fields.put("nextDue", "w.next_due");
        fields.put("registeredAt", "p.registered_at");
        return java.util.Collections.unmodifiableMap(fields);
    }

    /** One page of the caller's organisation's persons in charge that pass the filter. */
    public CaseloadPage<CaseloadPerson> page(PersonFilter filter, Paging paging, CurrentUser caller) {
        FilteredQuery query = query(filter, caller, "CASELOAD_READ");
        long total = query.bind(jdbc.sql("select count(*)" + query.countFrom())).query(Long.class).single();
        Map<UUID, String> names = access.operatorNames(caller);
        List<CaseloadPerson> rows = query.bind(jdbc.sql(SELECT + query.from()
                        + paging.orderBy(SORTABLE, "p.person_id") + " limit :limit offset :offset"))
                .param("limit", paging.size()).param("offset", paging.offset())
                .query((rs, n) -> row(rs, names)).list();
        return CaseloadPage.of(rows, paging, total);
    }

    /** Every person that passes the filter, in the order asked, one at a time (for the CSV). */
    public void each(PersonFilter filter, Paging order, CurrentUser caller, Consumer<CaseloadPerson> consumer) {
        FilteredQuery query = query(filter, caller, "CASELOAD_EXPORT");
        Map<UUID, String> names = access.operatorNames(caller);
        try (var rows = query.bind(jdbc.sql(SELECT + query.from() + order.orderBy(SORTABLE, "p.person_id")))
                .withFetchSize(500).query((rs, n) -> row(rs, names)).stream()) {
            rows.forEach(consumer);
        }
    }

    /** Today as the desk's filters count it. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The persons in charge with where they stand: every person in charge has a kept row of the pathway (stage null
     * without DID or Patto in force) with the organisation in charge beside it, so that a filter on the pathway
     * reads one index of one table; the person's own row gives the names and the operator assigned.
     */
    private static final String JOINED = " from pathway_desk_caseload w join person_desk_person p on p.person_id ="
            + " w.person_id where w.in_charge_of = :organisation and p.in_charge_of = :organisation";

    /** The same persons, for a count that filters nothing of the pathway. */
    private static final String PERSON_ONLY = " from person_desk_person p where p.in_charge_of = :organisation";

    /** The same persons, for a count that filters nothing of the person's own row. */
    private static final String STATE_ONLY = " from pathway_desk_caseload w where w.in_charge_of = :organisation";

    private static final String SELECT = """
            select p.person_id, p.fiscal_code, p.last_name, p.first_name, w.stage, w.last_contact, w.next_due,
                   p.assigned_operator""";

    private FilteredQuery query(PersonFilter filter, CurrentUser caller, String action) {
        access.requireOperator(caller, action);
        access.requireVisible(filter.complexTarget(), caller, action);
        if (filter.noContactDays() != null && filter.noContactDays() < 0) {
            throw InvalidInputException.of("noContactDays", "desk.filter.no-contact-days.invalid");
        }
        LocalDate today = today();
        // the conditions, and which of the two rows they read: the count reads only the rows it needs
        StringBuilder where = new StringBuilder();
        boolean onPerson = false;
        boolean onPathway = false;
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("organisation", caller.organisationId().value());
        String text = filter.text() == null ? "" : filter.text().strip();
        if (!text.isEmpty()) {
            String upper = text.toUpperCase(Locale.ROOT);
            where.append(" and (p.search_name like :pattern or p.search_name_reversed like :pattern"
                    + " or p.fiscal_code = :code)");
            params.put("pattern", escapeLike(fold(text)) + "%");
            params.put("code", FiscalCode.isValid(upper) ? new FiscalCode(upper).normalised().value() : upper);
            onPerson = true;
        }
        if (filter.stage() != null) {
            where.append(" and w.stage = :stage");
            params.put("stage", filter.stage().name());
            onPathway = true;
        }
        if (filter.actions() != null) {
            switch (filter.actions()) {
                case OVERDUE -> where.append(" and w.next_due < :today");
                case DUE_SOON -> where.append(" and w.next_due between :today and :horizon");
                case DUE_OR_OVERDUE -> where.append(" and w.next_due <= :horizon");
            }
            params.put("today", today);
            params.put("horizon", today.plusDays(ActionsDue.HORIZON_DAYS));
            onPathway = true;
        }
        if (filter.noContactDays() != null) {
            where.append(" and (w.last_contact is null or w.last_contact <= :contactBefore)");
            params.put("contactBefore", today.minusDays(filter.noContactDays()));
            onPathway = true;
        }
        if (filter.operator() != null) {
            where.append(" and p.assigned_operator = :operator");
            params.put("operator", filter.operator().value());
            onPerson = true;
        } else if (Boolean.TRUE.equals(filter.unassigned())) {
            where.append(" and p.assigned_operator is null");
            onPerson = true;
        }
        if (filter.complexTarget() != null) {
            where.append(" and exists (select 1 from person_desk_complex_target t"
                    + " where t.person_id = p.person_id and t.target = :target)");
            params.put("target", filter.complexTarget().name());
            onPerson = true;
        }
        // which filters were used, never their values: the free text may be a name or a codice fiscale
        access.read(caller, action, describe(filter));
        // Every person in charge has a kept row (DeskStateTests), so the three count the same persons.
        String countFrom = !onPathway ? PERSON_ONLY : onPerson ? JOINED : STATE_ONLY;
        return new FilteredQuery(JOINED + where, countFrom + where, params);
    }

    private static String describe(PersonFilter filter) {
        return "text=%s stage=%s actions=%s noContactDays=%s operator=%s unassigned=%s target=%s".formatted(
                filter.text() != null && !filter.text().isBlank(), filter.stage(), filter.actions(),
                filter.noContactDays(), filter.operator() != null, filter.unassigned(), filter.complexTarget() != null);
    }

    private static CaseloadPerson row(ResultSet rs, Map<UUID, String> names) throws SQLException {
        String stage = rs.getString("stage");
        UUID operator = rs.getObject("assigned_operator", UUID.class);
        return new CaseloadPerson(rs.getObject("person_id", UUID.class), rs.getString("fiscal_code"),
                rs.getString("last_name"), rs.getString("first_name"), stage == null ? null : Stage.valueOf(stage),
                rs.getObject("last_contact", LocalDate.class), rs.getObject("next_due", LocalDate.class), operator,
                operator == null ? null : names.get(operator));
    }

    /** Lower case, accents and extra spaces removed: as the person module folds names for search. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
