package it.retelavoro.network;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** An administrator grants an operator the supervisor's authority; it counts at the operator's next request. */
@IntegrationTest
class SupervisorApiTests {

    static final RequestPostProcessor ADMIN = httpBasic("admin", "demo");

    @Autowired
    MockMvc mvc;

    ResultActions designate(String userId, boolean supervisor, RequestPostProcessor who) throws Exception {
        return mvc.perform(put("/api/v1/users/" + userId + "/supervisor").contentType(MediaType.APPLICATION_JSON)
                .content("{\"supervisor\": " + supervisor + "}").with(who));
    }

    String newOperator(String username) throws Exception {
        String torino = JsonPath.read(mvc.perform(get("/api/v1/me").with(httpBasic("cpi.torino", "demo")))
                .andReturn().getResponse().getContentAsString(), "$.organisation.id");
        String site = JsonPath.read(mvc.perform(get("/api/v1/organisations/" + torino + "/sites").with(ADMIN))
                .andReturn().getResponse().getContentAsString(), "$[0].id");
        return JsonPath.read(mvc.perform(post("/api/v1/users").contentType(MediaType.APPLICATION_JSON).content("""
                {"username": "%s", "password": "una-password-lunga", "role": "OPERATOR", "organisationId": "%s",
                 "siteIds": ["%s"]}""".formatted(username, torino, site)).with(ADMIN))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    @Test
    void the_demo_supervisor_is_an_operator_with_the_supervisor_authority() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("supervisore.torino", "demo")))
                .andExpect(jsonPath("$.roles[0]").value("OPERATOR"))
                .andExpect(jsonPath("$.supervisor").value(true));
        mvc.perform(get("/api/v1/me").with(httpBasic("cpi.torino", "demo")))
                .andExpect(jsonPath("$.supervisor").value(false));
    }

    @Test
    void an_administrator_grants_and_withdraws_it_and_nobody_else_may() throws Exception {
        String username = "sup." + UUID.randomUUID().toString().substring(0, 8);
        String operator = newOperator(username);
        RequestPostProcessor self = httpBasic(username, "una-password-lunga");

        designate(operator, true, self).andExpect(status().isForbidden());
        designate(operator, true, ADMIN).andExpect(status().isOk()).andExpect(jsonPath("$.supervisor").value(true));
        mvc.perform(get("/api/v1/me").with(self)).andExpect(jsonPath("$.supervisor").value(true));
        designate(operator, false, ADMIN).andExpect(status().isOk()).andExpect(jsonPath("$.supervisor").value(false));
        mvc.perform(get("/api/v1/me").with(self)).andExpect(jsonPath("$.supervisor").value(false));
    }

    @Test
    void only_an_operator_can_be_a_supervisor() throws Exception {
        java.util.List<String> ids = JsonPath.read(mvc.perform(get("/api/v1/users").with(ADMIN)).andReturn()
                .getResponse().getContentAsString(), "$[?(@.username == 'regione')].id");
        designate(ids.get(0), true, ADMIN).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("supervisor"));
    }
}
