package it.retelavoro.monitoring;

import static it.retelavoro.monitoring.MonitoringScenario.ADMIN;
import static it.retelavoro.monitoring.MonitoringScenario.ANALYST;
import static it.retelavoro.monitoring.MonitoringScenario.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.retelavoro.catalogue.RegistrationPeriods;
import it.retelavoro.support.IntegrationTest;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The Region closes a month (issue 13, point 4): no registration dated in it changes its figures until an
 * administrator reopens it with a reason. Every test reopens the month it closed, since the other classes of the
 * run register in the last weeks too.
 */
@IntegrationTest
class PeriodClosureTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegistrationPeriods periods;

    private final YearMonth lastMonth = YearMonth.from(today()).minusMonths(1);

    @AfterEach
    void reopen() throws Exception {
        if (periods.isClosed(lastMonth)) {
            reopening(lastMonth.toString(), "{\"reason\": \"fine del test\"}", ADMIN).andExpect(status().isOk());
        }
    }

    private ResultActions closure(String month, RequestPostProcessor who) throws Exception {
        return mvc.perform(post("/api/v1/monitoring/periods/" + month + "/closure").with(who));
    }

    private ResultActions reopening(String month, String body, RequestPostProcessor who) throws Exception {
        return mvc.perform(post("/api/v1/monitoring/periods/" + month + "/reopening")
                .contentType(MediaType.APPLICATION_JSON).content(body).with(who));
    }

    private ResultActions a1(MonitoringScenario.Organisation organisation, String person, LocalDate date)
            throws Exception {
        return mvc.perform(post("/api/v1/persons/" + person + "/deliveries").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"service": "A1", "mode": "INDIVIDUAL", "date": "%s", "minutes": 15, "siteId": "%s",
                         "outputs": {"referral": "Accoglienza A2"}}""".formatted(date, organisation.siteId()))
                .with(organisation.operator()));
    }

    @Test
    void a_closed_month_refuses_a_back_dated_delivery_until_an_administrator_reopens_it_with_a_reason()
            throws Exception {
        MonitoringScenario scenario = new MonitoringScenario(mvc);
        MonitoringScenario.Organisation organisation = scenario.organisation();
        String person = scenario.person(organisation);
        LocalDate lastDay = lastMonth.atEndOfMonth();

        closure(lastMonth.toString(), ANALYST)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.month").value(lastMonth.toString()))
                .andExpect(jsonPath("$.closed").value(true));
        mvc.perform(get("/api/v1/indicators").param("from", lastMonth.atDay(1).toString())
                        .param("to", lastDay.toString()).with(ANALYST))
                .andExpect(jsonPath("$.closed").value(true))
                .andExpect(jsonPath("$.closedPeriods[0]").value(lastMonth.toString()));
        mvc.perform(get("/api/v1/indicators").param("from", lastMonth.atDay(1).toString())
                        .param("to", today().toString()).with(ANALYST))
                .andExpect(jsonPath("$.closed").value(false))
                .andExpect(jsonPath("$.closedPeriods", hasItem(lastMonth.toString())));
        // the indicators page says it too, beside the figures
        mvc.perform(get("/monitoring").param("from", lastMonth.atDay(1).toString()).param("to", lastDay.toString())
                        .header("Accept-Language", "it").with(ANALYST))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Periodo chiuso dalla Regione")))
                .andExpect(content().string(containsString("Mesi chiusi: " + lastMonth.format(java.time.format.DateTimeFormatter.ofPattern("MM/yyyy")) + ". I loro dati non cambiano più senza una riapertura dell&#39;amministratore.")));
        mvc.perform(get("/monitoring").param("from", lastMonth.atDay(1).toString()).param("to", today().toString())
                        .header("Accept-Language", "it").with(ANALYST))
                .andExpect(content().string(containsString("Periodo in parte chiuso dalla Regione")));

        a1(organisation, person, lastDay)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.violations[0].code").value("PERIOD_CLOSED"))
                .andExpect(jsonPath("$.violations[0].field").value("date"))
                .andExpect(jsonPath("$.violations[0].source.field").value("periodiChiusi"));

        reopening(lastMonth.toString(), "{\"reason\": \"rettifica\"}", ANALYST).andExpect(status().isForbidden());
        reopening(lastMonth.toString(), "{\"reason\": \" \"}", ADMIN)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        reopening(lastMonth.toString(), "{\"reason\": \"Rettifica richiesta dal CPI\"}", ADMIN)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.closed").value(false))
                .andExpect(jsonPath("$.reopeningReason").value("Rettifica richiesta dal CPI"));
        assertThat(jdbc.sql("""
                select count(*) from audit_event where action = 'PERIOD_REOPENED' and outcome = 'SUCCESS'
                   and object_id = :month and detail like '%Rettifica richiesta dal CPI%'""")
                .param("month", lastMonth.toString()).query(Integer.class).single()).isEqualTo(1);
        a1(organisation, person, lastDay).andExpect(status().isCreated());
    }

    @Test
    void only_the_region_closes_only_a_month_that_has_ended_and_only_once() throws Exception {
        MonitoringScenario scenario = new MonitoringScenario(mvc);
        MonitoringScenario.Organisation organisation = scenario.organisation();

        closure(lastMonth.toString(), organisation.operator()).andExpect(status().isForbidden());
        closure(YearMonth.from(today()).toString(), ADMIN)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("month"));
        closure("2026-13", ADMIN).andExpect(status().isBadRequest());
        closure(lastMonth.toString(), ADMIN).andExpect(status().isOk());
        closure(lastMonth.toString(), ANALYST).andExpect(status().isConflict());
        mvc.perform(get("/api/v1/monitoring/periods").with(ANALYST))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[1].month").value(lastMonth.toString()))
                .andExpect(jsonPath("$[1].closed").value(true));
        mvc.perform(get("/api/v1/monitoring/periods").with(organisation.operator())).andExpect(status().isForbidden());
    }
}
