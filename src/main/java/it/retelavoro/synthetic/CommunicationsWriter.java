package it.retelavoro.synthetic;

import it.retelavoro.synthetic.GeneratedCommunication.Cessation;
import it.retelavoro.synthetic.GeneratedCommunication.Employer;
import it.retelavoro.synthetic.GeneratedCommunication.Event;
import it.retelavoro.synthetic.GeneratedCommunication.Extension;
import it.retelavoro.synthetic.GeneratedCommunication.Hire;
import it.retelavoro.synthetic.GeneratedCommunication.Transformation;
import it.retelavoro.synthetic.GeneratedCommunication.Worker;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the Comunicazioni Obbligatorie of a synthetic region: the hires of a good share of the persons referred to
 * a vacancy, at the referral's company (by its codice fiscale) within 120 days after the referral, and the working
 * lives of many other persons of the region (and a few not registered with the network) at its companies and at
 * companies outside the registry; with the extensions, transformations and cessations that follow, a few hires
 * rectified and a few cancelled. Deterministic: one random generator seeded by the spec, the inputs taken in the
 * order given.
 *
 * <p>The communications come out in the order they were sent, with codes of 16 digits growing in that order; a
 * rectification or cancellation is always sent at least a day after what it names, so any prefix of the list can
 * be sent as it is. Contract types and working times are codes of the CO tables ({@code reference/co/}); causes of
 * cessation only those the shipped table holds (it is partial: see {@code reference/SOURCES.md}).
 */
final class CommunicationsWriter {

    /**
     * What to write.
     *
     * @param seed       the seed: the same spec and inputs give the same communications
     * @param first      the first day a communication may be about
     * @param today      nothing is sent after it
     * @param documents  how many communications, at most (fewer when the region's persons run out)
     * @param codePrefix four digits in every code (after the region and the year), so that two generations in one
     *                   database never share a code
     */
    record Spec(long seed, LocalDate first, LocalDate today, int documents, int codePrefix) {
        Spec {
            if (documents < 0 || codePrefix < 0 || codePrefix > 9999 || first.isAfter(today)) {
                throw new IllegalArgumentException("documents >= 0, codePrefix 0-9999, first <= today");
            }
        }
    }

    /**
     * A person of the region as the communications name them.
     *
     * @param citizenship ISO 3166 alpha-2, as the person registry keeps it
     * @param comune      cadastral code of the domicile (else the residence)
     */
    record Person(String fiscalCode, String lastName, String firstName, String sex, LocalDate birthDate,
            String birthPlace, String citizenship, String comune, String address) {
    }

    /** A company of the region's registry. */
    record Company(String fiscalCode, String name, String ateco, String comune, String address) {
    }

    /**
     * A referral of a person to a company's vacancy, with what the operators recorded of it.
     *
     * @param person        index in the persons
     * @param company       index in the companies
     * @param status        the referral's last step (SENT, INTERVIEWED, SELECTED, HIRED, REJECTED)
     * @param contractStart the start the operator recorded for a hire, else {@code null}
     * @param contractType  the operator's contract type for a hire ({@code employer.ContractType}), else {@code null}
     * @param occupation    the vacancy's CP2021 unit
     */
    record Referral(int person, int company, LocalDate referredOn, String status, LocalDate contractStart,
            String contractType, String occupation) {
    }

    /** What was written, by kind. */
    record Counts(int documents, int hires, int extensions, int transformations, int cessations, int rectifications,
            int cancellations, int referralHires, int workers, int unregisteredWorkers) {
    }

    /** Causes of the cessation of an apprenticeship (CO table of the causes). */
    private static final String[] APPRENTICE_CAUSES = {"AR", "AM", "AD", "LI"};

    private final Spec spec;
    private final SplittableRandom random;
    private final List<Person> persons;
    private final List<Referral> referrals;
    private final ReferenceTables reference;
    private final CommunicationDraws draws;
    private final CommunicationParties parties;
    private final List<Draft> drafts = new ArrayList<>();
    private int hires;
    private int extensions;
    private int transformations;
    private int cessations;
    private int rectifications;
    private int cancellations;
    private int referralHires;
    private int workers;
    private int unregisteredWorkers;

    /** A communication before its code: the code follows the order of sending, known only at the end. */
    private static final class Draft {
        final long order;
        final String type;
        final OffsetDateTime sentAt;
        final Draft previous;
        final Employer employer;
        final Worker worker;
        final Event event;
        String code;

