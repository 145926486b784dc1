package it.retelavoro.desk;

import it.retelavoro.person.FiscalCode;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    public static final Map<String, SortField> SORTABLE = sortable();

    private final JdbcClient jdbc;
    private final DeskAccess access;
    private final Clock clock;

    PersonCaseload(JdbcClient jdbc, DeskAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    private static Map<String, SortField> sortable() {
        Map<String, SortField> fields = new LinkedHashMap<>();
        fields.put("lastName", SortField.of("p.search_name", "text"));
        fields.put("firstName", SortField.of("lower(p.first_name)", "text", "p.search_name", "text"));
        fields.put("fiscalCode", SortField.of("p.fiscal_code", "text"));
        fields.put("stage", SortField.nullable("w.stage", "text"));
        fields.put("lastContact", SortField.nullable("w.last_contact", "date"));
        fields.put("nextDue", SortField.nullable("w.next_due", "date"));
        fields.put("registeredAt", SortField.of("p.registered_at", "timestamptz"));
        return Collections.unmodifiableMap(fields);
    }

    /**
     * One page of the caller's organisation's persons in charge that pass the filter. Reached by a link of the page
     * next to it (its {@link PageKey}), the page is read from the key's row on, in the sort's index; otherwise it is
     * counted from the start of the list.
     */
    public CaseloadPage<CaseloadPerson> page(PersonFilter filter, Paging paging, CurrentUser caller) {
        Conditions conditions = query(filter, caller, "CASELOAD_READ");
        long total = conditions.bind(jdbc.sql("select count(*)" + conditions.countFrom())).query(Long.class).single();
        Map<UUID, String> names = access.operatorNames(caller);
        SortField field = SORTABLE.get(paging.sortField());
        PageKey key = PageKey.read(paging.key(), paging, field).orElse(null);
        Map<String, Object> keyParams = new LinkedHashMap<>();
        String after = key == null ? "" : " and " + key.condition(field, "p.person_id", paging.descending(), keyParams);
        boolean backwards = key != null && key.before();
        String order = field.orderBy(paging.descending(), backwards, "p.person_id");
        String sql;
        if (conditions.onPathway().isEmpty() && !PATHWAY_SORTS.contains(paging.sortField())) {
            // the page is chosen among the persons' own rows (in the order's index), then the pathway's row of each
            // of its persons is read: twenty reads, not one for every person passed over
            sql = SELECT + field.keyColumns() + " from (select p.*" + conditions.personsFrom() + after + order
                    + " limit :limit offset :offset) p left join pathway_desk_caseload w on w.person_id = p.person_id"
                    + order;
        } else {
            sql = SELECT + field.keyColumns() + conditions.from() + after + order + " limit :limit offset :offset";
        }
        var statement = conditions.bind(jdbc.sql(sql));
        keyParams.forEach(statement::param);
        List<Keyed> rows = new ArrayList<>(statement.param("limit", paging.size())
                .param("offset", key == null ? paging.offset() : 0)
                .query((rs, n) -> new Keyed(row(rs, names), keyValues(rs, field))).list());
        if (backwards) {
            Collections.reverse(rows);
        }
        String next = rows.isEmpty() ? null : rows.get(rows.size() - 1).key(false, paging);
        String previous = rows.isEmpty() ? null : rows.get(0).key(true, paging);
        return CaseloadPage.of(rows.stream().map(Keyed::person).toList(), paging, total, next, previous);
    }

    /** A row of a page with its values of the sort field, for the keys of the pages next to it. */
    private record Keyed(CaseloadPerson person, List<String> values) {

        String key(boolean before, Paging paging) {
            return new PageKey(before, paging.sort(), values, person.personId()).token();
        }
    }

    private static List<String> keyValues(ResultSet rs, SortField field) throws SQLException {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < field.expressions().size(); i++) {
            values.add(rs.getString("sort_key_" + i));
        }
        return values;
    }

    /** Every person that passes the filter, in the order asked, one at a time (for the CSV). */
    public void each(PersonFilter filter, Paging order, CurrentUser caller, Consumer<CaseloadPerson> consumer) {
        Conditions conditions = query(filter, caller, "CASELOAD_EXPORT");
        Map<UUID, String> names = access.operatorNames(caller);
        try (var rows = conditions.bind(jdbc.sql(SELECT + conditions.from() + order.orderBy(SORTABLE, "p.person_id")))
                .withFetchSize(500).query((rs, n) -> row(rs, names)).stream()) {
            rows.forEach(consumer);
        }
    }

    /** Today as the desk's filters count it. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The sort fields on the pathway's kept row (the others are on the person's own row). */
    private static final Set<String> PATHWAY_SORTS = Set.of("stage", "lastContact", "nextDue");

    /** The free text: the start of "surname name" or of "name surname", or the codice fiscale. */
    private static final String TEXT = "(search_name like :pattern or search_name_reversed like :pattern"
            + " or fiscal_code = :code)";

    /**
     * A filter's conditions on the person's own row and on the pathway's kept row, with their parameters. Every
     * person in charge has a kept row of the pathway (stage null without DID or Patto in force) with the
     * organisation in charge beside it (DeskStateTests), so that a filter on the pathway reads one index of one
     * table, and a count reads only the rows its conditions need: the same persons either way.
     */
    private record Conditions(boolean text, String onPerson, String onPathway, Map<String, Object> params) {

        /**
         * The persons in charge, as {@code p}. A free text matches a few thousand persons at most: they are found
         * first, on the name indexes, then sorted. Without the fence (a subquery with OFFSET 0 is planned on its
         * own) the planner reads the default order's index from its start, expecting the matches spread evenly
         * along it, and a frequent surname in the middle of the alphabet reads most of a large CPI.
         */
        String persons() {
            return text ? "(select * from person_desk_person where in_charge_of = :organisation and " + TEXT
                    + " offset 0) p" : "person_desk_person p";
        }

        /** FROM and WHERE of the persons with where they stand. */
        String from() {
            return " from pathway_desk_caseload w join " + persons() + " on p.person_id = w.person_id"
                    + " where w.in_charge_of = :organisation and p.in_charge_of = :organisation" + onPerson
                    + onPathway;
        }

        /** FROM and WHERE of the persons' own rows, for a filter with no condition on the pathway. */
        String personsFrom() {
            return " from " + persons() + " where p.in_charge_of = :organisation" + onPerson;
        }

        /** FROM and WHERE of a count: only the rows its conditions read. */
        String countFrom() {
            if (onPathway.isEmpty()) {
                return personsFrom();
            }
            return text || !onPerson.isEmpty() ? from()
                    : " from pathway_desk_caseload w where w.in_charge_of = :organisation" + onPathway;
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            params.forEach(statement::param);
            return statement;
        }
    }

    private static final String SELECT = """
            select p.person_id, p.fiscal_code, p.last_name, p.first_name, w.stage, w.last_contact, w.next_due,
                   p.assigned_operator""";

    private Conditions query(PersonFilter filter, CurrentUser caller, String action) {
        access.requireOperator(caller, action);
        access.requireVisible(filter.complexTarget(), caller, action);
        if (filter.noContactDays() != null && filter.noContactDays() < 0) {
            throw InvalidInputException.of("noContactDays", "desk.filter.no-contact-days.invalid");
        }
        LocalDate today = today();
        // the conditions, on the person's row and on the pathway's: the count reads only the rows it needs
        StringBuilder onPerson = new StringBuilder();
        StringBuilder onPathway = new StringBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("organisation", caller.organisationId().value());
        String text = filter.text() == null ? "" : filter.text().strip();
        if (!text.isEmpty()) {
            String upper = text.toUpperCase(Locale.ROOT);
            params.put("pattern", escapeLike(fold(text)) + "%");
            params.put("code", FiscalCode.isValid(upper) ? new FiscalCode(upper).normalised().value() : upper);
        }
        if (filter.stage() != null) {
            onPathway.append(" and w.stage = :stage");
            params.put("stage", filter.stage().name());
        }
        if (filter.actions() != null) {
            switch (filter.actions()) {
                case OVERDUE -> onPathway.append(" and w.next_due < :today");
                case DUE_SOON -> onPathway.append(" and w.next_due between :today and :horizon");
                case DUE_OR_OVERDUE -> onPathway.append(" and w.next_due <= :horizon");
            }
            params.put("today", today);
            params.put("horizon", today.plusDays(ActionsDue.HORIZON_DAYS));
        }
        if (filter.noContactDays() != null) {
            onPathway.append(" and (w.last_contact is null or w.last_contact <= :contactBefore)");
            params.put("contactBefore", today.minusDays(filter.noContactDays()));
        }
        if (filter.operator() != null) {
            onPerson.append(" and p.assigned_operator = :operator");
            params.put("operator", filter.operator().value());
        } else if (Boolean.TRUE.equals(filter.unassigned())) {
            onPerson.append(" and p.assigned_operator is null");
        }
        if (filter.complexTarget() != null) {
            onPerson.append(" and exists (select 1 from person_desk_complex_target t"
                    + " where t.person_id = p.person_id and t.target = :target)");
            params.put("target", filter.complexTarget().name());
        }
        // which filters were used, never their values: the free text may be a name or a codice fiscale
        access.read(caller, action, describe(filter));
        return new Conditions(!text.isEmpty(), onPerson.toString(), onPathway.toString(), params);
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
