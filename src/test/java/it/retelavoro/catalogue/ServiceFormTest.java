package it.retelavoro.catalogue;

import static it.retelavoro.catalogue.ServiceForm.Part.ACTION_PLAN;
import static it.retelavoro.catalogue.ServiceForm.Part.ACTION_PLAN_ENTRY;
import static it.retelavoro.catalogue.ServiceForm.Part.GROUP_REASON;
import static it.retelavoro.catalogue.ServiceForm.Part.INTERVIEW_REFERRAL;
import static it.retelavoro.catalogue.ServiceForm.Part.JOB_PLACEMENT;
import static it.retelavoro.catalogue.ServiceForm.Part.MEETINGS;
import static it.retelavoro.catalogue.ServiceForm.Part.PACT;
import static it.retelavoro.catalogue.ServiceForm.Part.SERVICE_REFERRAL;
import static it.retelavoro.catalogue.ServiceForm.Part.SPECIFIC_NEED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The registration form of each service of the shipped version asks what its scheda calls for, nothing else. */
class ServiceFormTest {

    private final CatalogueVersion version = CatalogueFixtures.shippedVersion();

    private ServiceForm form(ServiceCode service) {
        return ServiceForm.of(version.service(service));
    }

    @Test
    void a1_asks_the_referral_to_another_service_alone() {
        assertThat(form(ServiceCode.A1).parts()).containsExactly(SERVICE_REFERRAL);
    }

    @Test
    void a2_asks_the_pact_and_the_reason_of_a_group_in_the_modes_of_its_scheda() {
        assertThat(form(ServiceCode.A2).parts()).containsExactlyInAnyOrder(PACT, GROUP_REASON);
        assertThat(form(ServiceCode.A2).modes()).containsExactly(DeliveryMode.GROUP, DeliveryMode.INDIVIDUAL);
    }

    @Test
    void a3_asks_the_action_plan_alone_and_only_individually() {
        assertThat(form(ServiceCode.A3).parts()).containsExactly(ACTION_PLAN);
        assertThat(form(ServiceCode.A3).modes()).containsExactly(DeliveryMode.INDIVIDUAL);
    }

    @Test
    void a4_asks_its_meetings_the_specific_need_and_its_action_of_the_plan() {
        assertThat(form(ServiceCode.A4).parts()).containsExactlyInAnyOrder(MEETINGS, SPECIFIC_NEED, ACTION_PLAN_ENTRY);
    }

    @Test
    void a6_asks_its_outputs_interview_and_placement() {
        assertThat(form(ServiceCode.A6).parts()).contains(INTERVIEW_REFERRAL, JOB_PLACEMENT, ACTION_PLAN_ENTRY)
                .doesNotContain(PACT, ACTION_PLAN, SPECIFIC_NEED);
    }

    @Test
    void a_template_asks_a_part_by_name_and_the_default_mode_is_one_the_scheda_admits() {
        ServiceForm a3 = form(ServiceCode.A3);
        assertThat(a3.has("ACTION_PLAN")).isTrue();
        assertThat(a3.hasAny("PACT", "MEETINGS")).isFalse();
        assertThat(a3.defaultMode(DeliveryMode.GROUP)).isEqualTo(DeliveryMode.INDIVIDUAL);
        assertThat(form(ServiceCode.A2).defaultMode(DeliveryMode.INDIVIDUAL)).isEqualTo(DeliveryMode.INDIVIDUAL);
        assertThat(new ServiceForm(ServiceCode.A1, List.of(DeliveryMode.GROUP), java.util.Set.of())
                .defaultMode(null)).isEqualTo(DeliveryMode.GROUP);
    }
}
