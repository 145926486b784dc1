package it.retelavoro.monitoring;

import static it.retelavoro.monitoring.MonitoringScenario.ADMIN;
import static it.retelavoro.monitoring.MonitoringScenario.ANALYST;
import static it.retelavoro.monitoring.MonitoringScenario.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.retelavoro.employer.ContractType;
import it.retelavoro.employer.EmployerId;
import it.retelavoro.employer.VacancyId;
import it.retelavoro.monitoring.MonitoringScenario.Organisation;
import it.retelavoro.person.PersonId;
import it.retelavoro.referral.ReferralEvents.CandidateReferred;
import it.retelavoro.referral.ReferralEvents.ReferralOutcomeRecorded;
import it.retelavoro.referral.ReferralId;
import it.retelavoro.referral.ReferralStatus;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.support.IntegrationTest;
import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The 26 indicators over one scenario built through the real APIs (and referral events published as the
 * referral module will), in two organisations created for the test, so that every value is exact.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorTests {

    static final LocalDate FROM = today().minusDays(30);
    static final LocalDate TO = today();

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    MonitoringScenario scenario;
    Organisation a;
    Organisation b;
    String p1;
    String p2;
    String p3;
    UUID personOfB = UUID.randomUUID();
    String c1;
    UUID companyOfB = UUID.randomUUID();
    UUID r1 = UUID.randomUUID();
    UUID r2 = UUID.randomUUID();
    UUID r3 = UUID.randomUUID();
    UUID r4 = UUID.randomUUID();
    UUID r5 = UUID.randomUUID();
    Map<String, Integer> expectedA;
    Map<String, Integer> expectedB;

    @BeforeAll
    void buildTheScenario() throws Exception {
        scenario = new MonitoringScenario(mvc);
        a = scenario.organisation();
        b = scenario.organisation();

        // A1: p1 twice in the period (counts once) and once the day before it; two anonymous visitors.
        p1 = scenario.person(a);
        scenario.deliver(a, p1, "A1", FROM.minusDays(1), 15, "\"outputs\": {\"referral\": \"Accoglienza A2\"}");
        scenario.deliver(a, p1, "A1", FROM, 15, "\"outputs\": {\"referral\": \"Accoglienza A2\"}");
        scenario.deliver(a, p1, "A1", TO.minusDays(10), 15, "\"outputs\": {\"referral\": \"Accoglienza A2\"}");
        scenario.anonymousVisitor(a, FROM.plusDays(1));
        scenario.anonymousVisitor(a, TO);
        String before = scenario.person(a);
        scenario.deliver(a, before, "A1", FROM.minusDays(1), 15, "\"outputs\": {\"referral\": \"Accoglienza A2\"}");

        // p2 through the whole pathway; p3 signs the Patto and refuses the PAI.
        p2 = scenario.person(a);
        scenario.pact(a, p2, TO.minusDays(20));
        scenario.plan(a, p2, TO.minusDays(15), true);
        // A.4: two meetings of an hour each, listed one by one (issue 13: the minimum is of each meeting).
        scenario.deliver(a, p2, "A4", TO.minusDays(14), 120, "\"meetings\": [{\"date\": \"" + TO.minusDays(14)
                + "\", \"minutes\": 60}, {\"date\": \"" + TO.minusDays(14) + "\", \"minutes\": 60}]");
        scenario.deliver(a, p2, "A5", TO.minusDays(13), 120, "");
        scenario.deliver(a, p2, "A6", TO.minusDays(12), 120, "");
        scenario.training(a, p2, "REFERRED", TO.minusDays(11));
        scenario.training(a, p2, "ENROLLED", TO.minusDays(10));
        scenario.training(a, p2, "COMPLETED", TO.minusDays(2));
        scenario.internship(a, p2);
        p3 = scenario.person(a);
        scenario.pact(a, p3, TO.minusDays(9));
        scenario.plan(a, p3, TO.minusDays(8), false);

        // c1 contacted with interest, Patto, two vacancies, consulting; c2 contacted without interest.
        c1 = scenario.company(a);
        scenario.b1(a, c1, TO.minusDays(7), true);
        scenario.b2(a, c1, TO.minusDays(6));
        scenario.vacancy(a, c1);
        scenario.vacancy(a, c1);
        scenario.b3(a, c1, TO.minusDays(5));
        String c2 = scenario.company(a);
        scenario.b1(a, c2, TO.minusDays(4), false);

        // Referrals: r1 inside A (p2 hired, contract started in the period); r2 from A to a vacancy of B
        // (p3 hired, contract starting after the period); r3 from B to c1 (selected); r4 from A to B (p1);
        // r5 from A, the day after the period.
        UUID vacancyOfA = UUID.randomUUID();
        UUID vacancyOfB = UUID.randomUUID();
        UUID c1Id = UUID.fromString(c1);
        publish(new CandidateReferred(new ReferralId(r1), person(p2), org(a), new VacancyId(vacancyOfA),
                new EmployerId(c1Id), org(a), TO.minusDays(5)));
        publish(outcome(r1, person(p2), org(a), vacancyOfA, c1Id, org(a), ReferralStatus.SELECTED, TO.minusDays(3),
                null));
        publish(outcome(r1, person(p2), org(a), vacancyOfA, c1Id, org(a), ReferralStatus.HIRED, TO.minusDays(2),
                TO.minusDays(1)));
        publish(new CandidateReferred(new ReferralId(r2), person(p3), org(a), new VacancyId(vacancyOfB),
                new EmployerId(companyOfB), org(b), TO.minusDays(4)));
        publish(outcome(r2, person(p3), org(a), vacancyOfB, companyOfB, org(b), ReferralStatus.HIRED, TO,
                TO.plusDays(5)));
        publish(new CandidateReferred(new ReferralId(r3), new PersonId(personOfB), org(b), new VacancyId(vacancyOfA),
                new EmployerId(c1Id), org(a), TO.minusDays(3)));
        publish(outcome(r3, new PersonId(personOfB), org(b), vacancyOfA, c1Id, org(a), ReferralStatus.SELECTED,
                TO.minusDays(1), null));
        publish(new CandidateReferred(new ReferralId(r4), person(p1), org(a), new VacancyId(vacancyOfB),
                new EmployerId(companyOfB), org(b), FROM));
        publish(new CandidateReferred(new ReferralId(r5), person(p3), org(a), new VacancyId(vacancyOfB),
                new EmployerId(companyOfB), org(b), TO.plusDays(1)));

        expectedA = indicators(
                "1.1", 3, "2.1", 2, "2.2", 2, "3.1", 2, "3.2", 1, "3.3", 1, "3.4", 1, "3.5", 1, "3.6", 1,
                "4.1", 1, "5.1", 1, "5.2", 1, "6.1", 1, "6.2", 3, "6.3", 2, "6.4", 1,
                "7.1", 2, "7.2", 1, "8.1", 1, "8.2", 1, "8.3", 1, "8.4", 2, "9.1", 1,
                "10.1", 2, "10.2", 1, "10.3", 1);
        expectedB = indicators(
                "1.1", 0, "2.1", 0, "2.2", 0, "3.1", 0, "3.2", 0, "3.3", 0, "3.4", 0, "3.5", 0, "3.6", 0,
                "4.1", 0, "5.1", 0, "5.2", 0, "6.1", 0, "6.2", 1, "6.3", 1, "6.4", 0,
                "7.1", 0, "7.2", 0, "8.1", 0, "8.2", 0, "8.3", 0, "8.4", 0, "9.1", 0,
                // r2's hire is dated by its contract's start (issue 13), after the period: no 10.3 for B.
                "10.1", 2, "10.2", 1, "10.3", 0);
    }

    @Test
    void every_indicator_of_an_organisation_counts_distinct_persons_and_companies_within_the_period()
            throws Exception {
        assertThat(scenario.valuesWhenEqual(ANALYST, period() + "&organisationId=" + a.id(), expectedA))
                .containsExactlyEntriesOf(expectedA);
    }

    @Test
    void referrals_count_for_the_organisation_of_the_person_in_6_2_and_of_the_vacancy_in_10_1() throws Exception {
        assertThat(scenario.valuesWhenEqual(ADMIN, period() + "&organisationId=" + b.id(), expectedB))
                .containsExactlyEntriesOf(expectedB);
    }

    @Test
    void an_operator_sees_their_own_organisation_and_is_refused_another() throws Exception {
        // Issue 11: naming another organisation answered silently with the operator's own; now it is a 403.
        scenario.valuesWhenEqual(ANALYST, period() + "&organisationId=" + a.id(), expectedA);
        mvc.perform(get("/api/v1/indicators?" + period() + "&organisationId=" + b.id()).with(a.operator()))
                .andExpect(status().isForbidden());
        assertThat(scenario.values(a.operator(), period() + "&organisationId=" + a.id()))
                .containsExactlyEntriesOf(expectedA);
        assertThat(scenario.values(a.operator(), period())).containsExactlyEntriesOf(expectedA);
        mvc.perform(get("/api/v1/indicators/2.2/records?" + period() + "&organisationId=" + b.id())
                        .with(a.operator()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/indicators/2.2/records?" + period()).with(a.operator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[*].organisationId", not(hasItem(b.id()))));
    }

    @Test
    void the_period_includes_both_ends_and_whole_months_agree_with_the_facts() throws Exception {
        scenario.valuesWhenEqual(ANALYST, period() + "&organisationId=" + a.id(), expectedA);
        // From the day before: p1's first A1 and the other person's one count, p1 once.
        Map<String, Integer> wider = scenario.values(ANALYST,
                "from=" + FROM.minusDays(1) + "&to=" + TO + "&organisationId=" + a.id());
        assertThat(wider.get("1.1")).isEqualTo(4);
        // Only the first day: p1 and r4.
        Map<String, Integer> first = scenario.values(ANALYST, "from=" + FROM + "&to=" + FROM + "&organisationId=" + a.id());
        assertThat(first.get("1.1")).isEqualTo(1);
        assertThat(first.get("6.2")).isEqualTo(1);
        // Only the last day: one anonymous visitor, and r2 hired (6.3; 10.3 for B when its contract starts); r5 the day after is out.
        Map<String, Integer> last = scenario.values(ANALYST, "from=" + TO + "&to=" + TO + "&organisationId=" + a.id());
        assertThat(last.get("1.1")).isEqualTo(1);
        assertThat(last.get("6.3")).isEqualTo(1);
        assertThat(last.get("6.2")).isZero();
        Map<String, Integer> afterwards = scenario.values(ANALYST,
                "from=" + TO.plusDays(1) + "&to=" + TO.plusDays(1) + "&organisationId=" + a.id());
        assertThat(afterwards.get("6.2")).isEqualTo(1);
        // A period of whole months (to the end of next month, past r2's contract start) read from the
        // aggregate gives what the facts give.
        LocalDate monthStart = FROM.minusDays(1).withDayOfMonth(1).minusMonths(1);
        Map<String, Integer> months = scenario.values(ANALYST,
                "from=" + monthStart + "&to=" + TO.plusMonths(2).withDayOfMonth(1).minusDays(1)
                        + "&organisationId=" + a.id());
        assertThat(months.get("1.1")).isEqualTo(4);
        assertThat(months.get("6.2")).isEqualTo(3);
        assertThat(months.get("6.4")).isEqualTo(2);
    }

    @Test
    void the_records_list_the_dates_behind_the_values() throws Exception {
        scenario.valuesWhenEqual(ANALYST, period() + "&organisationId=" + a.id(), expectedA);
        mvc.perform(get("/api/v1/indicators/2.2/records?" + period() + "&organisationId=" + a.id()).with(ANALYST))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].subjectId").value(p2))
                .andExpect(jsonPath("$[0].subjectType").value("PERSON"))
                .andExpect(jsonPath("$[0].dates[0]").value(TO.minusDays(20).toString()))
                .andExpect(jsonPath("$[1].subjectId").value(p3))
                .andExpect(jsonPath("$[1].dates[0]").value(TO.minusDays(9).toString()));
        mvc.perform(get("/api/v1/indicators/1.1/records?" + period() + "&organisationId=" + a.id()).with(ANALYST))
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[0].subjectId").value(p1))
                .andExpect(jsonPath("$[0].dates", containsInAnyOrder(FROM.toString(), TO.minusDays(10).toString())))
                .andExpect(jsonPath("$[*].subjectType", containsInAnyOrder("PERSON", "ANONYMOUS_VISITOR",
                        "ANONYMOUS_VISITOR")));
        mvc.perform(get("/api/v1/indicators/6.4/records?" + period() + "&organisationId=" + a.id()).with(ANALYST))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].subjectId").value(p2))
                .andExpect(jsonPath("$[0].dates[0]").value(TO.minusDays(1).toString()));
        mvc.perform(get("/api/v1/indicators/10.1/records?" + period() + "&organisationId=" + b.id()).with(ANALYST))
                .andExpect(jsonPath("$[*].subjectId", containsInAnyOrder(p1, p3)));
        mvc.perform(get("/api/v1/indicators/99.9/records?" + period()).with(ANALYST))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_coherence_report_explains_6_2_against_10_1_with_the_cross_organisation_referrals() throws Exception {
        scenario.valuesWhenEqual(ANALYST, period() + "&organisationId=" + a.id(), expectedA);
        scenario.valuesWhenEqual(ANALYST, period() + "&organisationId=" + b.id(), expectedB);
        mvc.perform(get("/api/v1/indicators/coherence?" + period()).with(ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisations[?(@.organisationId == '" + a.id() + "')].personsReferred")
                        .value(3))
                .andExpect(jsonPath("$.organisations[?(@.organisationId == '" + a.id() + "')].candidatesSignalled")
                        .value(2))
                .andExpect(jsonPath("$.organisations[?(@.organisationId == '" + b.id() + "')].personsReferred")
                        .value(1))
                .andExpect(jsonPath("$.organisations[?(@.organisationId == '" + b.id() + "')].candidatesSignalled")
                        .value(2))
                .andExpect(jsonPath("$.crossReferrals[*].referralId", hasItem(r2.toString())))
                .andExpect(jsonPath("$.crossReferrals[*].referralId", hasItem(r3.toString())))
                .andExpect(jsonPath("$.crossReferrals[*].referralId", hasItem(r4.toString())))
                .andExpect(jsonPath("$.crossReferrals[*].referralId", not(hasItem(r1.toString()))))
                .andExpect(jsonPath("$.crossReferrals[*].referralId", not(hasItem(r5.toString()))));
        Map<String, Integer> region = scenario.values(ANALYST, period());
        assertThat(region.get("6.2")).isEqualTo(region.get("10.1"));
        mvc.perform(get("/api/v1/indicators/coherence?" + period()).with(b.operator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regionPersonsReferred").doesNotExist())
                .andExpect(jsonPath("$.organisations", hasSize(1)))
                .andExpect(jsonPath("$.organisations[0].organisationId").value(b.id()))
                .andExpect(jsonPath("$.crossReferrals[*].referralId", containsInAnyOrder(r2.toString(),
                        r3.toString(), r4.toString())));
    }

    @Test
    void a_rebuild_from_the_facts_gives_the_same_values_and_is_for_administrators_only() throws Exception {
        scenario.valuesWhenEqual(ANALYST, period() + "&organisationId=" + a.id(), expectedA);
        String months = "from=" + FROM.withDayOfMonth(1).minusMonths(1) + "&to="
                + TO.plusMonths(1).withDayOfMonth(1).minusDays(1) + "&organisationId=" + a.id();
        Map<String, Integer> before = scenario.values(ANALYST, months);
        mvc.perform(post("/api/v1/monitoring/rebuild").with(ANALYST)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/monitoring/rebuild").with(ADMIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").isNumber());
        assertThat(scenario.values(ANALYST, months)).containsExactlyEntriesOf(before);
        assertThat(scenario.values(ANALYST, period() + "&organisationId=" + a.id()))
                .containsExactlyEntriesOf(expectedA);
    }

    @Test
    void a_redelivered_event_is_counted_once() throws Exception {
        scenario.valuesWhenEqual(ANALYST, period() + "&organisationId=" + b.id(), expectedB);
        publish(new CandidateReferred(new ReferralId(r3), new PersonId(personOfB), org(b),
                new VacancyId(UUID.randomUUID()), new EmployerId(UUID.fromString(c1)), org(a), TO.minusDays(3)));
        UUID marker = UUID.randomUUID();
        publish(new CandidateReferred(new ReferralId(marker), new PersonId(UUID.randomUUID()), org(b),
                new VacancyId(UUID.randomUUID()), new EmployerId(companyOfB), org(b), FROM.minusYears(3)));
        String markerPeriod = "from=" + FROM.minusYears(3) + "&to=" + FROM.minusYears(3) + "&organisationId=" + b.id();
        Map<String, Integer> marked = new LinkedHashMap<>(scenario.values(ANALYST, markerPeriod));
        marked.replaceAll((code, value) -> "6.2".equals(code) || "10.1".equals(code) ? 1 : 0);
        // Events are handled in order of publication here, so once the marker is in, the duplicate was seen.
        assertThat(scenario.valuesWhenEqual(ANALYST, markerPeriod, marked)).containsExactlyEntriesOf(marked);
        assertThat(scenario.values(ANALYST, period() + "&organisationId=" + b.id())).containsExactlyEntriesOf(expectedB);
    }

    @Test
    void the_values_break_down_by_the_dimensions_stored_with_each_fact() throws Exception {
        scenario.valuesWhenEqual(ANALYST, period() + "&organisationId=" + a.id(), expectedA);
        // A1: p1 (a woman born in 1985, Italian) and two anonymous men aged 25-34.
        mvc.perform(get("/api/v1/indicators?" + period() + "&organisationId=" + a.id() + "&groupBy=sex,ageBand")
                        .with(ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.values", hasSize(26)))
                .andExpect(jsonPath("$.groups[?(@.code == '1.1' && @.group.sex == 'M' && @.group.ageBand == "
                        + "'FROM_25_TO_34')].value").value(2))
                .andExpect(jsonPath("$.groups[?(@.code == '1.1' && @.group.sex == 'F')].value").value(1));
        mvc.perform(get("/api/v1/indicators?" + period() + "&organisationId=" + a.id()
                        + "&groupBy=province,citizenshipGroup").with(ANALYST))
                .andExpect(jsonPath("$.groups[?(@.code == '2.1' && @.group.citizenshipGroup == 'ITALIAN')].value")
                        .value(2))
                .andExpect(jsonPath("$.groups[?(@.code == '1.1' && @.group.province == 'TO' "
                        + "&& @.group.citizenshipGroup == 'ITALIAN')].value").value(1));
        mvc.perform(get("/api/v1/indicators?" + period() + "&organisationId=" + a.id() + "&groupBy=province")
                        .with(ANALYST))
                .andExpect(jsonPath("$.groups[?(@.code == '1.1' && @.group.province == 'TO')].value").value(3));
        mvc.perform(get("/api/v1/indicators?" + period() + "&groupBy=colour").with(ANALYST))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("groupBy"));
    }

    /**
     * Issue 14: grouped by province, the indicators of facts recorded without a site (2.2, 3.2-3.6, 5.2, 6.2-6.4,
     * 8.2-8.4, 10.1-10.3) were all "Non rilevato", while the open data attributes them the province of the
     * nearest delivery at a site to the same subject: the dashboard now attributes them the same way.
     */
    @Test
    void a_fact_without_a_site_counts_in_the_province_of_the_nearest_delivery_as_in_the_open_data() throws Exception {
        scenario.valuesWhenEqual(ANALYST, period() + "&organisationId=" + a.id(), expectedA);
        String body = mvc.perform(get("/api/v1/indicators?" + period() + "&organisationId=" + a.id()
                        + "&groupBy=province").with(ANALYST))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // every person and company of A was served at a site in TO (A.1, A.2, B.1...): the facts recorded
        // without a site (Patto, PAI, training, internship, referrals, hires, company Patto, vacancies) count
        // there too, none under "Non rilevato"
        for (String code : List.of("2.2", "3.2", "3.3", "3.4", "3.5", "3.6", "5.2", "6.2", "6.3", "6.4", "8.2", "8.3",
                "8.4", "10.1", "10.2", "10.3")) {
            List<Integer> turin = JsonPath.read(body, "$.groups[?(@.code == '" + code + "' && @.group.province == "
                    + "'TO')].value");
            assertThat(turin).as(code + " in TO").containsExactly(expectedA.get(code));
            List<Map<String, Object>> groups = JsonPath.read(body, "$.groups[?(@.code == '" + code + "')].group");
            assertThat(groups).as(code + " without a province").allSatisfy(group ->
                    assertThat(group.get("province")).isNotNull());
        }
    }

    @Test
    void the_page_shows_the_operator_the_table_of_their_organisation() throws Exception {
        scenario.valuesWhenEqual(ANALYST, period() + "&organisationId=" + a.id(), expectedA);
        String page = mvc.perform(get("/monitoring?" + period()).with(a.operator()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page.split("data-code=", -1)).hasSize(27);
        assertThat(cell(page, "1.1")).isEqualTo("3");
        assertThat(cell(page, "8.4")).isEqualTo("2");
        mvc.perform(get("/monitoring?from=" + TO + "&to=" + FROM).with(a.operator()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("monitoring-to-error")));
    }

    @Test
    void a_person_registered_after_their_first_fact_reached_monitoring_gets_their_dimensions_filled_in()
            throws Exception {
        Organisation elsewhere = new Organisation(UUID.randomUUID().toString(), null, null);
        UUID person = UUID.randomUUID();
        LocalDate day = LocalDate.of(2019, 5, 14);
        publish(new it.retelavoro.pathway.PathwayEvents.PersonServiceDelivered(
                new it.retelavoro.pathway.DeliveryId(UUID.randomUUID()), new PersonId(person), org(elsewhere), null,
                null, it.retelavoro.catalogue.ServiceCode.A2, it.retelavoro.catalogue.DeliveryMode.INDIVIDUAL, day));
        String query = "from=" + day + "&to=" + day + "&organisationId=" + elsewhere.id();
        Map<String, Integer> delivered = new LinkedHashMap<>(scenario.values(ANALYST, query));
        delivered.replaceAll((code, value) -> "2.1".equals(code) ? 1 : 0);
        assertThat(scenario.valuesWhenEqual(ANALYST, query, delivered)).containsExactlyEntriesOf(delivered);

        publish(new it.retelavoro.person.PersonEvents.PersonRegistered(new PersonId(person), org(elsewhere), day,
                it.retelavoro.person.Sex.M, 1996, it.retelavoro.person.PersonEvents.CitizenshipGroup.NON_EU, "LM",
                "TO"));
        String grouped = query + "&groupBy=sex,ageBand,citizenshipGroup,educationLevel";
        long deadline = System.nanoTime() + 30_000_000_000L;
        String body = "";
        while (!body.contains("NON_EU") && System.nanoTime() < deadline) {
            Thread.sleep(100);
            body = mvc.perform(get("/api/v1/indicators?" + grouped).with(ANALYST)).andReturn().getResponse()
                    .getContentAsString();
        }
        mvc.perform(get("/api/v1/indicators?" + grouped).with(ANALYST))
                .andExpect(jsonPath("$.groups", hasSize(1)))
                .andExpect(jsonPath("$.groups[0].code").value("2.1"))
                .andExpect(jsonPath("$.groups[0].group.sex").value("M"))
                .andExpect(jsonPath("$.groups[0].group.ageBand").value("UNDER_25"))
                .andExpect(jsonPath("$.groups[0].group.citizenshipGroup").value("NON_EU"))
                .andExpect(jsonPath("$.groups[0].group.educationLevel").value("LM"));
    }

    @Test
    void a_calendar_month_or_year_read_from_the_kept_counts_agrees_with_any_other_period() throws Exception {
        OrganisationId mine = new OrganisationId(UUID.randomUUID());
        OrganisationId other = new OrganisationId(UUID.randomUUID());
        PersonId anna = new PersonId(UUID.randomUUID());
        PersonId bruno = new PersonId(UUID.randomUUID());
        PersonId carla = new PersonId(UUID.randomUUID());
        refer(anna, mine, other, LocalDate.of(2018, 3, 1));
        refer(anna, mine, mine, LocalDate.of(2018, 3, 31));
        refer(bruno, mine, other, LocalDate.of(2018, 3, 15));
        refer(anna, mine, other, LocalDate.of(2018, 4, 15));
        refer(carla, mine, mine, LocalDate.of(2018, 4, 30));
        refer(carla, mine, mine, LocalDate.of(2018, 12, 31));
        String org = "&organisationId=" + mine.value();
        Map<String, Integer> year = new LinkedHashMap<>(scenario.values(ANALYST, "from=2018-01-01&to=2018-12-31" + org));
        year.replaceAll((code, value) -> "6.2".equals(code) ? 3 : "10.1".equals(code) ? 2 : 0);
        assertThat(scenario.valuesWhenEqual(ANALYST, "from=2018-01-01&to=2018-12-31" + org, year))
                .containsExactlyEntriesOf(year);
        Map<String, Integer> byPeriod = new LinkedHashMap<>();
        for (String period : java.util.List.of("from=2018-03-01&to=2018-03-31", "from=2018-04-01&to=2018-04-30",
                "from=2018-03-01&to=2018-04-30", "from=2018-03-02&to=2018-04-29", "from=2018-03-31&to=2018-04-15",
                "from=2018-01-01&to=2018-12-30", "from=2017-12-31&to=2018-12-31")) {
            byPeriod.put(period, scenario.values(ANALYST, period + org).get("6.2"));
        }
        assertThat(byPeriod).containsExactly(Map.entry("from=2018-03-01&to=2018-03-31", 2),
                Map.entry("from=2018-04-01&to=2018-04-30", 2), Map.entry("from=2018-03-01&to=2018-04-30", 3),
                Map.entry("from=2018-03-02&to=2018-04-29", 2), Map.entry("from=2018-03-31&to=2018-04-15", 1),
                Map.entry("from=2018-01-01&to=2018-12-30", 3), Map.entry("from=2017-12-31&to=2018-12-31", 3));
        assertThat(scenario.values(ANALYST, "from=2018-03-01&to=2018-03-31" + org).get("10.1")).isEqualTo(1);
        assertThat(scenario.values(ANALYST, "from=2018-03-01&to=2018-03-31&organisationId=" + other.value())
                .get("10.1")).isEqualTo(2);
        Map<String, Integer> region = scenario.values(ANALYST, "from=2018-01-01&to=2018-12-31");
        assertThat(region.get("6.2")).isEqualTo(region.get("10.1")).isGreaterThanOrEqualTo(3);

        mvc.perform(post("/api/v1/monitoring/rebuild").with(ADMIN)).andExpect(status().isOk());
        assertThat(scenario.values(ANALYST, "from=2018-01-01&to=2018-12-31" + org)).containsExactlyEntriesOf(year);
        assertThat(scenario.values(ANALYST, "from=2018-03-01&to=2018-03-31" + org).get("6.2")).isEqualTo(2);
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused() throws Exception {
        mvc.perform(get("/api/v1/indicators?from=" + TO + "&to=" + FROM).with(ANALYST))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    /** The value in the row of the code, in the page's table. */
    private static String cell(String page, String code) {
        var matcher = java.util.regex.Pattern.compile("data-code=\"" + java.util.regex.Pattern.quote(code)
                + "\">.*?<td class=\"text-end\"><a [^>]*>(\\d+)</a></td>", java.util.regex.Pattern.DOTALL)
                .matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private String period() {
        return "from=" + FROM + "&to=" + TO;
    }

    private void refer(PersonId person, OrganisationId personOrganisation, OrganisationId vacancyOrganisation,
            LocalDate date) {
        publish(new CandidateReferred(new ReferralId(UUID.randomUUID()), person, personOrganisation,
                new VacancyId(UUID.randomUUID()), new EmployerId(UUID.randomUUID()), vacancyOrganisation, date));
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private static ReferralOutcomeRecorded outcome(UUID referral, PersonId person, OrganisationId personOrganisation,
            UUID vacancy, UUID employer, OrganisationId vacancyOrganisation, ReferralStatus status, LocalDate date,
            LocalDate contractStart) {
        return new ReferralOutcomeRecorded(new ReferralId(referral), person, personOrganisation, new VacancyId(vacancy),
                new EmployerId(employer), vacancyOrganisation, status, date, contractStart,
                contractStart == null ? null : ContractType.PERMANENT);
    }

    private static PersonId person(String id) {
        return new PersonId(UUID.fromString(id));
    }

    private static OrganisationId org(Organisation organisation) {
        return new OrganisationId(UUID.fromString(organisation.id()));
    }

    private static Map<String, Integer> indicators(Object... codesAndValues) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndValues.length; i += 2) {
            map.put((String) codesAndValues[i], (Integer) codesAndValues[i + 1]);
        }
        return map;
    }
}
