package it.retelavoro.monitoring;

import static it.retelavoro.monitoring.MonitoringScenario.ANALYST;
import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.employer.EmployerId;
import it.retelavoro.employer.VacancyId;
import it.retelavoro.monitoring.MonitoringScenario.Organisation;
import it.retelavoro.person.PersonId;
import it.retelavoro.referral.ReferralEvents.CandidateReferred;
import it.retelavoro.referral.ReferralId;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The read model under concurrent registrations: many transactions at once, each event twice, the same
 * persons referred by several threads in the same month and year. The distinct counts must come out exact,
 * with no listener lost to a deadlock or a unique-key race.
 */
@IntegrationTest
class ConcurrentFactsTests {

    static final int PERSONS = 30;
    static final int THREADS = 8;

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void concurrent_and_repeated_referrals_count_each_person_once_for_each_side() throws Exception {
        MonitoringScenario scenario = new MonitoringScenario(mvc);
        Organisation a = scenario.organisation();
        Organisation b = scenario.organisation();
        OrganisationId orgA = new OrganisationId(UUID.fromString(a.id()));
        OrganisationId orgB = new OrganisationId(UUID.fromString(b.id()));
        // A day of its own in the 1990s, before any other test's facts (the open-data test uses 2001-2012).
        LocalDate day = LocalDate.of(1991, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));

        // Three referrals per person (one to a vacancy of A, two to vacancies of B), each event in the list
        // twice, so that every thread races the others on the same subjects and the same sources.
        List<CandidateReferred> referrals = new ArrayList<>();
        for (int p = 0; p < PERSONS; p++) {
            PersonId person = new PersonId(UUID.randomUUID());
            for (int k = 0; k < 3; k++) {
                referrals.add(new CandidateReferred(new ReferralId(UUID.randomUUID()), person, orgA,
                        new VacancyId(UUID.randomUUID()), new EmployerId(UUID.randomUUID()), k == 0 ? orgA : orgB,
                        day));
            }
        }
        List<Callable<Void>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            List<CandidateReferred> share = new ArrayList<>(referrals);
            java.util.Collections.shuffle(share);
            List<CandidateReferred> mine = share.subList(0, referrals.size() * 2 / THREADS + 1);
            work.add(() -> {
                mine.forEach(event -> transactions.executeWithoutResult(status -> events.publishEvent(event)));
                return null;
            });
        }
        // Then every event once more, so that none is missing whatever the shuffles picked.
        work.add(() -> {
            referrals.forEach(event -> transactions.executeWithoutResult(status -> events.publishEvent(event)));
            return null;
        });
        ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
        try {
            for (Future<Void> done : pool.invokeAll(work)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        String period = "from=" + day + "&to=" + day;
        Map<String, Integer> expectedA = only(scenario.values(ANALYST, period + "&organisationId=" + a.id()),
                "6.2", PERSONS, "10.1", PERSONS);
        Map<String, Integer> expectedB = only(expectedA, "6.2", 0, "10.1", PERSONS);
        assertThat(scenario.valuesWhenEqual(ANALYST, period + "&organisationId=" + a.id(), expectedA))
                .containsExactlyEntriesOf(expectedA);
        assertThat(scenario.valuesWhenEqual(ANALYST, period + "&organisationId=" + b.id(), expectedB))
                .containsExactlyEntriesOf(expectedB);
        // Region-wide, 6.2 and 10.1 are the same referral events: equal by construction.
        Map<String, Integer> region = only(expectedA, "6.2", PERSONS, "10.1", PERSONS);
        assertThat(scenario.values(ANALYST, period)).containsExactlyEntriesOf(region);
        // The whole month and year come from the kept counts, not from the facts: they must agree too.
        String month = "from=" + day.withDayOfMonth(1) + "&to=" + day.withDayOfMonth(day.lengthOfMonth());
        String year = "from=" + day.withDayOfYear(1) + "&to=" + day.withDayOfYear(day.lengthOfYear());
        for (String whole : List.of(month, year)) {
            assertThat(scenario.values(ANALYST, whole + "&organisationId=" + a.id())).containsExactlyEntriesOf(expectedA);
            assertThat(scenario.values(ANALYST, whole + "&organisationId=" + b.id())).containsExactlyEntriesOf(expectedB);
        }
    }

    /** Every indicator at zero but the two given. */
    private static Map<String, Integer> only(Map<String, Integer> shape, String code1, int value1, String code2,
            int value2) {
        Map<String, Integer> values = new LinkedHashMap<>();
        shape.keySet().forEach(code -> values.put(code, 0));
        values.put(code1, value1);
        values.put(code2, value2);
        return values;
    }
}
