package it.retelavoro.pathway;

import it.retelavoro.shared.Cancellation;
import it.retelavoro.support.ColumnLengths;
import it.retelavoro.support.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each text limit the pathway checks is declared once, on its aggregate, and is exactly its column's length. */
@IntegrationTest
class PathwayFieldLimitsTests {

    @Autowired
    JdbcClient jdbc;


    @Test
    void the_declared_maximum_lengths_are_the_columns_lengths() {
        Map<String, Integer> declared = new LinkedHashMap<>();
        declared.put("pathway_did_event.reason", Did.REASON_MAX);
        declared.put("pathway_delivery.notes", Delivery.NOTES_MAX);
        declared.put("pathway_delivery.referral", Delivery.REFERRAL_MAX);
        declared.put("pathway_delivery.group_reason_name", Delivery.GROUP_REASON_NAME_MAX);
        declared.put("pathway_delivery.programme", Delivery.PROGRAMME_MAX);
        declared.put("pathway_pact.responsible_operator", Pact.RESPONSIBLE_OPERATOR_MAX);
        declared.put("pathway_pact.meeting_frequency", Pact.MEETING_FREQUENCY_MAX);
        declared.put("pathway_pact.job_search_acts", Pact.JOB_SEARCH_ACTS_MAX);
        declared.put("pathway_pact.job_search_timing", Pact.JOB_SEARCH_TIMING_MAX);
        declared.put("pathway_action_plan.specific_need_text", ActionPlan.SPECIFIC_NEED_TEXT_MAX);
        declared.put("pathway_action.description", ActionPlan.ACTION_DESCRIPTION_MAX);
        declared.put("pathway_action_plan_event.note", ActionPlan.NOTE_MAX);
        declared.put("pathway_training_event.course", TrainingEvent.COURSE_MAX);
        declared.put("pathway_training_event.provider", TrainingEvent.PROVIDER_MAX);
        declared.put("pathway_internship.host", Internship.HOST_MAX);
        declared.put("pathway_internship.tutor", Internship.TUTOR_MAX);
        for (String table : List.of("pathway_delivery", "pathway_pact", "pathway_action_plan", "pathway_training_event",
                "pathway_internship")) {
            declared.put(table + ".cancellation_reason", Cancellation.REASON_MAX);
        }
        declared.put("pathway_delivery.mediator_name", Delivery.MEDIATOR_NAME_MAX);
        declared.put("pathway_delivery.mediator_organisation", Delivery.MEDIATOR_ORGANISATION_MAX);
        ColumnLengths.assertDeclared(jdbc, declared);
    }

    @Test
    void a_list_of_languages_as_long_as_the_form_takes_fits_one_row_per_code() {
        // The form's list ("ar, ro, en") is stored one two-letter code a row: the codes' column is 2.
        ColumnLengths.assertDeclared(jdbc, Map.of("pathway_delivery_mediator_language.language", 2,
                "pathway_delivery_advisory.source_field", 100));
        org.assertj.core.api.Assertions.assertThat(Delivery.MEDIATOR_LANGUAGES_MAX)
                .isGreaterThanOrEqualTo("ar, ".length() * 50);
    }
}
