package it.retelavoro.synthetic;

import it.retelavoro.shared.VatNumber;
import it.retelavoro.synthetic.CommunicationsWriter.Company;
import it.retelavoro.synthetic.CommunicationsWriter.Person;
import it.retelavoro.synthetic.GeneratedCommunication.Employer;
import it.retelavoro.synthetic.GeneratedCommunication.Worker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Who the communications of {@link CommunicationsWriter} are between: the region's persons and a few workers no
 * operator registered, the companies of the registry (of the worker's province mostly) and as many again outside it,
 * as the CO names them. Draws from the writer's one random generator.
 */
final class CommunicationParties {

    /** The CO's three-digit codes of the citizenships the region's persons have (ISTAT codes of the states). */
    private static final Map<String, String> CITIZENSHIPS = Map.of("IT", "000", "AL", "201", "RO", "235",
            "UA", "243", "CN", "314", "MA", "436", "NG", "443", "PE", "615");
    private static final String[] LEGAL_FORMS = {"SRL", "SRL", "SRL", "SPA", "SAS", "SNC"};

    private final SplittableRandom random;
    private final List<Company> companies;
    private final ReferenceTables reference;
    private final int codePrefix;
    private final Map<String, List<Integer>> companiesByProvince = new HashMap<>();
    private final List<Employer> outsideEmployers = new ArrayList<>();

    /**
     * @param codePrefix the writer's code prefix, which also keeps the fiscal codes of the companies outside the
     *                   registry apart between two generations
     */
    CommunicationParties(SplittableRandom random, List<Company> companies, ReferenceTables reference,
            int codePrefix) {
        if (companies.isEmpty()) {
            throw new IllegalArgumentException("the region needs companies");
        }
        this.random = random;
        this.companies = companies;
        this.reference = reference;
        this.codePrefix = codePrefix;
        for (int c = 0; c < companies.size(); c++) {
            String province = reference.provinceOf(companies.get(c).comune());
            companiesByProvince.computeIfAbsent(province == null ? "TO" : province, key -> new ArrayList<>()).add(c);
        }
        for (int e = 0; e < Math.max(20, companies.size() / 2); e++) {
            outsideEmployers.add(outsideEmployer(e));
        }
    }

    static Worker worker(Person person) {
        return new Worker(person.fiscalCode(), person.lastName(), person.firstName(), person.sex(),
                person.birthDate(), person.birthPlace(), CITIZENSHIPS.getOrDefault(person.citizenship(), "000"),
                person.comune(), person.address());
    }

    /** A worker no operator of the network registered: an Italian of the region. */
    Worker unregisteredWorker() {
        boolean male = random.nextBoolean();
        String firstName = Names.pick(male ? Names.MALE : Names.FEMALE, random);
        String lastName = Names.pick(Names.SURNAMES, random);
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(45 * 365));
        String province = reference.province(random);
        String birthPlace = reference.comuneIn(province, random);
        return new Worker(RegionWriter.fiscalCode(lastName, firstName, birth, male, birthPlace), lastName, firstName,
                male ? "M" : "F", birth, birthPlace, "000", reference.comuneIn(province, random),
                "Via " + Names.pick(Names.SURNAMES, random) + " " + (1 + random.nextInt(150)));
    }

    /** The company of the registry at {@code index}, as the CO names an employer. */
    Employer employer(int index) {
        Company company = companies.get(index);
        return new Employer(company.fiscalCode(), company.name(), company.ateco(), company.comune(), company.address(),
                company.comune());
    }

    /**
     * A company of the registry two times out of three (of the worker's province mostly), else one outside it:
     * most employers never deal with the network.
     */
    Employer anyEmployer(Worker worker) {
        if (random.nextInt(100) < 35) {
            return outsideEmployers.get(random.nextInt(outsideEmployers.size()));
        }
        String province = reference.provinceOf(worker.domicile());
        List<Integer> near = province == null ? null : companiesByProvince.get(province);
        if (near != null && random.nextInt(100) < 80) {
            return employer(near.get(random.nextInt(near.size())));
        }
        return employer(random.nextInt(companies.size()));
    }

    private Employer outsideEmployer(int index) {
        String ten = Long.toString(3_000_000_000L + codePrefix * 200_000L + index);
        String province = reference.province(random);
        String comune = reference.comuneIn(province, random);
        return new Employer(ten + VatNumber.checkDigit(ten), Names.pick(Names.SURNAMES, random) + " "
                + Names.pick(Names.COMPANY_WORDS, random) + " " + LEGAL_FORMS[random.nextInt(LEGAL_FORMS.length)],
                reference.ateco(random), comune, "Via Torino " + (1 + random.nextInt(200)),
                random.nextInt(100) < 80 ? comune : reference.comuneIn(province, random));
    }
}
