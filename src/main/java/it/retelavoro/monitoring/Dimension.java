package it.retelavoro.monitoring;

import java.util.Arrays;
import java.util.Optional;

/** What the indicators can be broken down by, as stored with each fact. */
public enum Dimension {
    ORGANISATION("organisation", "f_organisation"),
    SITE("site", "f.site_id::text"),
    OPERATOR("operator", "f.operator_id::text"),
    /** The province (sigla) of the site where the service was delivered. */
    PROVINCE("province", "f.province"),
    SEX("sex", "f.sex"),
    AGE_BAND("ageBand", "f.age_band"),
    CITIZENSHIP_GROUP("citizenshipGroup", "f.citizenship_group"),
    EDUCATION_LEVEL("educationLevel", "f.education_level"),
    /** The month of the fact, as its first day. */
    MONTH("month", "to_char(f.fact_date, 'YYYY-MM')");

    private final String parameter;
    final String sql;

    Dimension(String parameter, String sql) {
        this.parameter = parameter;
        this.sql = sql;
    }

    /** The name in the API's {@code groupBy} parameter and in the group keys. */
    public String parameter() {
        return parameter;
    }

    public static Optional<Dimension> fromParameter(String name) {
        return Arrays.stream(values()).filter(dimension -> dimension.parameter.equals(name)).findFirst();
    }
}
