package it.retelavoro.monitoring;

import static it.retelavoro.monitoring.MonitoringScenario.ANALYST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.retelavoro.employer.ContractType;
import it.retelavoro.employer.EmployerId;
import it.retelavoro.employer.VacancyId;
import it.retelavoro.person.PersonId;
import it.retelavoro.referral.ReferralEvents.CandidateReferred;
import it.retelavoro.referral.ReferralEvents.ReferralOutcomeRecorded;
import it.retelavoro.referral.ReferralId;
import it.retelavoro.referral.ReferralStatus;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.support.IntegrationTest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dates the repertorio gives its indicators (issue 13, point 6): 6.4 "N° utenti inseriti al lavoro
 * (contratto)" with its dimension "Data avvio contratto", and 10.3 "N°aziende che hanno assunto" dated the
 * same way, so that one hire falls in the same period on the person's side and on the company's.
 */
@IntegrationTest
class IndicatorDatingTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void a_hire_registered_in_one_month_for_a_contract_starting_the_next_counts_in_6_4_and_10_3_of_the_next()
            throws Exception {
        MonitoringScenario scenario = new MonitoringScenario(mvc);
        OrganisationId personSide = new OrganisationId(UUID.randomUUID());
        OrganisationId vacancySide = new OrganisationId(UUID.randomUUID());
        ReferralId referral = new ReferralId(UUID.randomUUID());
        PersonId person = new PersonId(UUID.randomUUID());
        VacancyId vacancy = new VacancyId(UUID.randomUUID());
        EmployerId company = new EmployerId(UUID.randomUUID());
        publish(new CandidateReferred(referral, person, personSide, vacancy, company, vacancySide,
                LocalDate.of(2017, 3, 2)));
        publish(new ReferralOutcomeRecorded(referral, person, personSide, vacancy, company, vacancySide,
                ReferralStatus.SELECTED, LocalDate.of(2017, 3, 20), null, null));
        // The company says on 30 March that it hired; the contract starts on 3 April.
        publish(new ReferralOutcomeRecorded(referral, person, personSide, vacancy, company, vacancySide,
                ReferralStatus.HIRED, LocalDate.of(2017, 3, 30), LocalDate.of(2017, 4, 3), ContractType.PERMANENT));

        String april = "from=2017-04-01&to=2017-04-30";
        Map<String, Integer> aprilOfTheCompanySide = expect(scenario, april + "&organisationId=" + vacancySide.value(),
                Map.of("10.3", 1));
        assertThat(scenario.valuesWhenEqual(ANALYST, april + "&organisationId=" + vacancySide.value(),
                aprilOfTheCompanySide)).containsExactlyEntriesOf(aprilOfTheCompanySide);
        assertThat(scenario.values(ANALYST, april + "&organisationId=" + personSide.value()).get("6.4")).isEqualTo(1);
        // March, a calendar month read from the kept counts, has the selection (10.2, 6.3) but not the hire.
        Map<String, Integer> march = scenario.values(ANALYST, "from=2017-03-01&to=2017-03-31&organisationId="
                + vacancySide.value());
        assertThat(march.get("10.2")).isEqualTo(1);
        assertThat(march.get("10.3")).isZero();
        assertThat(scenario.values(ANALYST, "from=2017-03-01&to=2017-03-31&organisationId=" + personSide.value())
                .get("6.4")).isZero();
        // A period that is not made of whole months agrees on both sides, and so does the region.
        Map<String, Integer> shifted = scenario.values(ANALYST, "from=2017-03-31&to=2017-04-15");
        assertThat(shifted.get("10.3")).isGreaterThanOrEqualTo(1).isEqualTo(shifted.get("6.4"));
        mvc.perform(get("/api/v1/indicators/10.3/records?" + april + "&organisationId=" + vacancySide.value())
                        .with(ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].subjectId").value(company.value().toString()))
                .andExpect(jsonPath("$[0].dates[0]").value("2017-04-03"));
    }

    /**
     * Repertorio, "INDICATORI FISICI e DIMENSIONI DI ANALISI": 3.2 "Data di apertura del PAI" stays the number of
     * PAIs opened, and its records are dated under that dimension; 2.2 and 6.4 under theirs; the others under the
     * generic heading. The page and its CSV say the same.
     */
    @Test
    void the_records_are_dated_under_the_dimension_the_repertorio_names_for_the_indicator() throws Exception {
        // The demo region's last year, which has records of every indicator asked here.
        String period = "from=" + MonitoringScenario.today().minusYears(1) + "&to=" + MonitoringScenario.today();
        for (var expected : Map.of("3.2", "Data di apertura del PAI", "2.2", "Data della firma del Patto",
                "6.4", "Data avvio contratto", "10.3", "Data avvio contratto", "1.1", "Date").entrySet()) {
            String page = mvc.perform(get("/monitoring/indicators/" + expected.getKey() + "/records?" + period)
                            .with(ANALYST))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).as(expected.getKey())
                    .contains("data-testid=\"records-date-heading\">" + expected.getValue() + "</th>");
        }
        String csv = mvc.perform(get("/api/v1/indicators/3.2/records.csv?" + period).with(ANALYST))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith("Data di apertura del PAI,Programmi");
    }

    /** Every indicator zero but those given, for the query's period and scope as it stands before the events. */
    private static Map<String, Integer> expect(MonitoringScenario scenario, String query, Map<String, Integer> given)
            throws Exception {
        Map<String, Integer> expected = new LinkedHashMap<>(scenario.values(ANALYST, query));
        expected.replaceAll((code, value) -> given.getOrDefault(code, 0));
        return expected;
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }
}
