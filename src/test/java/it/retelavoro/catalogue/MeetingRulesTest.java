package it.retelavoro.catalogue;

import static it.retelavoro.catalogue.DeliveryMode.BACK_OFFICE;
import static it.retelavoro.catalogue.DeliveryMode.GROUP;
import static it.retelavoro.catalogue.DeliveryMode.INDIVIDUAL;
import static it.retelavoro.catalogue.Deliveries.DELIVERY_DAY;
import static it.retelavoro.catalogue.Deliveries.LAST_WEEK;
import static it.retelavoro.catalogue.Deliveries.aDeliveryOf;
import static it.retelavoro.catalogue.ServiceCode.A2;
import static it.retelavoro.catalogue.ServiceCode.A4;
import static it.retelavoro.catalogue.ServiceCode.A5;
import static it.retelavoro.catalogue.ServiceCode.A6;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Meetings, each with its own date and minutes (issue 13, point 1): the minimum of A.2-A.4 applies to each
 * meeting ("incontri ... durata minima"), the minimum of A.5 and A.6 to the whole delivery ("minimo 2 ore").
 */
class MeetingRulesTest {

    private final RuleEngine engine = Deliveries.engine();

    @Test
    @DisplayName("A.4 \"Incontri individuali (almeno 2): durata minima 1 ora\": 30 + 90 minutes are refused, "
            + "naming the short meeting")
    void refuses_a_counselling_whose_first_meeting_is_short_even_when_the_average_is_an_hour() {
        Verdict verdict = engine.check(aDeliveryOf(A4).withMeetingList(Meeting.of(LAST_WEEK, 30, INDIVIDUAL),
                Meeting.of(DELIVERY_DAY, 90, INDIVIDUAL)));

        assertThat(verdict.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(ViolationCode.MIN_DURATION);
            assertThat(violation.field()).contains(RequestField.MEETINGS);
            assertThat(violation.arguments()).containsExactly(A4, INDIVIDUAL, 60, 1, LAST_WEEK, 30);
            assertThat(violation.message()).isEqualTo("La consulenza orientativa (A.4), in modalità individuale, "
                    + "richiede almeno 60 minuti per ogni incontro: l'incontro n. 1 (del 03/03/2025) ne ha registrati 30.");
        });
    }

    @Test
    @DisplayName("A.4 \"almeno 2 incontri ... durata minima 1 ora\": two meetings and only their total cannot show "
            + "that each lasted an hour: the meetings are asked one by one")
    void asks_the_meetings_one_by_one_when_only_the_total_of_several_is_given() {
        Verdict verdict = engine.check(aDeliveryOf(A4).withMeetings(2).withMinutes(120));

        assertThat(verdict.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(ViolationCode.MIN_DURATION);
            assertThat(violation.messageKey()).isEqualTo("catalogue.violation.min-duration-meetings-undetailed");
            assertThat(violation.field()).contains(RequestField.MEETINGS);
        });
    }

    @Test
    @DisplayName("A.4: two meetings of an hour each are allowed")
    void allows_two_counselling_meetings_of_an_hour_each() {
        assertThat(engine.check(aDeliveryOf(A4).withMeetingList(Meeting.of(LAST_WEEK, 60, INDIVIDUAL),
                Meeting.of(DELIVERY_DAY, 75, INDIVIDUAL))).violations()).isEmpty();
    }

    @Test
    @DisplayName("A.4 \"percorso individuale strutturato in più incontri\": the first meeting opens the delivery, "
            + "still judged on its own hour")
    void opens_a_counselling_with_its_first_meeting_of_an_hour() {
        DeliveryCheck first = aDeliveryOf(A4).withMeetingList(Meeting.of(DELIVERY_DAY, 60, INDIVIDUAL));

        assertThat(engine.check(first).codes()).containsExactly(ViolationCode.MIN_MEETINGS);
        assertThat(engine.check(first.withOpening(true)).violations()).isEmpty();
        assertThat(engine.check(aDeliveryOf(A4).withMeetingList(Meeting.of(DELIVERY_DAY, 45, INDIVIDUAL))
                .withOpening(true)).codes()).containsExactly(ViolationCode.MIN_DURATION);
    }

    @Test
    @DisplayName("A.4 \"Incontri individuali\": a meeting held in a group is not one of its meetings")
    void refuses_a_counselling_meeting_held_in_a_group() {
        Verdict verdict = engine.check(aDeliveryOf(A4).withMeetingList(Meeting.of(LAST_WEEK, 60, INDIVIDUAL),
                Meeting.of(DELIVERY_DAY, 60, GROUP)));

        assertThat(verdict.codes()).containsExactly(ViolationCode.MODE_NOT_ALLOWED);
    }

    @Test
    @DisplayName("A.5 \"Incontri individuali o di gruppo: durata minimo 2 ore\": 2 hours for the service, not per "
            + "meeting (an A.5 of 2 meetings no longer needs 240 minutes)")
    void counts_the_two_hours_of_job_accompaniment_over_the_whole_delivery() {
        assertThat(engine.check(aDeliveryOf(A5).withMeetings(2).withMinutes(120)).violations()).isEmpty();
        assertThat(engine.check(aDeliveryOf(A5).withMeetingList(Meeting.of(LAST_WEEK, 50, INDIVIDUAL),
                Meeting.of(DELIVERY_DAY, 70, INDIVIDUAL))).violations()).isEmpty();
        assertThat(engine.check(aDeliveryOf(A5).withMeetingList(Meeting.of(LAST_WEEK, 50, INDIVIDUAL),
                Meeting.of(DELIVERY_DAY, 69, INDIVIDUAL))).codes()).containsExactly(ViolationCode.MIN_DURATION);
    }

    @Test
    @DisplayName("A.6 \"Parte in presenza individuale o di gruppo, e parte in back office: minimo 2 ore\": the parts "
            + "recorded apart, the two hours on their sum")
    void sums_the_presence_and_back_office_parts_of_matching() {
        DeliveryCheck a6 = aDeliveryOf(A6).withMeetingList(new Meeting(LAST_WEEK, 30, INDIVIDUAL, MeetingPart.PRESENCE),
                new Meeting(DELIVERY_DAY, 90, BACK_OFFICE, MeetingPart.BACK_OFFICE));

        assertThat(engine.check(a6).violations()).isEmpty();
        assertThat(a6.backOfficeOnly()).isFalse();
        assertThat(engine.check(aDeliveryOf(A6).withMeetingList(Meeting.of(LAST_WEEK, 30, INDIVIDUAL),
                Meeting.of(DELIVERY_DAY, 89, BACK_OFFICE))).codes()).containsExactly(ViolationCode.MIN_DURATION);
    }

    @Test
    @DisplayName("A.6: a delivery made only of back office is allowed, and says so")
    void allows_matching_made_only_of_back_office() {
        DeliveryCheck backOffice = aDeliveryOf(A6).withMode(BACK_OFFICE)
                .withMeetingList(Meeting.of(DELIVERY_DAY, 120, BACK_OFFICE));

        assertThat(engine.check(backOffice).violations()).isEmpty();
        assertThat(backOffice.backOfficeOnly()).isTrue();
        assertThat(backOffice.meetingList().get(0).part()).isEqualTo(MeetingPart.BACK_OFFICE);
    }

    @Test
    @DisplayName("A.2 \"Incontri di gruppo (in caso di prese in carico collettive da aziende o convocazioni relative "
            + "a progetti)\": a group without one of the two reasons is refused")
    void refuses_a_group_intake_that_does_not_say_why_it_is_a_group() {
        DeliveryCheck group = aDeliveryOf(A2).withMode(GROUP).withMinutes(60);

        Verdict withoutReason = engine.check(group.withGroupCall(null));
        Verdict unnamed = engine.check(group.withGroupCall(new GroupCall(GroupReason.PROJECT_CALL, " ")));
        Verdict named = engine.check(group.withGroupCall(new GroupCall(GroupReason.PROJECT_CALL, "GOL Torino")));

        assertThat(withoutReason.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.code()).isEqualTo(ViolationCode.GROUP_REASON_MISSING);
            assertThat(violation.field()).contains(RequestField.GROUP_REASON);
            assertThat(violation.message()).contains("presa in carico collettiva da aziende")
                    .contains("convocazione relativa a progetti");
        });
        assertThat(unnamed.codes()).containsExactly(ViolationCode.GROUP_REASON_MISSING);
        assertThat(named.violations()).isEmpty();
    }

    @Test
    @DisplayName("A.2 \"Incontri individuali: minimo 30 minuti\": no group reason is asked of an individual intake")
    void asks_no_group_reason_of_an_individual_intake() {
        assertThat(engine.check(aDeliveryOf(A2).withGroupCall(null)).violations()).isEmpty();
    }

    @Test
    @DisplayName("A.2 \"essere preso in carico mediante colloquio individuale per la sottoscrizione del Patto\": a group "
            + "intake does not ask one Patto outcome of all, an individual one does")
    void asks_the_pact_outcome_of_an_individual_intake_but_not_of_a_group() {
        DeliveryCheck withoutOutcome = aDeliveryOf(A2).withOutputs(OutputCode.PERSONAL_RECORD);

        assertThat(engine.check(withoutOutcome).codes()).containsExactly(ViolationCode.OUTPUT_MISSING);
        assertThat(engine.check(withoutOutcome.withMode(GROUP).withMinutes(60)).violations()).isEmpty();
    }
}