        Draft(long order, String type, OffsetDateTime sentAt, Draft previous, Employer employer, Worker worker,
                Event event) {
            this.order = order;
            this.type = type;
            this.sentAt = sentAt;
            this.previous = previous;
            this.employer = employer;
            this.worker = worker;
            this.event = event;
        }
    }

    CommunicationsWriter(Spec spec, List<Person> persons, List<Company> companies, List<Referral> referrals,
            ReferenceTables reference) {
        this.spec = spec;
        this.random = new SplittableRandom(spec.seed());
        this.persons = persons;
        this.referrals = referrals;
        this.reference = reference;
        this.draws = new CommunicationDraws(random, spec.today());
        this.parties = new CommunicationParties(random, companies, reference, spec.codePrefix());
    }

    /** The communications, in the order they were sent. */
    List<GeneratedCommunication> write() {
        boolean[] taken = new boolean[persons.size()];
        for (Referral referral : referrals) {
            if (drafts.size() >= spec.documents()) {
                break;
            }
            if (!taken[referral.person()] && referralHire(referral)) {
                taken[referral.person()] = true;
            }
        }
        int[] order = draws.shuffled(persons.size());
        for (int i = 0; i < order.length && drafts.size() < spec.documents(); i++) {
            if (taken[order[i]]) {
                continue;
            }
            taken[order[i]] = true;
            workers++;
            career(CommunicationParties.worker(persons.get(order[i])));
            if (random.nextInt(100) < 5 && drafts.size() < spec.documents()) {
                unregisteredWorkers++;
                career(parties.unregisteredWorker());
            }
        }
        drafts.sort(Comparator.comparing((Draft draft) -> draft.sentAt).thenComparingLong(draft -> draft.order));
        List<Draft> sent = drafts.subList(0, Math.min(drafts.size(), spec.documents()));
        List<GeneratedCommunication> communications = new ArrayList<>(sent.size());
        long counter = 0;
        for (Draft draft : sent) {
            draft.code = "01" + "%02d".formatted(draft.sentAt.getYear() % 100) + "%04d".formatted(spec.codePrefix())
                    + "%08d".formatted(++counter);
            communications.add(new GeneratedCommunication(draft.code,
                    draft.previous == null ? null : draft.previous.code, draft.type, draft.sentAt, draft.employer,
                    draft.worker, draft.event));
        }
        return communications;
    }

    Counts counts(List<GeneratedCommunication> written) {
        int[] byKind = new int[6];
        for (GeneratedCommunication communication : written) {
            if (GeneratedCommunication.RECTIFICATION.equals(communication.type())) {
                byKind[4]++;
            } else if (GeneratedCommunication.CANCELLATION.equals(communication.type())) {
                byKind[5]++;
            } else if (communication.event() instanceof Hire) {
                byKind[0]++;
            } else if (communication.event() instanceof Extension) {
                byKind[1]++;
            } else if (communication.event() instanceof Transformation) {
                byKind[2]++;
            } else {
                byKind[3]++;
            }
        }
        return new Counts(written.size(), byKind[0], byKind[1], byKind[2], byKind[3], byKind[4], byKind[5],
                referralHires, workers + referralHires, unregisteredWorkers);
    }

    // --- whose communications ------------------------------------------------------------------------------

    /**
     * The hire of a referred person at the referral's company: most hires the operators recorded, and a fifth of
     * the referrals still open (the company hired without telling the network), within 120 days.
     */
    private boolean referralHire(Referral referral) {
        boolean hired = "HIRED".equals(referral.status());
        boolean open = "SENT".equals(referral.status()) || "INTERVIEWED".equals(referral.status())
                || "SELECTED".equals(referral.status());
        if (!(hired && random.nextInt(100) < 85) && !(open && random.nextInt(100) < 20)) {
            return false;
        }
        LocalDate start = hired && referral.contractStart() != null ? referral.contractStart()
                : referral.referredOn().plusDays(7 + random.nextInt(114));
        if (start.isAfter(spec.today()) || start.isBefore(spec.first().plusDays(5))) {
            return false;
        }
        Worker worker = CommunicationParties.worker(persons.get(referral.person()));
        Employer employer = parties.employer(referral.company());
        referralHires++;
        // a third lost a job before coming to the network
        if (random.nextInt(100) < 33) {
            LocalDate earlier = referral.referredOn().minusDays(200 + random.nextInt(700));
            if (earlier.isAfter(spec.first().plusDays(5))) {
                LocalDate until = referral.referredOn().minusDays(15);
                employment(worker, parties.anyEmployer(worker), earlier, "A.02.00",
                        min(earlier.plusDays(draws.term()), until), draws.workingTime(), reference.occupation(random), until);
            }
        }
        String contract = referral.contractType() == null ? draws.contract() : switch (referral.contractType()) {
            case "PERMANENT" -> "A.01.00";
            case "APPRENTICESHIP" -> "A.03.09";
            default -> "A.02.00";
        };
        String workingTime = "PART_TIME".equals(referral.contractType()) ? "P" : draws.workingTime(contract);
        LocalDate end = !CommunicationDraws.FIXED_TERM.contains(contract) ? null
                : start.plusDays("SEASONAL".equals(referral.contractType()) ? 30 + random.nextInt(90) : draws.term());
        employment(worker, employer, start, contract, end, workingTime,
                referral.occupation() == null ? reference.occupation(random) : referral.occupation(), spec.today());
        return true;
    }

