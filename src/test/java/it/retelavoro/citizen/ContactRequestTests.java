package it.retelavoro.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.retelavoro.person.FiscalCodes;
import it.retelavoro.support.IntegrationTest;
import it.retelavoro.support.OidcFlow;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A citizen with no record asks to be contacted (issue 17, point 2): the request, with a contact, reaches the CPI of
 * the province of the comune they live in, which marks it handled; another CPI does not see it; the citizen erases it.
 */
@IntegrationTest
class ContactRequestTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theWishToBeContactedReachesTheCpiOfTheProvinceAndIsErasedOnRequest() throws Exception {
        String code = FiscalCodes.random(LocalDate.of(2001, 2, 2), "F", "D205");
        OidcFlow browser = new OidcFlow(port).asCitizen(code, "Nadia", "Nuova");
        assertThat(browser.get("/me").body()).contains("Chiedi di essere contattato");

        HttpResponse<String> missing = browser.post("/me/contact-request", "/me", "comune=D205");
        assertThat(missing.statusCode()).isEqualTo(200);
        assertThat(missing.body()).contains("Indica almeno un indirizzo e-mail o un numero di telefono.");

        HttpResponse<String> sent = browser.post("/me/contact-request", "/me",
                "email=nadia%40example.org&comune=D205&message=Cerco%20lavoro");
        assertThat(OidcFlow.location(sent).getPath()).isEqualTo("/me");
        assertThat(browser.get("/me").body()).contains("citizen-contact-open").contains("CPI Cuneo");

        String cuneo = mvc.perform(get("/contact-requests").with(httpBasic("cpi.cuneo", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(cuneo).contains(code).contains("nadia@example.org").contains("Cerco lavoro");
        String torino = mvc.perform(get("/contact-requests").with(httpBasic("cpi.torino", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(torino).doesNotContain(code);
        mvc.perform(get("/contact-requests").with(httpBasic("agenzia.alfa", "demo"))).andExpect(status().isForbidden());

        UUID id = jdbc.sql("select id from citizen_contact_request where fiscal_code = :code").param("code", code)
                .query(UUID.class).single();
        mvc.perform(post("/contact-requests/" + id + "/handled").with(httpBasic("cpi.torino", "demo"))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/contact-requests/" + id + "/handled").with(httpBasic("cpi.cuneo", "demo"))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/contact-requests").with(httpBasic("cpi.cuneo", "demo"))).andReturn()
                .getResponse().getContentAsString()).doesNotContain(code);

        browser.post("/me/contact-request/erase", "/me", "");
        assertThat(jdbc.sql("select count(*) from citizen_contact_request where fiscal_code = :code")
                .param("code", code).query(Long.class).single()).isZero();
    }
}
