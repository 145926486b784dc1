package it.retelavoro.monitoring;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How an indicator is computed from the facts: which facts (kind and condition), what is counted distinct
 * (person, company or item) and which organisation the value belongs to. The single place where the
 * definitions of the issue live; the aggregate, the partial months and the records all use it, so they
 * cannot disagree.
 */
record IndicatorDefinition(String code, FactKind kind, String condition, Subject subject, boolean counterpart) {

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
            person("1.1", FactKind.DELIVERY, "f.detail = 'A1'"),
            person("2.1", FactKind.DELIVERY, "f.detail = 'A2'"),
            person("2.2", FactKind.PACT_SIGNED, null),
            person("3.1", FactKind.DELIVERY, "f.detail = 'A3'"),
            new IndicatorDefinition("3.2", FactKind.PLAN_SIGNED, null, Subject.ITEM, false),
            person("3.3", FactKind.PLAN_REFUSED, null),
            person("3.4", FactKind.TRAINING, "f.detail = 'REFERRED'"),
            person("3.5", FactKind.TRAINING, "f.detail = 'ENROLLED'"),
            person("3.6", FactKind.TRAINING, "f.detail = 'COMPLETED'"),
            person("4.1", FactKind.DELIVERY, "f.detail = 'A4'"),
            person("5.1", FactKind.DELIVERY, "f.detail = 'A5'"),
            new IndicatorDefinition("5.2", FactKind.INTERNSHIP_ACTIVATED, null, Subject.ITEM, false),
            person("6.1", FactKind.DELIVERY, "f.detail = 'A6'"),
            person("6.2", FactKind.REFERRAL, null),
            person("6.3", FactKind.REFERRAL_OUTCOME, "f.detail in ('SELECTED', 'HIRED')"),
            person("6.4", FactKind.CONTRACT_STARTED, null),
            company("7.1", FactKind.EMPLOYER_DELIVERY, "f.detail = 'B1'"),
            company("7.2", FactKind.COMPANY_NEED, null),
            company("8.1", FactKind.EMPLOYER_DELIVERY, "f.detail = 'B2'"),
            company("8.2", FactKind.COMPANY_PACT_SIGNED, null),
            company("8.3", FactKind.VACANCY_REGISTERED, null),
            new IndicatorDefinition("8.4", FactKind.VACANCY_REGISTERED, null, Subject.ITEM, false),
            company("9.1", FactKind.EMPLOYER_DELIVERY, "f.detail = 'B3'"),
            new IndicatorDefinition("10.1", FactKind.REFERRAL, null, Subject.PERSON, true),
            new IndicatorDefinition("10.2", FactKind.REFERRAL_OUTCOME, "f.detail in ('SELECTED', 'HIRED')",
                    Subject.COMPANY, true),
            new IndicatorDefinition("10.3", FactKind.REFERRAL_OUTCOME, "f.detail = 'HIRED'", Subject.COMPANY, true));

    static final Map<String, IndicatorDefinition> BY_CODE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(IndicatorDefinition::code, Function.identity()));

    private static IndicatorDefinition person(String code, FactKind kind, String condition) {
        return new IndicatorDefinition(code, kind, condition, Subject.PERSON, false);
    }

    private static IndicatorDefinition company(String code, FactKind kind, String condition) {
        return new IndicatorDefinition(code, kind, condition, Subject.COMPANY, false);
    }

    /** The column holding the organisation the value belongs to. */
    String organisationColumn() {
        return counterpart ? "f.counterpart_organisation_id" : "f.organisation_id";
    }

    /**
     * The facts of this indicator matching {@code filter} (SQL over alias {@code f}), as rows of code,
     * fact id, date, organisation and subject.
     */
    String select(String filter) {
        return select(filter, "");
    }

    /** As {@link #select(String)}, with more columns (SQL over alias {@code f}, each with a leading comma). */
    String select(String filter, String moreColumns) {
        return "select '" + code + "' as code, f.id, f.fact_date, " + organisationColumn()
                + " as organisation_id, " + subject.sql + " as subject"
                + moreColumns.replace("f_organisation", organisationColumn() + "::text")
                + " from monitoring_fact f where f.kind = '"
                + kind.name() + "'" + (condition == null ? "" : " and " + condition)
                + (counterpart ? " and f.counterpart_organisation_id is not null" : "")
                + (filter == null ? "" : " and " + filter);
    }

    /** The union of {@link #select(String)} over the given definitions. */
    static String union(List<IndicatorDefinition> definitions, String filter) {
        return definitions.stream().map(definition -> definition.select(filter))
                .collect(Collectors.joining("\nunion all\n"));
    }
}
