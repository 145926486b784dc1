package it.retelavoro.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.monitoring.IndicatorDefinition.Subject;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQL of the definitions: their values are bound as parameters, never written into the text. */
class IndicatorDefinitionTest {

    static final IndicatorDefinition QUOTED = new IndicatorDefinition("1'1", FactKind.DELIVERY,
            List.of("A1' or '1'='1"), Subject.PERSON, false);

    @Test
    void binds_code_kind_and_details_as_parameters() {
        BoundSql sql = IndicatorDefinition.union(List.of(QUOTED), "f.fact_date between :from and :to");

        assertThat(sql.sql()).doesNotContain("1'1").doesNotContain("A1'").doesNotContain("'DELIVERY'");
        assertThat(sql.params()).containsEntry("code_0", "1'1").containsEntry("kind_0", "DELIVERY")
                .containsEntry("details_0", List.of("A1' or '1'='1"));
    }

    @Test
    void writes_no_value_of_any_definition_into_the_sql() {
        BoundSql sql = IndicatorDefinition.union(IndicatorDefinition.ALL, null,
                definition -> ", " + Dimension.ORGANISATION.column(definition) + " as d0");

        for (IndicatorDefinition definition : IndicatorDefinition.ALL) {
            assertThat(sql.sql()).doesNotContain("'" + definition.code() + "'")
                    .doesNotContain("'" + definition.kind().name() + "'");
            definition.details().forEach(detail -> assertThat(sql.sql()).doesNotContain("'" + detail + "'"));
        }
        // The only quoted text left is the fixed prefix of the anonymous visitors' subjects.
        assertThat(sql.sql().replace("'anon:'", "")).doesNotContain("'");
        assertThat(sql.params()).hasSize(2 * IndicatorDefinition.ALL.size()
                + (int) IndicatorDefinition.ALL.stream().filter(d -> !d.details().isEmpty()).count());
    }

    @Test
    void the_organisation_of_a_counterpart_indicator_is_the_vacancys_owner() {
        IndicatorDefinition hires = IndicatorDefinition.BY_CODE.get("10.3");

        assertThat(Dimension.ORGANISATION.column(hires)).isEqualTo("f.counterpart_organisation_id::text");
        assertThat(Dimension.SEX.column(hires)).isEqualTo("f.sex");
    }

    @Test
    void every_kind_of_fact_names_the_indicators_counted_over_it() {
        for (FactKind kind : FactKind.values()) {
            assertThat(IndicatorDefinition.ofKind(kind)).as(kind.name()).isNotEmpty()
                    .allSatisfy(definition -> assertThat(definition.kind()).isEqualTo(kind));
        }
        assertThat(Arrays.stream(FactKind.values()).mapToInt(kind -> IndicatorDefinition.ofKind(kind).size()).sum())
                .isEqualTo(IndicatorDefinition.ALL.size());
        assertThat(IndicatorDefinition.ofKind(FactKind.CONTRACT_STARTED)).extracting(IndicatorDefinition::code)
                .containsExactly("6.4", "10.3");
    }
}
