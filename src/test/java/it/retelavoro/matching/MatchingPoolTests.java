package it.retelavoro.matching;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.matching.MatchingScenario.Protected;
import it.retelavoro.monitoring.MonitoringScenario.Organisation;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pool of a vacancy read tier by tier from the module's copy of the occupations: the very occupation
 * first, coarser CP2021 levels only when the pool is not full, ordered by occupation and comune points.
 */
@it.retelavoro.support.IntegrationTest
class MatchingPoolTests {

    static final String SALES = "5.1.2.2.0";
    static final String CASHIER = "5.1.2.4.0";

    @Autowired
    MockMvc mvc;
    @Autowired
    CandidatePool candidates;

    @Test
    void the_very_occupation_fills_the_pool_first_and_coarser_levels_only_when_it_is_not_full() throws Exception {
        MatchingScenario scenario = new MatchingScenario(mvc);
        Organisation office = scenario.organisation();
        String company = scenario.company(office);
        UUID vacancy = UUID.fromString(scenario.vacancy(office, company, "Commesso", SALES, "L219",
                "{}", true, false));
        String sameJobHere = scenario.proposable(office, Protected.plain(), "L219", null, job(SALES));
        String sameGroupHere = scenario.proposable(office, Protected.plain(), "L219", null, job(CASHIER));
        String sameJobElsewhere = scenario.proposable(office, Protected.plain(), "D205", null, job(SALES));
        String otherJob = scenario.proposable(office, Protected.plain(), "L219", null, job("8.1.4.3.0"));
        UUID organisation = UUID.fromString(office.id());

        // Two persons with the very occupation fill a pool of two: the one in the comune first.
        assertThat(candidates.pool(vacancy, SALES, "L219", "TO", organisation, 2))
                .containsExactly(UUID.fromString(sameJobHere), UUID.fromString(sameJobElsewhere));
        // A pool of three reaches the third level (5.1.2): the cashier in the comune (18 + 15 points) comes
        // before the shop assistant elsewhere (30); the other job only through the widest query.
        assertThat(candidates.pool(vacancy, SALES, "L219", "TO", organisation, 3)).containsExactly(
                UUID.fromString(sameJobHere), UUID.fromString(sameGroupHere), UUID.fromString(sameJobElsewhere));
        assertThat(candidates.pool(vacancy, SALES, "L219", "TO", organisation, 10))
                .contains(UUID.fromString(otherJob)).hasSize(4);
    }

    private static String job(String occupation) {
        return MatchingScenario.profile(occupation, LocalDate.of(2020, 1, 1), LocalDate.of(2024, 1, 1), "lavoro", "",
                "", "ANY");
    }
}
