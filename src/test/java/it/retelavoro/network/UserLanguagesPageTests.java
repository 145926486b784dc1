package it.retelavoro.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The languages an operator speaks, chosen on the administration pages by name from lists (issue 14, point 3),
 * not typed as ISO codes: one list per language, the blank ones ignored.
 */
@IntegrationTest
class UserLanguagesPageTests {

    @Autowired
    MockMvc mvc;

    private String read(String path, String user, String jsonPath) throws Exception {
        return JsonPath.read(mvc.perform(get(path).with(httpBasic(user, "demo"))).andReturn().getResponse()
                .getContentAsString(), jsonPath);
    }

    @Test
    void an_administrator_chooses_the_languages_of_an_operator_from_lists_by_name() throws Exception {
        String alfa = read("/api/v1/me", "agenzia.alfa", "$.organisation.id");
        String site = read("/api/v1/users", "agenzia.alfa", "$[0].siteIds[0]");
        String page = mvc.perform(get("/admin/organisations/" + alfa).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // lists of languages by name, not a text field of codes
        assertThat(page).containsPattern("<select id=\"user-languages\" name=\"languages\"")
                .contains("<option value=\"ar\">arabo</option>").doesNotContain("ISO 639-1");

        String username = "lingue." + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/admin/organisations/" + alfa + "/users").param("username", username)
                        .param("password", "una-password-lunga").param("role", "OPERATOR").param("siteIds", site)
                        .param("languages", "ro", "", "ar").with(httpBasic("admin", "demo")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        List<String> languages = JsonPath.read(mvc.perform(get("/api/v1/users").with(httpBasic("admin", "demo")))
                .andReturn().getResponse().getContentAsString(),
                "$[?(@.username == '" + username + "')].languages[*]");
        assertThat(languages).containsExactly("ar", "ro");

        String id = JsonPath.<List<String>>read(mvc.perform(get("/api/v1/users").with(httpBasic("admin", "demo")))
                .andReturn().getResponse().getContentAsString(), "$[?(@.username == '" + username + "')].id").get(0);
        String edit = mvc.perform(get("/admin/users/" + id).with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // each language chosen in a list of its own, and one more list to add another
        assertThat(edit).containsPattern("<option value=\"ar\" selected=\"selected\">arabo</option>")
                .containsPattern("<option value=\"ro\" selected=\"selected\">rumeno</option>")
                .contains("id=\"user-languages-2\"");
    }
}
