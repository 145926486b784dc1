package it.retelavoro.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.interop.co.CoIntake;
import it.retelavoro.interop.co.CoIntakeResult;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.support.IntegrationTest;
import it.retelavoro.synthetic.GeneratedCommunication.Employer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The generated communications through the real intake: every one applied, and the intake's way of applying many
 * documents of a body together (one transaction, reads at once, writes in batches) gives the rows that one document
 * at a time gives. The same documents go twice, under other codes and other employers' codici fiscali: once in zips,
 * once each in a request of its own.
 */
@IntegrationTest
class SyntheticCommunicationsTests {

    @Autowired
    CoIntake intake;
    @Autowired
    SyntheticRegion region;
    @Autowired
    JdbcClient jdbc;

    @Test
    void documents_applied_many_at_a_time_give_the_rows_one_at_a_time_gives() {
        CurrentUser admin = region.administrator().orElseThrow();
        int prefix = ThreadLocalRandom.current().nextInt(1000, 5000);
        List<GeneratedCommunication> together = new CommunicationsWriter(new CommunicationsWriter.Spec(23,
                CommunicationsWriterTest.FIRST, CommunicationsWriterTest.TODAY, 600, prefix),
                CommunicationsWriterTest.PERSONS, CommunicationsWriterTest.COMPANIES,
                CommunicationsWriterTest.REFERRALS, CommunicationsWriterTest.REFERENCE).write();
        List<GeneratedCommunication> alone = together.stream().map(SyntheticCommunicationsTests::elsewhere).toList();
        UniLavWriter xml = new UniLavWriter();

        Map<CoIntakeResult.Status, Integer> zipped = new EnumMap<>(CoIntakeResult.Status.class);
        for (int from = 0; from < together.size(); from += 250) {
            intake.receive(xml.zip(together.subList(from, Math.min(together.size(), from + 250))), "application/zip",
                    admin).forEach(result -> zipped.merge(result.status(), 1, Integer::sum));
        }
        Map<CoIntakeResult.Status, Integer> single = new EnumMap<>(CoIntakeResult.Status.class);
        for (GeneratedCommunication communication : alone) {
            intake.receive(xml.write(communication), "application/xml", admin)
                    .forEach(result -> single.merge(result.status(), 1, Integer::sum));
        }

        assertThat(zipped).isEqualTo(single).doesNotContainKeys(CoIntakeResult.Status.REFUSED,
                CoIntakeResult.Status.ALREADY_RECEIVED);
        assertThat(zipped.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(600);
        assertThat(zipped).containsKeys(CoIntakeResult.Status.REPLACED_PREVIOUS,
                CoIntakeResult.Status.CANCELLED_PREVIOUS);
        assertThat(employments(together)).isEqualTo(employments(alone)).hasSizeGreaterThan(300);
        assertThat(communications(together)).isEqualTo(communications(alone));
    }

    /** The same communication under another code (the prefix's digits) and another employer (first digit 9). */
    private static GeneratedCommunication elsewhere(GeneratedCommunication communication) {
        Employer employer = communication.employer();
        return new GeneratedCommunication(recode(communication.code()), communication.previousCode() == null ? null
                : recode(communication.previousCode()), communication.type(), communication.sentAt(),
                new Employer("9" + employer.fiscalCode().substring(1), employer.name(), employer.ateco(),
                        employer.legalSeat(), employer.address(), employer.workplace()),
                communication.worker(), communication.event());
    }

    private static String recode(String code) {
        return code.substring(0, 4) + (char) (code.charAt(4) + 5) + code.substring(5);
    }

    /** The employments of the documents' employers, each as a line, the employer's code less its first digit. */
    private List<String> employments(List<GeneratedCommunication> communications) {
        List<String> employers = communications.stream().map(c -> c.employer().fiscalCode()).distinct().toList();
        return jdbc.sql("""
                select concat_ws('|', substr(employer_fiscal_code, 2), worker_fiscal_code, person_id, start_date,
                           end_date, contract_type_code, working_time_code, occupation_code, cessation_date,
                           cessation_cause_code, ateco_code, workplace_comune, worker_domicile_comune) as line
                  from interop_co_employment where employer_fiscal_code in (:employers) order by line""")
                .param("employers", employers).query(String.class).list();
    }

    /** State, outcome and whether linked to an employment of each communication, in the order of the codes. */
    private List<String> communications(List<GeneratedCommunication> communications) {
        List<String> lines = new ArrayList<>();
        for (int from = 0; from < communications.size(); from += 500) {
            lines.addAll(jdbc.sql("""
                    select concat_ws('|', substr(code, 6), state, outcome, employment_id is null,
                               substr(corrected_by, 6)) as line
                      from interop_co_communication where code in (:codes) order by code""")
                    .param("codes", communications.subList(from, Math.min(communications.size(), from + 500))
                            .stream().map(GeneratedCommunication::code).toList())
                    .query(String.class).list());
        }
        return lines;
    }
}