    /** One to three employments one after the other, from a day of the period; an internship may lead to a hire. */
    private void career(Worker worker) {
        LocalDate start = spec.first().plusDays(5 + random.nextLong(Math.max(1,
                ChronoUnit.DAYS.between(spec.first().plusDays(5), spec.today()))));
        int employments = 1 + (random.nextInt(100) < 35 ? 1 : 0) + (random.nextInt(100) < 10 ? 1 : 0);
        Employer employer = parties.anyEmployer(worker);
        String contract = draws.contract();
        for (int e = 0; e < employments && !start.isAfter(spec.today()); e++) {
            LocalDate end = CommunicationDraws.FIXED_TERM.contains(contract)
                    ? start.plusDays("C.01.00".equals(contract) ? 182 : draws.term()) : null;
            LocalDate ended = employment(worker, employer, start, contract, end, draws.workingTime(contract),
                    reference.occupation(random), spec.today());
            if (ended == null) {
                return;
            }
            if ("C.01.00".equals(contract) && random.nextInt(100) < 25) {
                // the intern is hired where the internship was
                contract = random.nextBoolean() ? "A.01.00" : "A.02.00";
                start = ended.plusDays(1 + random.nextInt(30));
                employments++;
            } else {
                employer = parties.anyEmployer(worker);
                contract = draws.contract();
                start = ended.plusDays(7 + random.nextInt(180));
            }
        }
    }

    // --- one employment ------------------------------------------------------------------------------------

