package it.retelavoro.desk;

import static it.retelavoro.desk.DeskFixtures.ALFA;
import static it.retelavoro.desk.DeskFixtures.CPI_TORINO;
import static it.retelavoro.desk.DeskFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.retelavoro.network.NetworkManagement;
import it.retelavoro.support.IntegrationTest;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The desk's pages (issue 14, point 1): "Persone" and "Imprese" open the caseload, the home page loads the
 * operator's work, the menu counts what waits, the header of the person's page assigns the operator.
 */
@IntegrationTest
class DeskPagesTests {

    static final DateTimeFormatter ITALIAN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NetworkManagement network;

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void the_menu_opens_the_caseloads_and_the_home_page_loads_the_operators_work() throws Exception {
        String home = page("/", CPI_TORINO);
        assertThat(home).contains("href=\"/desk/persons\"").contains("href=\"/desk/employers\"")
                .contains("hx-get=\"/desk/work\"");
    }

    @Test
    void the_caseload_page_filtered_to_overdue_actions_shows_the_person_with_the_day_in_italian() throws Exception {
        String surname = "Scaduta" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        DeskFixtures fixtures = new DeskFixtures(mvc);
        String person = fixtures.person(CPI_TORINO, surname, "Olga");
        fixtures.signPact(person);
        fixtures.signPlan(person, today().minusDays(2));
        fixtures.person(CPI_TORINO, surname, "Nina");

        String html = page("/desk/persons?actions=OVERDUE&q=" + surname, CPI_TORINO);
        assertThat(html).contains("1 persona trovata").contains(surname + " Olga").doesNotContain(surname + " Nina")
                .contains(today().minusDays(2).format(ITALIAN)).contains("Scaduta").contains("PAI aperto")
                .contains("/desk/persons.csv?actions=OVERDUE&amp;q=" + surname)
                .doesNotContain("??");
        assertThat(page("/desk/persons?q=" + surname, CPI_TORINO)).contains("2 persone trovate");
    }

    @Test
    void the_pager_links_carry_the_key_of_the_row_next_to_them_and_keep_the_filters() throws Exception {
        String surname = "Pagina" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        DeskFixtures fixtures = new DeskFixtures(mvc);
        for (String name : new String[] {"Anna", "Bruna", "Carla"}) {
            fixtures.person(CPI_TORINO, surname, name);
        }
        String first = page("/desk/persons?size=1&q=" + surname, CPI_TORINO);
        String next = link(first, "pager-next");
        assertThat(next).contains("q=" + surname).contains("page=1").contains("key=");
        String second = page(next, CPI_TORINO);
        assertThat(second).contains(surname + " Bruna").doesNotContain(surname + " Anna")
                .contains("Pagina 2 di 3");
        String third = page(link(second, "pager-next"), CPI_TORINO);
        assertThat(third).contains(surname + " Carla").doesNotContain("id=\"pager-next\"");
        String back = link(third, "pager-previous");
        assertThat(back).contains("page=1").contains("key=");
        assertThat(page(back, CPI_TORINO)).contains(surname + " Bruna");
        // the first page is the start of the list: its link needs no key
        assertThat(link(second, "pager-previous")).contains("page=0").doesNotContain("key=");
        // a new order starts from the first page, without the key of the old one
        assertThat(second).doesNotContainPattern("href=\"[^\"]*sort=[^\"]*key=[^\"]*\"");
    }

    private static String link(String html, String id) {
        java.util.regex.Matcher href = java.util.regex.Pattern.compile("href=\"([^\"]+)\"\\s+id=\"" + id + "\"")
                .matcher(html);
        assertThat(href.find()).as(id).isTrue();
        return org.springframework.web.util.HtmlUtils.htmlUnescape(href.group(1));
    }

    @Test
    void the_work_panel_lists_the_overdue_action_of_a_person_in_charge() throws Exception {
        String surname = "Lavoro" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        DeskFixtures fixtures = new DeskFixtures(mvc);
        String person = fixtures.person(CPI_TORINO, surname, "Olga");
        fixtures.signPact(person);
        fixtures.signPlan(person, today().minusDays(1));
        String me = network.findUserByUsername("cpi.torino").orElseThrow().id().toString();
        mvc.perform(post("/persons/" + person + "/assignment").param("operatorId", me).header("HX-Request", "true")
                .with(CPI_TORINO).with(csrf())).andExpect(status().isOk());
        // an action overdue for longer than the list looks back is counted, not listed
        String older = fixtures.person(CPI_TORINO, surname + "x", "Nadia");
        fixtures.signPact(older);
        fixtures.signPlan(older, today().minusDays(OperatorWork.RECENT_DAYS + 6));
        mvc.perform(post("/persons/" + older + "/assignment").param("operatorId", me).header("HX-Request", "true")
                .with(CPI_TORINO).with(csrf())).andExpect(status().isOk());

        String mine = mvc.perform(get("/desk/work?mine=true").header("HX-Request", "true").with(CPI_TORINO))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(mine).contains(surname + " Olga").contains("Bilancio di competenze")
                .contains(today().minusDays(1).format(ITALIAN)).contains("Azione del PAI")
                .doesNotContain("<html").doesNotContain("??").doesNotContain(surname + "x Nadia");
        // the counter of overdue actions counts the persons the link opens: the caseload filtered to them
        java.util.regex.Matcher counter = java.util.regex.Pattern.compile("data-testid=\"work-overdue\"[^>]*>(\\d+)<")
                .matcher(mine);
        assertThat(counter.find()).isTrue();
        Integer total = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/v1/persons")
                .param("inCharge", "true").param("actions", "OVERDUE").param("mine", "true").with(CPI_TORINO))
                .andReturn().getResponse().getContentAsString(), "$.totalElements");
        assertThat(Integer.parseInt(counter.group(1))).isEqualTo(total).isPositive();
        assertThat(page("/desk/work", ALFA)).doesNotContain(surname);
    }

    @Test
    void the_menu_counts_the_applications_to_verify() throws Exception {
        long waiting = jdbc.sql("""
                select count(*) from portal_desk_application a join organisation o on o.id = a.organisation_id
                 where o.name = 'CPI Torino'""").query(Long.class).single();
        String html = page("/desk/employers", CPI_TORINO);
        if (waiting > 0) {
            assertThat(html).contains("data-testid=\"nav-count-applications\">" + waiting + "<");
        } else {
            assertThat(html).doesNotContain("nav-count-applications");
        }
        assertThat(html).contains("Imprese in carico").doesNotContain("??");
    }

    @Test
    void the_header_of_the_persons_page_assigns_the_operator_responsible() throws Exception {
        String person = new DeskFixtures(mvc).person(CPI_TORINO, "Assegnata" + UUID.randomUUID().toString()
                .substring(0, 6), "Eva");
        assertThat(page("/persons/" + person, CPI_TORINO)).contains("hx-get=\"/persons/" + person + "/assignment\"");
        String me = network.findUserByUsername("cpi.torino").orElseThrow().id().toString();
        String panel = mvc.perform(post("/persons/" + person + "/assignment").param("operatorId", me)
                .header("HX-Request", "true").with(CPI_TORINO).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(panel).contains("Operatore responsabile aggiornato.")
                .containsPattern("<option value=\"" + me + "\"\\s+selected");
        mvc.perform(get("/persons/" + person + "/assignment").with(ALFA)).andExpect(status().isForbidden());
    }
}
