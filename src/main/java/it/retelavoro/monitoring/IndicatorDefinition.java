package it.retelavoro.monitoring;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How an indicator is computed from the facts: which facts (kind and, when given, the details they must
 * have), what is counted distinct (person, company or item) and which organisation the value belongs to.
 * The single place where the definitions of the issue live; the aggregate, the partial months and the
 * records all use it, so they cannot disagree. The values (code, kind, details) are bound as parameters of
 * the SQL, never written into it.
 *
 * @param details the details a fact must have to count (any of them), empty for any detail
 */
record IndicatorDefinition(String code, FactKind kind, List<String> details, Subject subject, boolean counterpart) {

    IndicatorDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        details = List.copyOf(details);
        Objects.requireNonNull(subject, "subject");
    }

    /** What an indicator counts distinct. */
    enum Subject {
        /** A person, or an anonymous A1 visitor counted once (keyed by their delivery). */
        PERSON("coalesce(f.person_id::text, 'anon:' || f.item_id::text)"),
        COMPANY("f.employer_id::text"),
        ITEM("f.item_id::text");

        final String sql;

        Subject(String sql) {
            this.sql = sql;
        }
    }

    static final List<IndicatorDefinition> ALL = List.of(
            person("1.1", FactKind.DELIVERY, "A1"),
            person("2.1", FactKind.DELIVERY, "A2"),
            person("2.2", FactKind.PACT_SIGNED),
            person("3.1", FactKind.DELIVERY, "A3"),
            new IndicatorDefinition("3.2", FactKind.PLAN_SIGNED, List.of(), Subject.ITEM, false),
            person("3.3", FactKind.PLAN_REFUSED),
            person("3.4", FactKind.TRAINING, "REFERRED"),
            person("3.5", FactKind.TRAINING, "ENROLLED"),
            person("3.6", FactKind.TRAINING, "COMPLETED"),
            person("4.1", FactKind.DELIVERY, "A4"),
            person("5.1", FactKind.DELIVERY, "A5"),
            new IndicatorDefinition("5.2", FactKind.INTERNSHIP_ACTIVATED, List.of(), Subject.ITEM, false),
            person("6.1", FactKind.DELIVERY, "A6"),
            person("6.2", FactKind.REFERRAL),
            person("6.3", FactKind.REFERRAL_OUTCOME, "SELECTED", "HIRED"),
            person("6.4", FactKind.CONTRACT_STARTED),
            company("7.1", FactKind.EMPLOYER_DELIVERY, "B1"),
            company("7.2", FactKind.COMPANY_NEED),
            company("8.1", FactKind.EMPLOYER_DELIVERY, "B2"),
            company("8.2", FactKind.COMPANY_PACT_SIGNED),
            company("8.3", FactKind.VACANCY_REGISTERED),
            new IndicatorDefinition("8.4", FactKind.VACANCY_REGISTERED, List.of(), Subject.ITEM, false),
            company("9.1", FactKind.EMPLOYER_DELIVERY, "B3"),
            new IndicatorDefinition("10.1", FactKind.REFERRAL, List.of(), Subject.PERSON, true),
            new IndicatorDefinition("10.2", FactKind.REFERRAL_OUTCOME, List.of("SELECTED", "HIRED"), Subject.COMPANY,
                    true),
            // "N°aziende che hanno assunto": dated by the start of the contract, as 6.4 is ("Data avvio
            // contratto"), so that one hire falls in the same period on the person's and the company's side.
            new IndicatorDefinition("10.3", FactKind.CONTRACT_STARTED, List.of(), Subject.COMPANY, true));

    static final Map<String, IndicatorDefinition> BY_CODE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(IndicatorDefinition::code, Function.identity()));

    private static final Map<FactKind, List<IndicatorDefinition>> BY_KIND = ALL.stream()
            .collect(Collectors.groupingBy(IndicatorDefinition::kind, () -> new EnumMap<>(FactKind.class),
                    Collectors.toUnmodifiableList()));

    /** The indicators counted over the facts of that kind, in the order of {@link #ALL}; none for some kinds. */
    static List<IndicatorDefinition> ofKind(FactKind kind) {
        return BY_KIND.getOrDefault(kind, List.of());
    }

    private static IndicatorDefinition person(String code, FactKind kind, String... details) {
        return new IndicatorDefinition(code, kind, List.of(details), Subject.PERSON, false);
    }

    private static IndicatorDefinition company(String code, FactKind kind, String... details) {
        return new IndicatorDefinition(code, kind, List.of(details), Subject.COMPANY, false);
    }

    /**
     * SQL over alias {@code f} selecting the facts whose subject is {@code :subject} (a uuid) for this
     * definition, on the index of the subject's column. An anonymous visitor's subject is their A1's item.
     */
    String subjectIs(boolean anonymous) {
        return switch (subject) {
            case PERSON -> anonymous ? "f.person_id is null and f.item_id = :subject" : "f.person_id = :subject";
            case COMPANY -> "f.employer_id = :subject";
            case ITEM -> "f.item_id = :subject";
        };
    }

    /** The column holding the organisation the value belongs to. */
    String organisationColumn() {
        return counterpart ? "f.counterpart_organisation_id" : "f.organisation_id";
    }

    /**
     * The facts of the definitions matching {@code filter} (SQL over alias {@code f}, null for all), as rows of
     * code, fact id, date, organisation and subject.
     */
    static BoundSql union(List<IndicatorDefinition> definitions, String filter) {
        return union(definitions, filter, definition -> "");
    }

    /**
     * As {@link #union(List, String)}, with more columns for each definition (SQL over alias {@code f}, each
     * with a leading comma).
     */
    static BoundSql union(List<IndicatorDefinition> definitions, String filter,
            Function<IndicatorDefinition, String> moreColumns) {
        return union(definitions, filter, moreColumns, false);
    }

    /**
     * As {@link #union(List, String, Function)}, with the reversed facts too when asked (the records show a
     * cancelled act; no count includes it).
     */
    static BoundSql union(List<IndicatorDefinition> definitions, String filter,
            Function<IndicatorDefinition, String> moreColumns, boolean withReversed) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < definitions.size(); i++) {
            IndicatorDefinition definition = definitions.get(i);
            if (i > 0) {
                sql.append("\nunion all\n");
            }
            sql.append(definition.select(i, filter, moreColumns.apply(definition), withReversed, params));
        }
        return new BoundSql(sql.toString(), params);
    }

    /** The select of this definition, its parameters named with the suffix {@code n} and added to params. */
    private String select(int n, String filter, String moreColumns, boolean withReversed,
            Map<String, Object> params) {
        params.put("code_" + n, code);
        params.put("kind_" + n, kind.name());
        if (!details.isEmpty()) {
            params.put("details_" + n, details);
        }
        return "select cast(:code_" + n + " as text) as code, f.id, f.fact_date, " + organisationColumn()
                + " as organisation_id, " + subject.sql + " as subject" + moreColumns
                + " from monitoring_fact f where f.kind = :kind_" + n
                + (details.isEmpty() ? "" : " and f.detail in (:details_" + n + ")")
                + (counterpart ? " and f.counterpart_organisation_id is not null" : "")
                + (withReversed ? "" : " and f.reversed_at is null")
                + (filter == null ? "" : " and " + filter);
    }
}
