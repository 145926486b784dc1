package it.retelavoro.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AuditTrailTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void records_who_created_what_and_lets_an_administrator_find_it_by_object() throws Exception {
        String body = mvc.perform(post("/api/v1/organisations").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "Agenzia Audit %s", "kind": "ACCREDITED_AGENCY", "fiscalCode": "04000000010"}"""
                                .formatted(UUID.randomUUID()))
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");

        mvc.perform(get("/api/v1/audit").param("objectType", "organisation").param("objectId", id)
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].action").value("ORGANISATION_CREATE"))
                .andExpect(jsonPath("$[0].username").value("admin"))
                .andExpect(jsonPath("$[0].outcome").value("SUCCESS"));
        mvc.perform(get("/api/v1/audit").with(httpBasic("cpi.torino", "demo")))
                .andExpect(status().isForbidden());
        // issue 14: the page names the operation; the API keeps the code
        String page = mvc.perform(get("/admin/audit").param("objectType", "organisation").param("objectId", id)
                        .with(httpBasic("admin", "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-action=\"ORGANISATION_CREATE\">Registrazione di un&#39;organizzazione</td>");
    }

    @Test
    void records_a_refused_write_even_though_the_write_rolled_back() throws Exception {
        mvc.perform(post("/api/v1/organisations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Non consentita\", \"kind\": \"CPI\", \"fiscalCode\": \"01000000016\"}")
                        .with(httpBasic("cpi.cuneo", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit").param("username", "cpi.cuneo").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$[*].outcome", hasItem("DENIED")))
                .andExpect(jsonPath("$[*].action", hasItem("ORGANISATION_CREATE")));
    }

    @Test
    void records_failed_logins() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("regione", "sbagliata"))).andExpect(status().isUnauthorized());
        long failures = jdbc.sql("select count(*) from audit_event where action = 'LOGIN' and username = 'regione'"
                + " and outcome = 'FAILED'").query(Long.class).single();
        assertThat(failures).isPositive();
    }

    @Autowired
    AuditLog audit;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void records_a_read_done_in_a_read_only_transaction() {
        String objectId = UUID.randomUUID().toString();
        var readOnly = new org.springframework.transaction.support.TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(status -> audit.success("TEST_READ", "TEST", objectId));
        assertThat(jdbc.sql("select count(*) from audit_event where object_id = ?").param(objectId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_database_refuses_to_change_or_delete_audit_rows() {
        jdbc.sql("insert into audit_event (occurred_at, action, outcome) values (now(), 'TEST', 'SUCCESS')").update();
        assertThatThrownBy(() -> jdbc.sql("update audit_event set action = 'ALTERED' where action = 'TEST'").update())
                .hasStackTraceContaining("sola aggiunta");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where action = 'TEST'").update())
                .hasStackTraceContaining("sola aggiunta");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update())
                .hasStackTraceContaining("sola aggiunta");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'TEST'").query(Long.class).single())
                .isEqualTo(1);
    }
}
