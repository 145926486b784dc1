package it.retelavoro.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.retelavoro.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The static files and the webjars are served under their own prefixes, the webjars linked with their version;
 * a link to a page is no resource, so the link encoder does not look it up on the classpath at every page.
 */
@IntegrationTest
class StaticResourcesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ResourceUrlProvider resources;

    @Test
    void serves_the_static_files_and_the_webjars_with_or_without_their_version() throws Exception {
        for (String path : new String[] {"/css/app.css", "/js/app.js", "/js/init.js", "/images/favicon.svg",
                "/favicon.ico", "/webjars/htmx.org/dist/htmx.min.js",
                "/webjars/bootstrap-italia/dist/css/bootstrap-italia.min.css"}) {
            mvc.perform(get(path)).andExpect(status().isOk());
        }
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        String versioned = page.replaceAll("(?s).*src=\"(/webjars/htmx\\.org/[^\"]+)\".*", "$1");
        assertThat(versioned).matches("/webjars/htmx\\.org/\\d+\\.\\d+\\.\\d+/dist/htmx\\.min\\.js");
        mvc.perform(get(versioned)).andExpect(status().isOk());
        mvc.perform(get("/app.css")).andExpect(status().is4xxClientError());
        // the API's documentation page brings its own files
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    void a_link_to_a_page_is_not_a_resource_the_link_encoder_looks_up() {
        assertThat(resources.getHandlerMap().keySet()).as("the resource prefixes")
                .doesNotContain("/**");
        assertThat(resources.getForLookupPath("/persons/6d1c2a3e-0000-4000-8000-000000000000")).isNull();
        assertThat(resources.getForLookupPath("/css/app.css")).isEqualTo("/css/app.css");
    }
}
