package it.retelavoro.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.retelavoro.support.IntegrationTest;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Someone guessing a user's password from one address slows down that address only, never the user. */
@IntegrationTest
class LoginThrottlingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private static String someAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static MockHttpServletRequestBuilder pageLogin(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf())
                .with(from(address));
    }

    private long failedLogins(String username) {
        return jdbc.sql("select count(*) from audit_event where action = 'LOGIN' and username = :username"
                + " and outcome = 'FAILED'").param("username", username).query(Long.class).single();
    }

    @Test
    void failures_from_one_address_slow_that_address_down_and_never_the_user_elsewhere() throws Exception {
        String attacker = someAddress();
        String office = someAddress();
        long failedBefore = failedLogins("agenzia.alfa");
        for (int attempt = 0; attempt < LoginThrottle.FREE_FAILURES_PER_USERNAME; attempt++) {
            mvc.perform(get("/api/v1/me").with(httpBasic("agenzia.alfa", "indovinata")).with(from(attacker)))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.detail").value(containsString("Credenziali")));
        }

        // the attacker's address must now wait, even with the right password
        mvc.perform(get("/api/v1/me").with(httpBasic("agenzia.alfa", "demo")).with(from(attacker)))
                .andExpect(status().isUnauthorized())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.detail").value(containsString("Troppi tentativi")));
        mvc.perform(pageLogin("agenzia.alfa", "demo", attacker))
                .andExpect(redirectedUrl("/login?error"));

        // the real user, from the office, is not refused: by the API nor by the login page
        mvc.perform(get("/api/v1/me").with(httpBasic("agenzia.alfa", "demo")).with(from(office)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("agenzia.alfa"));
        mvc.perform(pageLogin("agenzia.alfa", "demo", office))
                .andExpect(redirectedUrl("/"));
        // and the attacker's address is slowed for that username only, under the per-address limit
        mvc.perform(get("/api/v1/me").with(httpBasic("cpi.cuneo", "demo")).with(from(attacker)))
                .andExpect(status().isOk());

        // every failure, refused attempts included, is in the audit trail as before
        assertThat(failedLogins("agenzia.alfa") - failedBefore)
                .isEqualTo(LoginThrottle.FREE_FAILURES_PER_USERNAME + 2);
    }

    @Test
    void the_login_page_says_when_the_address_must_wait() throws Exception {
        String attacker = someAddress();
        var session = new it.retelavoro.support.PageSession();
        for (int attempt = 0; attempt <= LoginThrottle.FREE_FAILURES_PER_USERNAME; attempt++) {
            mvc.perform(pageLogin("regione", "indovinata", attacker))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(pageLogin("regione", "demo", attacker)
                        .with(session))
                .andDo(session.keep())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", "").with(session))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("Troppi tentativi")));
    }
}
