package it.retelavoro.pathway;

import static it.retelavoro.pathway.PathwayApi.CPI_TORINO;
import static it.retelavoro.pathway.PathwayApi.PACT_SIGNED;
import static it.retelavoro.pathway.PathwayApi.VIA_BOLOGNA;
import static it.retelavoro.pathway.PathwayApi.delivery;
import static it.retelavoro.pathway.PathwayApi.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.pathway.PathwayEvents.DidCertified;
import it.retelavoro.pathway.PathwayEvents.DidDeclared;
import it.retelavoro.pathway.PathwayEvents.PactSigned;
import it.retelavoro.pathway.PathwayEvents.PersonServiceDelivered;
import it.retelavoro.person.PersonId;
import it.retelavoro.support.TestDatabase;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pathway module on its own, with the modules it depends on (person, network, catalogue, reference, audit,
 * platform) and none of those that depend on it: what its use cases publish.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class PathwayModuleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    private void perform(String path, String json) {
        try {
            mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json).with(CPI_TORINO))
                    .andExpect(status().is2xxSuccessful());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void boots_the_pathway_and_the_modules_it_depends_on_and_none_of_those_that_depend_on_it() {
        List<String> packages = Arrays.stream(context.getBeanDefinitionNames()).map(context::getType)
                .filter(Objects::nonNull).map(Class::getPackageName).distinct().toList();
        assertThat(packages).contains("it.retelavoro.pathway", "it.retelavoro.person", "it.retelavoro.network",
                "it.retelavoro.catalogue");
        assertThat(packages).noneMatch(name -> name.matches(
                "it\\.retelavoro\\.(employer|matching|referral|monitoring|portal|synthetic)(\\..*)?"));
    }

    @Test
    void declaring_and_certifying_a_did_publishes_its_declaration_then_its_certification(Scenario scenario)
            throws Exception {
        PersonId person = PersonId.of(new PathwayApi(mvc).person(CPI_TORINO));
        String did = "/api/v1/persons/" + person + "/did";

        scenario.stimulate(() -> perform(did, "{\"declaredOn\": \"" + today() + "\", \"channel\": \"CPI_COUNTER\"}"))
                .andWaitForEventOfType(DidDeclared.class).matching(event -> event.personId().equals(person))
                .toArriveAndVerify(event -> assertThat(event.date()).isEqualTo(today()));
        scenario.stimulate(() -> perform(did + "/certification", "{}"))
                .andWaitForEventOfType(DidCertified.class).matching(event -> event.personId().equals(person))
                .toArriveAndVerify(event -> assertThat(event.date()).isEqualTo(today()));
    }

    @Test
    void registering_an_a2_with_a_signed_pact_publishes_the_delivery_and_the_signature(Scenario scenario)
            throws Exception {
        PathwayApi api = new PathwayApi(mvc);
        PersonId person = PersonId.of(api.person(CPI_TORINO));
        String site = api.site(CPI_TORINO, VIA_BOLOGNA);

        scenario.stimulate(() -> perform("/api/v1/persons/" + person + "/deliveries",
                        delivery("A2", "INDIVIDUAL", today(), 30, site, PACT_SIGNED)))
                .andWaitForEventOfType(PersonServiceDelivered.class)
                .matching(event -> person.equals(event.personId()))
                .toArriveAndVerify(event -> assertThat(event.service()).isEqualTo(ServiceCode.A2));
        scenario.stimulate(() -> perform("/api/v1/persons/" + person + "/deliveries",
                        delivery("A2", "INDIVIDUAL", today(), 30, site, PACT_SIGNED)))
                .andWaitForEventOfType(PactSigned.class).matching(event -> event.personId().equals(person))
                .toArriveAndVerify(event -> assertThat(event.date()).isEqualTo(today()));
    }
}
