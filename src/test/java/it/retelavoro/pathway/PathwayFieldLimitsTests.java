package it.retelavoro.pathway;

import it.retelavoro.support.ColumnLengths;
import it.retelavoro.support.IntegrationTest;
import java.util.LinkedHashMap;
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
        ColumnLengths.assertDeclared(jdbc, declared);
    }
}
