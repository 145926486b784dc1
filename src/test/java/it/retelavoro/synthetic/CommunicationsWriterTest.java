package it.retelavoro.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.interop.co.CoBatchEntry;
import it.retelavoro.interop.co.CoBatchReader;
import it.retelavoro.interop.co.CoDocument;
import it.retelavoro.interop.co.CoDocumentReader;
import it.retelavoro.interop.co.CoEvent;
import it.retelavoro.shared.VatNumber;
import it.retelavoro.synthetic.CommunicationsWriter.Company;
import it.retelavoro.synthetic.CommunicationsWriter.Person;
import it.retelavoro.synthetic.CommunicationsWriter.Referral;
import it.retelavoro.synthetic.GeneratedCommunication.Hire;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CommunicationsWriterTest {

    static final ReferenceTables REFERENCE = new ReferenceTables();
    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    static final LocalDate FIRST = TODAY.minusYears(3).plusDays(1);
    static final List<Person> PERSONS = new ArrayList<>();
    static final List<Company> COMPANIES = new ArrayList<>();
    static final List<Referral> REFERRALS = new ArrayList<>();

    static {
        SplittableRandom random = new SplittableRandom(3);
        Set<String> codes = new HashSet<>();
        for (int p = 0; p < 2_000; p++) {
            boolean male = random.nextBoolean();
            String first = Names.pick(male ? Names.MALE : Names.FEMALE, random);
            String last = Names.pick(Names.SURNAMES, random);
            LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(random.nextInt(35 * 365));
            String code = RegionWriter.fiscalCode(last, first, birth, male, "L219");
            if (codes.add(code)) {
                PERSONS.add(new Person(code, last, first, male ? "M" : "F", birth, "L219",
                        random.nextInt(10) == 0 ? "RO" : "IT", REFERENCE.comuneIn("TO", random),
                        "Via Po " + (p + 1)));
            }
        }
        for (int c = 0; c < 100; c++) {
            String ten = Long.toString(1_000_000_000L + c);
            COMPANIES.add(new Company(ten + VatNumber.checkDigit(ten), "Officine " + c + " SRL",
                    REFERENCE.ateco(random), REFERENCE.comuneIn(c % 2 == 0 ? "TO" : "CN", random), "Via Roma 1"));
        }
        String[] statuses = {"SENT", "INTERVIEWED", "SELECTED", "HIRED", "HIRED", "REJECTED"};
        for (int r = 0; r < 400; r++) {
            String status = statuses[random.nextInt(statuses.length)];
            LocalDate referred = FIRST.plusDays(30 + random.nextInt(900));
            REFERRALS.add(new Referral(random.nextInt(PERSONS.size()), random.nextInt(COMPANIES.size()), referred,
                    status, "HIRED".equals(status) ? referred.plusDays(10 + random.nextInt(30)) : null,
                    "HIRED".equals(status) ? "FIXED_TERM" : null, REFERENCE.occupation(random)));
        }
    }

    private static List<GeneratedCommunication> write(long seed, int documents) {
        return new CommunicationsWriter(new CommunicationsWriter.Spec(seed, FIRST, TODAY, documents, 42), PERSONS,
                COMPANIES, REFERRALS, REFERENCE).write();
    }

    @Test
    void the_same_seed_gives_the_same_documents_and_another_seed_other_documents() {
        UniLavWriter xml = new UniLavWriter();
        List<GeneratedCommunication> once = write(7, 1_000);
        List<GeneratedCommunication> again = write(7, 1_000);
        assertThat(again).isEqualTo(once);
        assertThat(xml.zip(again)).isEqualTo(xml.zip(once));
        assertThat(write(8, 1_000)).isNotEqualTo(once);
    }

    @Test
    void every_document_is_read_by_the_intake_s_reader_as_written() {
        CoDocumentReader reader = new CoDocumentReader();
        UniLavWriter xml = new UniLavWriter();
        for (GeneratedCommunication communication : write(11, 3_000)) {
            CoDocument read = reader.read(xml.write(communication));
            assertThat(read.code().value()).isEqualTo(communication.code());
            assertThat(read.previousCode() == null ? null : read.previousCode().value())
                    .isEqualTo(communication.previousCode());
            assertThat(read.communicationType()).isEqualTo(communication.type());
            assertThat(read.sentAt().toInstant()).isEqualTo(communication.sentAt().toInstant());
            assertThat(read.employer().fiscalCode()).isEqualTo(communication.employer().fiscalCode());
            assertThat(read.worker().fiscalCode()).isEqualTo(communication.worker().fiscalCode());
            if (read.event() instanceof CoEvent.Start start) {
                Hire hire = (Hire) communication.event();
                assertThat(start).isEqualTo(new CoEvent.Start(hire.start(), hire.end(), hire.workingTime(),
                        hire.occupation(), hire.contractType()));
            } else if (read.event() instanceof CoEvent.Extension extension) {
                assertThat(extension.startDate()).isEqualTo(communication.event().start());
            } else if (read.event() instanceof CoEvent.Transformation transformation) {
                assertThat(transformation.startDate()).isEqualTo(communication.event().start());
            } else {
                assertThat(((CoEvent.Cessation) read.event()).startDate()).isEqualTo(communication.event().start());
            }
        }
    }

    @Test
    void a_zip_of_the_documents_is_read_whole_by_the_batch_reader() {
        List<GeneratedCommunication> communications = write(5, 500);
        List<CoBatchEntry> entries = new CoBatchReader().read(new UniLavWriter().zip(communications),
                "application/zip");
        assertThat(entries).hasSize(500).allMatch(entry -> entry instanceof CoBatchEntry.Read);
    }

    @Test
    void codes_are_sixteen_unique_digits_in_the_order_of_sending_and_a_correction_follows_what_it_names() {
        List<GeneratedCommunication> communications = write(13, 3_000);
        assertThat(communications).hasSize(3_000);
        Map<String, GeneratedCommunication> sent = new HashMap<>();
        GeneratedCommunication previous = null;
        for (GeneratedCommunication communication : communications) {
            assertThat(communication.code()).matches("\\d{16}");
            assertThat(sent.put(communication.code(), communication)).isNull();
            assertThat(communication.sentAt().toLocalDate()).isBetween(FIRST, TODAY);
            if (previous != null) {
                assertThat(communication.sentAt()).isAfterOrEqualTo(previous.sentAt());
                assertThat(communication.code()).isGreaterThan(previous.code());
            }
            if (communication.previousCode() != null) {
                GeneratedCommunication named = sent.get(communication.previousCode());
                assertThat(named).isNotNull();
                assertThat(named.event()).isInstanceOf(Hire.class);
                assertThat(communication.sentAt().toLocalDate()).isAfter(named.sentAt().toLocalDate());
            }
            previous = communication;
        }
    }

    @Test
    void mostly_hires_with_extensions_transformations_cessations_and_a_few_corrections() {
        List<GeneratedCommunication> communications = write(17, 20_000);
        CommunicationsWriter.Counts counts = new CommunicationsWriter(new CommunicationsWriter.Spec(17, FIRST, TODAY,
                20_000, 42), PERSONS, COMPANIES, REFERRALS, REFERENCE).counts(communications);
        assertThat(counts.documents()).isEqualTo(communications.size());
        assertThat(counts.hires()).isGreaterThan(communications.size() / 2);
        assertThat(counts.extensions()).isPositive();
        assertThat(counts.transformations()).isPositive();
        assertThat(counts.cessations()).isPositive();
        assertThat(counts.rectifications()).isPositive();
        assertThat(counts.cancellations()).isPositive();
        assertThat(communications.stream().map(communication -> ((Object) communication.event()).getClass()
                .getSimpleName() + communication.type()).distinct()).hasSize(6);
        assertThat(communications.stream().filter(communication -> communication.event() instanceof Hire hire
                && hire.end() == null && !"A.01.00".equals(hire.contractType()))).isNotEmpty();
    }

    @Test
    void most_hired_referrals_and_some_open_ones_get_a_hire_at_the_referral_s_company_within_120_days() {
        List<GeneratedCommunication> communications = write(19, 100_000);
        Map<String, List<Hire>> hires = new HashMap<>();
        communications.stream().filter(communication -> communication.event() instanceof Hire
                        && GeneratedCommunication.NEW.equals(communication.type()))
                .forEach(communication -> hires.computeIfAbsent(communication.worker().fiscalCode() + ":"
                        + communication.employer().fiscalCode(), key -> new ArrayList<>())
                        .add((Hire) communication.event()));
        int hired = 0;
        int confirmed = 0;
        int open = 0;
        int openConfirmed = 0;
        for (Referral referral : REFERRALS) {
            boolean found = hires.getOrDefault(PERSONS.get(referral.person()).fiscalCode() + ":"
                    + COMPANIES.get(referral.company()).fiscalCode(), List.of()).stream()
                    .anyMatch(hire -> !hire.start().isBefore(referral.referredOn())
                            && ChronoUnit.DAYS.between(referral.referredOn(), hire.start()) <= 120);
            if ("HIRED".equals(referral.status())) {
                hired++;
                confirmed += found ? 1 : 0;
            } else if (!"REJECTED".equals(referral.status())) {
                open++;
                openConfirmed += found ? 1 : 0;
            }
        }
        // a person referred twice is hired once: a little below the writer's 85% and 20%
        assertThat(confirmed).isGreaterThan(hired * 6 / 10);
        assertThat(openConfirmed).isBetween(open / 20, open * 4 / 10);
    }
}