    /**
     * The communications of one employment: the hire (sent one to five days before the start), maybe its
     * rectification or its cancellation, then what happens to it: extensions, a transformation, a cessation.
     *
     * @param until the last day the employment may reach, when before today (an employment that ended before the
     *              person came to the network); today otherwise
     * @return the last day worked, or {@code null} when the employment is still going on
     */
    private LocalDate employment(Worker worker, Employer employer, LocalDate start, String contract, LocalDate end,
            String workingTime, String occupation, LocalDate until) {
        boolean capped = until.isBefore(spec.today());
        Hire hire = new Hire(start, end, contract, workingTime, occupation);
        OffsetDateTime hireSent = draws.sentOn(start.minusDays(1 + random.nextInt(5)));
        Draft hireDraft = add(GeneratedCommunication.NEW, hireSent, null, employer, worker, hire);
        if (random.nextInt(1000) < 7) {
            // the worker never started: the employer cancels the hire within three days
            OffsetDateTime cancelled = draws.later(hireSent, 1 + random.nextInt(3));
            if (!draws.sentAfterToday(cancelled)) {
                add(GeneratedCommunication.CANCELLATION, cancelled, hireDraft, employer, worker, hire);
                return start.minusDays(1);
            }
        }
        if (random.nextInt(100) < 3) {
            OffsetDateTime rectified = draws.later(hireSent, 1 + random.nextInt(10));
            if (!draws.sentAfterToday(rectified)) {
                hire = corrected(hire, capped);
                add(GeneratedCommunication.RECTIFICATION, rectified, hireDraft, employer, worker, hire);
            }
        }
        end = hire.end();
        workingTime = hire.workingTime();
        LocalDate from = start;
        if (CommunicationDraws.FIXED_TERM.contains(contract)) {
            boolean internship = "C.01.00".equals(contract);
            int roll = random.nextInt(100);
            if (roll < 12 && !internship && end.isAfter(start.plusDays(1))) {
                LocalDate on = start.plusDays(1 + random.nextLong(ChronoUnit.DAYS.between(start, end) - 1));
                LocalDate ceased = cease(worker, employer, start, on, "LI", until);
                return ceased != null || end.isAfter(until) ? ceased : end;
            }
            if (roll < 37 && !internship) {
                for (int n = random.nextInt(100) < 30 ? 2 : 1; n > 0; n--) {
                    LocalDate extendedTo = end.plusDays(30L * (1 + random.nextInt(6)));
                    OffsetDateTime sent = draws.sentOn(end.minusDays(random.nextInt(10)));
                    if ((capped && extendedTo.isAfter(until)) || draws.sentAfterToday(sent)) {
                        break;
                    }
                    add(GeneratedCommunication.NEW, sent, null, employer, worker,
                            new Extension(start, extendedTo, contract));
                    end = extendedTo;
                }
            }
            if (internship || "B.03.00".equals(contract) || random.nextInt(100) >= 10) {
                return end.isAfter(until) ? null : end;
            }
            // kept on: from fixed term to open-ended, before the term
            LocalDate on = start.plusDays(random.nextLong(Math.max(1, ChronoUnit.DAYS.between(start, end))));
            OffsetDateTime sent = draws.sentOn(on.plusDays(random.nextInt(5)));
            if (on.isAfter(until) || draws.sentAfterToday(sent)) {
                return end.isAfter(until) ? null : end;
            }
            add(GeneratedCommunication.NEW, sent, null, employer, worker,
                    new Transformation(start, on, "DI", "A.01.00", workingTime));
            contract = "A.01.00";
            from = on;
        } else if (random.nextInt(100) < 8 && !"A.05.02".equals(contract)) {
            // from full time to part time or back
            LocalDate on = start.plusDays(60 + random.nextInt(480));
            OffsetDateTime sent = draws.sentOn(on.plusDays(random.nextInt(5)));
            if (!on.isAfter(until) && !draws.sentAfterToday(sent)) {
                boolean toPartTime = "F".equals(workingTime);
                add(GeneratedCommunication.NEW, sent, null, employer, worker, new Transformation(start, on,
                        toPartTime ? "FP" : "PF", contract, toPartTime ? "P" : "F"));
                from = on;
            }
        }
        if (random.nextInt(100) < (capped ? 100 : 30)) {
            LocalDate on = capped ? from.plusDays(random.nextLong(Math.max(1, ChronoUnit.DAYS.between(from, until))))
                    : from.plusDays(30 + random.nextInt(900));
            String cause = "A.03.09".equals(contract) ? APPRENTICE_CAUSES[random.nextInt(APPRENTICE_CAUSES.length)]
                    : "LI";
            return cease(worker, employer, start, on, cause, until);
        }
        return null;
    }

    /** The cessation on the day, when it falls before {@code until}; else the employment goes on. */
    private LocalDate cease(Worker worker, Employer employer, LocalDate start, LocalDate on, String cause,
            LocalDate until) {
        OffsetDateTime sent = draws.sentOn(on.plusDays(random.nextInt(6)));
        if (on.isAfter(until) || draws.sentAfterToday(sent)) {
            return null;
        }
        add(GeneratedCommunication.NEW, sent, null, employer, worker, new Cessation(start, on, cause));
        return on;
    }

    /**
     * The hire as a rectification gives it: another occupation, working time or (for a fixed term not capped) a
     * later end.
     */
    private Hire corrected(Hire hire, boolean capped) {
        int what = random.nextInt(hire.end() == null || capped ? 2 : 3);
        if (what == 0) {
            return new Hire(hire.start(), hire.end(), hire.contractType(), hire.workingTime(),
                    reference.occupation(random));
        }
        if (what == 1) {
            return new Hire(hire.start(), hire.end(), hire.contractType(), "F".equals(hire.workingTime()) ? "P" : "F",
                    hire.occupation());
        }
        return new Hire(hire.start(), hire.end().plusDays(1 + random.nextInt(60)), hire.contractType(),
                hire.workingTime(), hire.occupation());
    }

    private Draft add(String type, OffsetDateTime sentAt, Draft previous, Employer employer, Worker worker,
            Event event) {
        Draft draft = new Draft(drafts.size(), type, sentAt, previous, employer, worker, event);
        drafts.add(draft);
        return draft;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
