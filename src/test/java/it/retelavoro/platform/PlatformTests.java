package it.retelavoro.platform;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.retelavoro.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PlatformTests {

    @Autowired
    MockMvc mvc;

    @Test
    void health_probes_are_open_for_load_balancers() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }

    @Test
    void prometheus_metrics_are_for_administrators() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
        mvc.perform(get("/actuator/prometheus").with(httpBasic("cpi.torino", "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void pages_carry_a_strict_content_security_policy_and_need_a_login() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        // issue 14: / without login is the citizens' landing page; the operators' pages need a login
        mvc.perform(get("/persons").header("Accept", "text/html"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/network").with(httpBasic("cpi.torino", "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_api_is_documented_by_openapi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/me']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/organisations']").exists())
                // issue 14: the document names retelavoro, not the generator's "OpenAPI definition v0"
                .andExpect(jsonPath("$.info.title").value(containsString("retelavoro")))
                .andExpect(jsonPath("$.info.version").value("1.0.0"))
                .andExpect(jsonPath("$.info.description").value(containsString("repertorio")));
    }

    @Test
    void pages_speak_italian_by_default_and_english_on_request() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(containsString("Nome utente")));
        mvc.perform(get("/login").param("lang", "en")).andExpect(content().string(containsString("Username")));
    }
}
