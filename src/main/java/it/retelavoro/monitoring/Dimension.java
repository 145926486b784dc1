package it.retelavoro.monitoring;

import it.retelavoro.shared.CurrentUser;
import java.util.Arrays;
import java.util.Optional;

/** What the indicators can be broken down by, as stored with each fact. */
public enum Dimension {
    /** The organisation the value belongs to (the vacancy's owner for the indicators of the counterpart). */
    ORGANISATION("organisation", null),
    SITE("site", "f.site_id::text"),
    OPERATOR("operator", "f.operator_id::text"),
    /**
     * The province (sigla) of the site where the service was delivered, for a fact without a site that of the
     * nearest delivery to the same subject ({@link ProvinceAttribution}, as the open data).
     */
    PROVINCE("province", null),
    SEX("sex", "f.sex"),
    AGE_BAND("ageBand", "f.age_band"),
    CITIZENSHIP_GROUP("citizenshipGroup", "f.citizenship_group"),
    EDUCATION_LEVEL("educationLevel", "f.education_level"),
    /**
     * The person's complex targets (special-category data): a fact counts once under each target of its person,
     * under NONE when the person has none, and has no value when it is not about a known person. Only for the
     * roles that see the whole region ({@link #isVisibleTo}).
     */
    COMPLEX_TARGET("complexTarget", "unnest(case when f.person_id is null then array[null::text] else coalesce("
            + "(select array_agg(t.target order by t.target) from monitoring_person_target t"
            + " where t.person_id = f.person_id), array['NONE']) end)"),
    /** The month of the fact, as its first day. */
    MONTH("month", "to_char(f.fact_date, 'YYYY-MM')"),
    /** The regional programme a delivery was registered under; no value for a fact under none. */
    PROGRAMME("programme", "f.programme"),
    /**
     * Who told of a hire (issue 15), for 6.4 and 10.3: CO (a Comunicazione Obbligatoria recorded or confirmed it) or
     * OPERATOR; no value for the other indicators' facts.
     */
    SOURCE("source", "f.hire_source");

    private final String parameter;
    private final String sql;

    Dimension(String parameter, String sql) {
        this.parameter = parameter;
        this.sql = sql;
    }

    /** The column of this dimension in the select of the definition (SQL over alias {@code f}). */
    String column(IndicatorDefinition definition) {
        return switch (this) {
            case ORGANISATION -> definition.organisationColumn() + "::text";
            case PROVINCE -> ProvinceAttribution.sql(definition);
            default -> sql;
        };
    }

    /** The name in the API's {@code groupBy} parameter and in the group keys. */
    public String parameter() {
        return parameter;
    }

    /**
     * Whether the caller may break the indicators down by this dimension. The complex target is only for the
     * roles that see the whole region.
     */
    public boolean isVisibleTo(CurrentUser caller) {
        return this != COMPLEX_TARGET || caller.seesWholeRegion();
    }

    public static Optional<Dimension> fromParameter(String name) {
        return Arrays.stream(values()).filter(dimension -> dimension.parameter.equals(name)).findFirst();
    }
}
