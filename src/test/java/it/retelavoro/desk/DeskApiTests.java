package it.retelavoro.desk;

import static it.retelavoro.desk.DeskFixtures.ALFA;
import static it.retelavoro.desk.DeskFixtures.ANALYST;
import static it.retelavoro.desk.DeskFixtures.CPI_TORINO;
import static it.retelavoro.desk.DeskFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The caseload lists of the API (issue 14, point 1): {@code GET /api/v1/persons?inCharge=true} and
 * {@code GET /api/v1/employers?inCharge=true}, paged with the total in the body, filtered and sorted in SQL, their
 * CSV, and the operator responsible for a person ({@code PUT /api/v1/persons/{id}/assigned-operator}). Each test
 * names its persons with a surname of its own and filters by it, so the demo data and other tests do not count.
 */
@IntegrationTest
class DeskApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    NetworkManagement network;

    private DeskFixtures fixtures() {
        return new DeskFixtures(mvc);
    }

    private static String surname() {
        return "Carico" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private ResultActions persons(RequestPostProcessor who, String query) throws Exception {
        return mvc.perform(get("/api/v1/persons?inCharge=true&" + query).with(who));
    }

    private String operatorId(String username) {
        return network.findUserByUsername(username).orElseThrow().id().toString();
    }

    @Test
    void lists_the_persons_in_charge_a_page_at_a_time_with_the_total_in_the_body() throws Exception {
        String surname = surname();
        for (String name : new String[] {"Carla", "Anna", "Bruna"}) {
            fixtures().person(CPI_TORINO, surname, name);
        }
        persons(CPI_TORINO, "q=" + surname + "&size=2&sort=firstName,asc")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.content[*].firstName", contains("Anna", "Bruna")));
        persons(CPI_TORINO, "q=" + surname + "&size=2&page=1&sort=firstName,asc")
                .andExpect(jsonPath("$.content[*].firstName", contains("Carla")));
        persons(CPI_TORINO, "q=" + surname + "&sort=firstName,desc")
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.content[*].firstName", contains("Carla", "Bruna", "Anna")));
    }

    @Test
    void the_pages_read_from_their_keys_are_the_pages_counted_from_the_start_in_every_order() throws Exception {
        // ties (two Anna, the same day of last contact), empty values (no Patto, no contact) and a PAI with a due day
        String surname = surname();
        DeskFixtures fixtures = fixtures();
        String[] names = {"Anna", "Anna", "Bruna", "Carla", "Dora", "Elsa", "Franca"};
        List<String> ids = new ArrayList<>();
        for (String name : names) {
            ids.add(fixtures.person(CPI_TORINO, surname, name));
        }
        fixtures.signPact(ids.get(1));
        fixtures.signPact(ids.get(3));
        fixtures.signPact(ids.get(4));
        fixtures.signPlan(ids.get(4), today().plusDays(5));
        for (String field : PersonCaseload.SORTABLE.keySet()) {
            for (String direction : List.of("asc", "desc")) {
                String list = "q=" + surname + "&size=2&sort=" + field + "," + direction;
                List<List<String>> counted = new ArrayList<>();
                for (int page = 0; page < 4; page++) {
                    counted.add(JsonPath.read(persons(CPI_TORINO, list + "&page=" + page).andReturn().getResponse()
                            .getContentAsString(), "$.content[*].id"));
                }
                assertThat(counted.stream().flatMap(List::stream).distinct()).as(list).hasSize(names.length);
                String body = persons(CPI_TORINO, list + "&page=0").andReturn().getResponse().getContentAsString();
                for (int page = 1; page < 4; page++) {
                    String key = JsonPath.read(body, "$.nextKey");
                    body = persons(CPI_TORINO, list + "&page=" + page + "&key=" + key).andReturn().getResponse()
                            .getContentAsString();
                    assertThat(JsonPath.<List<String>>read(body, "$.content[*].id")).as(list + " next to " + page)
                            .isEqualTo(counted.get(page));
                }
                assertThat(JsonPath.<java.util.Map<String, Object>>read(body, "$")).as("the last page has no next")
                        .doesNotContainKey("nextKey");
                for (int page = 2; page >= 0; page--) {
                    String key = JsonPath.read(body, "$.previousKey");
                    body = persons(CPI_TORINO, list + "&page=" + page + "&key=" + key).andReturn().getResponse()
                            .getContentAsString();
                    assertThat(JsonPath.<List<String>>read(body, "$.content[*].id")).as(list + " back to " + page)
                            .isEqualTo(counted.get(page));
                }
            }
        }
    }

    @Test
    void a_key_of_another_sort_or_that_cannot_be_read_is_not_used_the_page_counts_from_the_start() throws Exception {
        String surname = surname();
        for (String name : new String[] {"Anna", "Bruna", "Carla", "Dora"}) {
            fixtures().person(CPI_TORINO, surname, name);
        }
        String byName = persons(CPI_TORINO, "q=" + surname + "&size=1&sort=firstName,asc&page=0").andReturn()
                .getResponse().getContentAsString();
        String key = JsonPath.read(byName, "$.nextKey");
        persons(CPI_TORINO, "q=" + surname + "&size=1&sort=firstName,desc&page=2&key=" + key)
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[*].firstName", contains("Bruna")));
        for (String unreadable : List.of("x", "%C3%A0", "QQ", "QR9maXJzdE5hbWUsYXNjH25vdC1hbi1pZB89QW5uYQ")) {
            persons(CPI_TORINO, "q=" + surname + "&size=1&sort=firstName,asc&page=2&key=" + unreadable)
                    .andExpect(status().isOk()).andExpect(jsonPath("$.content[*].firstName", contains("Carla")));
        }
    }

    @Test
    void the_search_without_in_charge_answers_as_before_a_plain_list() throws Exception {
        String surname = surname();
        fixtures().person(CPI_TORINO, surname, "Anna");
        mvc.perform(get("/api/v1/persons").param("name", surname).with(CPI_TORINO))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isArray())
                .andExpect(jsonPath("$", hasSize(1)));
    }

    @Test
    void another_organisation_does_not_find_the_persons_and_an_analyst_has_no_caseload() throws Exception {
        String surname = surname();
        fixtures().person(CPI_TORINO, surname, "Anna");
        persons(ALFA, "q=" + surname).andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(0));
        persons(ANALYST, "q=" + surname).andExpect(status().isForbidden());
    }

    @Test
    void filters_by_the_state_of_the_pathway_and_by_pai_actions_overdue_or_due_soon() throws Exception {
        String surname = surname();
        DeskFixtures fixtures = fixtures();
        String overdue = fixtures.person(CPI_TORINO, surname, "Olga");
        fixtures.signPact(overdue);
        fixtures.signPlan(overdue, today().minusDays(3));
        String dueSoon = fixtures.person(CPI_TORINO, surname, "Sara");
        fixtures.signPact(dueSoon);
        fixtures.signPlan(dueSoon, today().plusDays(5));
        String pactOnly = fixtures.person(CPI_TORINO, surname, "Pia");
        fixtures.signPact(pactOnly);
        fixtures.person(CPI_TORINO, surname, "Nina");

        persons(CPI_TORINO, "q=" + surname + "&actions=OVERDUE")
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(overdue))
                .andExpect(jsonPath("$.content[0].overdue").value(true))
                .andExpect(jsonPath("$.content[0].stage").value("PAI_OPEN"))
                .andExpect(jsonPath("$.content[0].nextDue").value(today().minusDays(3).toString()))
                .andExpect(jsonPath("$.content[0].lastContact").value(today().toString()));
        persons(CPI_TORINO, "q=" + surname + "&actions=DUE_SOON")
                .andExpect(jsonPath("$.content[*].id", contains(dueSoon)));
        persons(CPI_TORINO, "q=" + surname + "&actions=DUE_OR_OVERDUE&sort=nextDue,asc")
                .andExpect(jsonPath("$.content[*].id", contains(overdue, dueSoon)));
        persons(CPI_TORINO, "q=" + surname + "&stage=PACT_WITHOUT_PAI")
                .andExpect(jsonPath("$.content[*].id", contains(pactOnly)));
        // no service ever registered for Nina: she has gone without contact for any number of days
        persons(CPI_TORINO, "q=" + surname + "&noContactDays=30")
                .andExpect(jsonPath("$.content[*].firstName", contains("Nina")));
    }

    @Test
    void finds_a_person_by_codice_fiscale_and_by_name_before_surname_without_accents() throws Exception {
        String surname = surname();
        String id = fixtures().person(CPI_TORINO, surname, "Núria");
        String fiscalCode = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/v1/persons/" + id)
                .with(CPI_TORINO)).andReturn().getResponse().getContentAsString(), "$.fiscalCode");
        persons(CPI_TORINO, "q=" + fiscalCode).andExpect(jsonPath("$.content[*].id", contains(id)));
        persons(CPI_TORINO, "q=nuria " + surname.toLowerCase()).andExpect(jsonPath("$.content[*].id", contains(id)));
    }

    @Test
    void refuses_a_page_too_long_an_unknown_sort_and_a_negative_page() throws Exception {
        persons(CPI_TORINO, "size=201").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("size")));
        persons(CPI_TORINO, "sort=birthDate,asc").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("sort")));
        persons(CPI_TORINO, "page=-1").andExpect(status().isBadRequest());
        persons(CPI_TORINO, "size=200").andExpect(status().isOk()).andExpect(jsonPath("$.size").value(200));
    }

    @Test
    void an_operator_assigns_a_person_and_the_list_keeps_only_the_persons_assigned_to_the_caller() throws Exception {
        String surname = surname();
        String mine = fixtures().person(CPI_TORINO, surname, "Mia");
        fixtures().person(CPI_TORINO, surname, "Tua");
        String me = operatorId("cpi.torino");

        assign(CPI_TORINO, mine, "\"" + me + "\"").andExpect(status().isOk())
                .andExpect(jsonPath("$.operatorId").value(me));
        mvc.perform(get("/api/v1/persons/" + mine + "/assigned-operator").with(CPI_TORINO))
                .andExpect(jsonPath("$.operatorId").value(me));
        persons(CPI_TORINO, "q=" + surname + "&mine=true")
                .andExpect(jsonPath("$.content[*].id", contains(mine)))
                .andExpect(jsonPath("$.content[0].assignedOperatorId").value(me));
        persons(CPI_TORINO, "q=" + surname + "&operatorId=" + me)
                .andExpect(jsonPath("$.content[*].id", contains(mine)));
        persons(CPI_TORINO, "q=" + surname + "&unassigned=true")
                .andExpect(jsonPath("$.content[*].firstName", contains("Tua")));

        assign(CPI_TORINO, mine, "null").andExpect(status().isOk())
                .andExpect(jsonPath("$.operatorId").doesNotExist());
        persons(CPI_TORINO, "q=" + surname + "&mine=true").andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void a_person_is_assigned_only_to_an_operator_of_the_organisation_in_charge_by_one_of_its_operators()
            throws Exception {
        String person = fixtures().person(CPI_TORINO, surname(), "Eva");
        assign(CPI_TORINO, person, "\"" + operatorId("agenzia.alfa") + "\"").andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("operatorId")));
        assign(ALFA, person, "\"" + operatorId("agenzia.alfa") + "\"").andExpect(status().isForbidden());
    }

    @Test
    void filters_by_a_complex_target_only_for_who_may_see_it() throws Exception {
        String surname = surname();
        String person = fixtures().person(CPI_TORINO, surname, "Ida");
        fixtures().person(CPI_TORINO, surname, "Ugo");
        mvc.perform(put("/api/v1/persons/" + person + "/complex-targets").contentType(MediaType.APPLICATION_JSON)
                .content("{\"targets\": [\"DISABLED\"]}").with(CPI_TORINO)).andExpect(status().isOk());
        persons(CPI_TORINO, "q=" + surname + "&complexTarget=DISABLED")
                .andExpect(jsonPath("$.content[*].id", contains(person)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("DISABLED"))));
        // an agency operator without the competences the repertorio asks for the target may not filter by it
        persons(ALFA, "complexTarget=DISABLED").andExpect(status().isForbidden());
    }

    @Test
    void the_csv_holds_every_row_of_the_filtered_list() throws Exception {
        String surname = surname();
        for (String name : new String[] {"Anna", "Bruna", "Carla"}) {
            fixtures().person(CPI_TORINO, surname, name);
        }
        String csv = mvc.perform(get("/api/v1/persons.csv?inCharge=true&q=" + surname + "&size=1").with(CPI_TORINO))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.split("\r\n")).hasSize(4);
        assertThat(csv).startsWith("Cognome,").contains(surname + ",Anna,", surname + ",Carla,");
    }

    @Test
    void lists_the_companies_in_charge_paged_and_filtered_by_their_patto() throws Exception {
        String name = "Desk " + UUID.randomUUID().toString().substring(0, 8);
        String first = fixtures().company(name + " Alfa");
        fixtures().company(name + " Beta");
        mvc.perform(get("/api/v1/employers?inCharge=true").param("q", name).param("size", "1").with(CPI_TORINO))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.content[0].employerId").value(first))
                .andExpect(jsonPath("$.content[0].pactInForce").value(false))
                .andExpect(jsonPath("$.content[0].openVacancies").value(0));
        mvc.perform(get("/api/v1/employers?inCharge=true").param("q", name).param("pactInForce", "true")
                .with(CPI_TORINO)).andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/employers?inCharge=true").param("q", name).with(ALFA))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/employers").param("name", name).with(CPI_TORINO))
                .andExpect(jsonPath("$").isArray());
    }

    private ResultActions assign(RequestPostProcessor who, String person, String operator) throws Exception {
        return mvc.perform(put("/api/v1/persons/" + person + "/assigned-operator")
                .contentType(MediaType.APPLICATION_JSON).content("{\"operatorId\": " + operator + "}").with(who));
    }
}
