package it.retelavoro.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.retelavoro.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A codice fiscale whose letters do not match the names: an advisory warning, then registered and noted. */
@IntegrationTest
class FiscalCodeNamesPageTests {

    @Autowired
    MockMvc mvc;

    private static LocalDate aBirthDate() {
        return LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(15_000));
    }

    private MockHttpServletRequestBuilder registration(String code, String firstName, String lastName,
            LocalDate birth) {
        return post("/persons").with(httpBasic("cpi.torino", "demo")).with(csrf()).header("Accept-Language", "it")
                .param("fiscalCode", code).param("firstName", firstName).param("lastName", lastName)
                .param("birthDate", birth.toString()).param("sex", "F").param("birthPlace", "L219")
                .param("citizenship", "IT");
    }

    @Test
    void warns_before_registering_a_code_whose_letters_are_not_the_names_and_notes_it_when_confirmed()
            throws Exception {
        LocalDate birth = aBirthDate();
        String code = FiscalCodes.of("BNCGLI", birth, "F", "L219");

        String warned = mvc.perform(registration(code, "Giulia", "Verdi", birth))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(warned).contains("id=\"name-mismatch\"").contains("(BNCGLI)").contains("VRDGLI")
                .contains("value=\"Verdi\"").contains("id=\"p-confirm-names\"");
        mvc.perform(get("/api/v1/persons").param("fiscalCode", code).with(httpBasic("cpi.torino", "demo")))
                .andExpect(jsonPath("$.length()").value(0));

        String person = mvc.perform(registration(code, "Giulia", "Verdi", birth).param("confirmNameMismatch", "true"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(mvc.perform(get(person).with(httpBasic("cpi.torino", "demo"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("data-testid=\"name-mismatch-note\"");
        mvc.perform(get("/api/v1" + person).with(httpBasic("cpi.torino", "demo")))
                .andExpect(jsonPath("$.fiscalCodeNameMismatch").value(true));
    }

    @Test
    void registers_at_once_a_code_that_carries_the_letters_of_the_names() throws Exception {
        LocalDate birth = aBirthDate();
        String code = FiscalCodes.of("VRDGLI", birth, "F", "L219");

        String person = mvc.perform(registration(code, "Giulia", "Verdi", birth))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get("/api/v1" + person).with(httpBasic("cpi.torino", "demo")))
                .andExpect(jsonPath("$.fiscalCodeNameMismatch").value(false));
    }

    @Test
    void an_api_client_registers_without_being_stopped_and_reads_the_mismatch_noted() throws Exception {
        LocalDate birth = aBirthDate();
        String code = FiscalCodes.of("BNCMRA", birth, "M", "L219");
        mvc.perform(post("/api/v1/persons").with(httpBasic("cpi.torino", "demo"))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(PersonApiTests.body(code, birth, "M", "L219")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fiscalCodeNameMismatch").value(true));
    }
}
