package it.retelavoro.synthetic;

import it.retelavoro.monitoring.FactKeys;
import it.retelavoro.monitoring.FactKind;
import it.retelavoro.person.FiscalCode;
import it.retelavoro.shared.VatNumber;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Writes a synthetic region into batches of rows: companies first (with their vacancies, which the
 * persons' referrals need), then persons with their pathway, each with the monitoring facts the listeners
 * would have recorded for it. Single-threaded and driven by one seeded random generator, so the same spec
 * gives the same rows.
 *
 * <p>The funnel follows the rules the application enforces: a DID and an A2 at registration, a PAI (A3)
 * only after a signed Patto, A4-A6, training and internships only with a signed PAI, a referral only with
 * a signed Patto and PAI towards an open vacancy of a company with a signed Patto, never after today.
 */
final class RegionWriter {

    static final String CATALOGUE_VERSION = "piemonte-2012";
    /**
     * The least minutes of an individual delivery in piemonte-2012 (A.4: two meetings of an hour), so that the
     * demo and the benchmark hold deliveries the rule engine would allow.
     */
    private static final java.util.Map<String, Integer> MIN_INDIVIDUAL_MINUTES = java.util.Map.of("A2", 30,
            "A3", 60, "A4", 120, "A5", 120, "A6", 120);

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final String PATHWAY_DELIVERY_COLUMNS = "id, person_id, group_session_id, organisation_id, site_id,"
            + " operator_id, service, mode, delivered_on, minutes, meetings, referral, action_id, notes, visitor_sex,"
            + " visitor_age_band, catalogue_version, recorded_at, version";
    private static final String MONTHS = "ABCDEHLMPRST";
    private static final List<String> AGE_BANDS = FactKeys.ageBands();
    private static final String[] EDUCATION = {"NED", "PSE", "LSE", "USV", "IFP", "USG", "IFTS", "ITS", "CDU", "L",
        "LS", "LD", "RDD"};
    private static final int[] EDUCATION_WEIGHTS = {2, 3, 28, 5, 9, 31, 1, 1, 1, 9, 7, 2, 1};
    private static final String[] CONTRACTS = {"PERMANENT", "FIXED_TERM", "APPRENTICESHIP", "AGENCY_WORK",
        "PART_TIME", "SEASONAL"};
    private static final String[] LEGAL_FORMS = {"SRL", "SRLS", "SPA", "SAS", "SNC", "DITTA_INDIVIDUALE",
        "COOPERATIVA"};
    private static final String[] SIZES = {"MICRO", "MICRO", "MICRO", "SMALL", "SMALL", "MEDIUM", "LARGE"};
    private static final String[] TOPICS = {"RULES_AND_CONTRACTS", "HIRING_INCENTIVES", "INTERNSHIPS",
        "DISADVANTAGED_WORKERS", "TRAINING_OFFER", "INPS_AND_INSPECTORATE"};

    /** A site of the network, with the province of its comune. */
    record SiteRef(UUID id, String comune, String province) {
    }

    /** An operator and the sites they work at. */
    record Operator(UUID id, List<SiteRef> sites) {
    }

    /** An organisation of the network that delivers services, with its operators. */
    record Org(UUID id, boolean cpi, List<Operator> operators) {
    }

    /** What the generator counted, by table. */
    record Counts(long persons, long companies, long personDeliveries, long employerDeliveries, long facts,
            long vacancies, long referrals, long hires, long rows) {
    }

    private record Vacancy(UUID id, UUID employer, Org org, LocalDate registeredOn, String province) {
    }

    private record Place(String comune, String province) {
    }

    private final RegionSpec spec;
    private final SplittableRandom random;
    private final List<Org> orgs;
    private final Map<String, List<Org>> orgsByProvince = new HashMap<>();
    private final Map<String, Org> cpiByProvince = new HashMap<>();
    private final ReferenceTables reference;
    private final Set<String> fiscalCodes;
    private final LocalDate first;
    private final int span;
    private final double followUps;
    private final List<Vacancy> vacancies = new ArrayList<>();
    private final Map<String, List<Vacancy>> vacanciesByProvince = new HashMap<>();
    /** The A6 of the person being generated, by day: a referral joins the one of its day (issue 13). */
    private final Map<LocalDate, UUID> a6OfThePerson = new HashMap<>();
    /** The B4 of each vacancy by day (vacancy:day): a referral joins the one of its day (issue 13). */
    private final Map<String, UUID> b4OfTheDay = new HashMap<>();
    private long sequence;
    private long persons;
    private long companies;
    private long personDeliveries;
    private long employerDeliveries;
    private long facts;
    private long referrals;
    private long hires;
    private long rows;

    RegionWriter(RegionSpec spec, List<Org> orgs, ReferenceTables reference, Set<String> existingFiscalCodes) {
        this.spec = spec;
        this.random = new SplittableRandom(spec.seed());
        this.orgs = orgs;
        this.reference = reference;
        this.fiscalCodes = existingFiscalCodes;
        this.first = spec.today().minusYears(spec.years()).plusDays(1);
        this.span = (int) (spec.today().toEpochDay() - first.toEpochDay());
        for (Org org : orgs) {
            for (Operator operator : org.operators()) {
                for (SiteRef site : operator.sites()) {
                    List<Org> here = orgsByProvince.computeIfAbsent(site.province(), key -> new ArrayList<>());
                    if (!here.contains(org)) {
                        here.add(org);
                    }
                    if (org.cpi()) {
                        cpiByProvince.putIfAbsent(site.province(), org);
                    }
                }
            }
        }
        if (orgs.stream().noneMatch(Org::cpi)) {
            throw new IllegalArgumentException("the network needs at least one CPI");
        }
        // Per person: about 0.6 A1, 0.9 A2, 0.65 A3, 0.1 anonymous A1, 0.3 services to companies; the rest are
        // the follow-ups (A4-A6) of the persons with a signed PAI (about 0.59 of them).
        double base = 2.55;
        double perPerson = spec.persons() == 0 ? 0 : spec.deliveriesPerPerson();
        this.followUps = Math.max(1, (perPerson - base) / 0.59);
    }

    Counts counts() {
        return new Counts(persons, companies, personDeliveries, employerDeliveries, facts, vacancies.size(),
                referrals, hires, rows);
    }

    /** Writes all companies, a batch every {@code perBatch} of them. */
    void companies(int perBatch, Consumer<Batch> sink) {
        Batch batch = new Batch();
        for (int c = 0; c < spec.companies(); c++) {
            company(c, batch);
            if ((c + 1) % perBatch == 0) {
                rows += batch.rows();
                sink.accept(batch);
                batch = new Batch();
            }
        }
        rows += batch.rows();
        sink.accept(batch);
    }

    /** Writes all persons and the anonymous visitors, a batch every {@code perBatch} persons. */
    void persons(int perBatch, Consumer<Batch> sink) {
        Batch batch = new Batch();
        for (int p = 0; p < spec.persons(); p++) {
            person(batch);
            if (random.nextInt(10) == 0) {
                anonymousVisitor(batch);
            }
            if ((p + 1) % perBatch == 0) {
                rows += batch.rows();
                sink.accept(batch);
                batch = new Batch();
            }
        }
        rows += batch.rows();
        sink.accept(batch);
    }

    // --- companies -------------------------------------------------------------------------------------

    private void company(int index, Batch batch) {
        Place place = place();
        Org org = orgNear(place.province(), 0.6);
        Operator operator = pick(org.operators());
        SiteRef site = pick(operator.sites());
        LocalDate registered = day(first, span);
        UUID employer = nextId();
        String name = Names.pick(Names.SURNAMES, random) + " " + Names.pick(Names.COMPANY_WORDS, random);
        String legalForm = Names.pick(LEGAL_FORMS, random);
        batch.table("employer", "id, fiscal_code, name, legal_form, ateco_code, size_class, comune_code, address,"
                        + " organisation_id, registered_on, created_at, version")
                .add(employer).add(vatNumber(index)).add(name + " " + legalForm.replace('_', ' ')).add(legalForm)
                .add(reference.ateco(random)).add(Names.pick(SIZES, random)).add(place.comune())
                .add("Via Roma " + (1 + random.nextInt(200))).add(org.id()).add(registered).add(at(registered))
                .add(0).end();
        batch.table("employer_contact", "employer_id, position, name, role, phone, email")
                .add(employer).add(0).add(Names.pick(Names.FEMALE, random) + " " + Names.pick(Names.SURNAMES, random))
                .add("Responsabile del personale").add("011 " + (1000000 + random.nextInt(8999999)))
                .add(null).end();
        companies++;
        boolean interest = random.nextInt(100) < 55;
        if (random.nextInt(100) < 90) {
            UUID b1 = employerDelivery(batch, employer, org, operator, site, "B1", registered, interest, null, null);
            output(batch, b1, "INTEREST_EXPRESSION");
        }
        if (!interest) {
            return;
        }
        LocalDate b2Day = after(registered, 30);
        if (b2Day == null || random.nextInt(100) >= 85) {
            return;
        }
        boolean signed = random.nextInt(100) < 80;
        UUID b2 = employerDelivery(batch, employer, org, operator, site, "B2", b2Day, null,
                signed ? "SIGNED" : "REFUSED", null);
        output(batch, b2, "COMPANY_PACT_OUTCOME");
        UUID pact = nextId();
        batch.table("company_pact", "id, employer_id, organisation_id, site_id, operator_id, delivery_id, outcome,"
                        + " decided_on, commitments, plan_opened_on, recorded_at, version")
                .add(pact).add(employer).add(org.id()).add(site.id()).add(operator.id()).add(b2)
                .add(signed ? "SIGNED" : "REFUSED").add(b2Day)
                .add(signed ? "Comunicare i fabbisogni di personale e gli esiti dei colloqui" : null)
                .add(signed ? b2Day : null).add(at(b2Day)).add(0).end();
        if (!signed) {
            return;
        }
        output(batch, b2, "COMPANY_PACT_SIGNED");
        output(batch, b2, "COMPANY_ACTION_PLAN_OPENED");
        fact(batch, FactKind.COMPANY_PACT_SIGNED, FactKeys.of(pact), b2Day, org.id(), null, null, null, null,
                employer, pact, null, null, null);
        for (String service : List.of("B3", "B4")) {
            batch.table("company_action_plan_service", "pact_id, service").add(pact).add(service).end();
        }
        int entries = 0;
        if (random.nextInt(100) < 40) {
            LocalDate b3Day = after(b2Day, 120);
            if (b3Day != null) {
                UUID b3 = employerDelivery(batch, employer, org, operator, site, "B3", b3Day, null, null, null);
                output(batch, b3, "COMPANY_ACTION_PLAN_ENTRY");
                batch.table("employer_delivery_topic", "delivery_id, topic").add(b3).add(Names.pick(TOPICS, random))
                        .end();
                planEntry(batch, pact, entries++, b3, "B3", b3Day);
            }
        }
        int count = random.nextInt(100) < 75 ? 1 + random.nextInt(3) : 0;
        for (int v = 0; v < count; v++) {
            LocalDate registeredOn = after(b2Day, 700);
            if (registeredOn == null) {
                break;
            }
            UUID vacancy = nextId();
            String occupation = reference.occupation(random);
            batch.table("vacancy", "id, employer_id, organisation_id, occupation_code, title, description, positions,"
                            + " comune_code, contract_type, hours_per_week, education_level, experience_months,"
                            + " published, anonymous, expires_on, state, registered_on, created_at, version")
                    .add(vacancy).add(employer).add(org.id()).add(occupation)
                    .add(reference.occupationName(occupation)).add("Ricerca di personale per la sede di " + name)
                    .add(1 + random.nextInt(3)).add(place.comune()).add(Names.pick(CONTRACTS, random))
                    .add(random.nextInt(100) < 75 ? 40 : 20).add(weighted(EDUCATION, EDUCATION_WEIGHTS))
                    .add(random.nextInt(4) * 12).add(random.nextInt(100) < 70).add(random.nextInt(100) < 10)
                    .add(null).add("OPEN").add(registeredOn).add(at(registeredOn)).add(0).end();
            batch.table("vacancy_state_change", "vacancy_id, position, from_state, to_state, changed_on, reason,"
                            + " changed_by, recorded_at")
                    .add(vacancy).add(0).add(null).add("OPEN").add(registeredOn).add(null).add(operator.id())
                    .add(at(registeredOn)).end();
            if (random.nextInt(100) < 50) {
                batch.table("vacancy_licence", "vacancy_id, licence").add(vacancy).add("B").end();
            }
            if (random.nextInt(100) < 30) {
                batch.table("vacancy_language", "vacancy_id, language, level").add(vacancy).add("en")
                        .add(random.nextBoolean() ? "B1" : "B2").end();
            }
            fact(batch, FactKind.VACANCY_REGISTERED, FactKeys.of(vacancy), registeredOn, org.id(), null, null, null,
                    null, employer, vacancy, null, null, null);
            UUID b4 = employerDelivery(batch, employer, org, operator, site, "B4", registeredOn, null, null, vacancy);
            output(batch, b4, "INTERVIEW_REFERRAL");
            batch.table("employer_delivery_vacancy", "delivery_id, vacancy_id").add(b4).add(vacancy).end();
            planEntry(batch, pact, entries++, b4, "B4", registeredOn);
            Vacancy held = new Vacancy(vacancy, employer, org, registeredOn, place.province());
            vacancies.add(held);
            vacanciesByProvince.computeIfAbsent(place.province(), key -> new ArrayList<>()).add(held);
        }
    }

    private UUID employerDelivery(Batch batch, UUID employer, Org org, Operator operator, SiteRef site,
            String service, LocalDate day, Boolean interest, String pactOutcome, UUID vacancy) {
        UUID id = nextId();
        batch.table("employer_delivery", "id, employer_id, organisation_id, site_id, operator_id, service, mode,"
                        + " delivered_on, minutes, place, interest, needs, pact_outcome, vacancy_id,"
                        + " catalogue_version, recorded_at, version")
                .add(id).add(employer).add(org.id()).add(site.id()).add(operator.id()).add(service)
                .add("B4".equals(service) ? "BACK_OFFICE" : "INDIVIDUAL")
                .add(day).add(30 + 15 * random.nextInt(4)).add(random.nextBoolean() ? "AT_OFFICE" : "AT_COMPANY")
                .add(interest).add(Boolean.TRUE.equals(interest) ? "Ricerca di personale" : null).add(pactOutcome)
                .add(vacancy).add(CATALOGUE_VERSION).add(at(day)).add(0).end();
        employerDeliveries++;
        fact(batch, FactKind.EMPLOYER_DELIVERY, FactKeys.of(id), day, org.id(), null, site, operator.id(), null,
                employer, id, service, null, null);
        if (Boolean.TRUE.equals(interest)) {
            fact(batch, FactKind.COMPANY_NEED, FactKeys.of(id), day, org.id(), null, site, operator.id(), null,
                    employer, id, null, null, null);
        }
        return id;
    }

    /** An output of a person's delivery, one row per code (the pathway's table of outputs). */
    private static void personOutput(Batch batch, UUID delivery, String output) {
        batch.table("pathway_delivery_output", "delivery_id, output").add(delivery).add(output).end();
    }

    private static void output(Batch batch, UUID delivery, String output) {
        batch.table("employer_delivery_output", "delivery_id, output").add(delivery).add(output).end();
    }

    private static void planEntry(Batch batch, UUID pact, int position, UUID delivery, String service,
            LocalDate day) {
        batch.table("company_action_plan_entry", "pact_id, position, delivery_id, service, entry_date")
                .add(pact).add(position).add(delivery).add(service).add(day).end();
    }

    // --- persons ---------------------------------------------------------------------------------------

    /** Who a person is, as the facts record their dimensions. */
    private record Who(UUID id, String sex, int birthYear, String citizenshipGroup, String education) {

        String ageBand(LocalDate day) {
            return FactKeys.ageBand(day, birthYear);
        }
    }

    private void person(Batch batch) {
        a6OfThePerson.clear();
        Place residence = place();
        Org org = orgNear(residence.province(), 0.85);
        Operator operator = pick(org.operators());
        SiteRef site = pick(operator.sites());
        LocalDate registered = day(first, span);
        boolean male = random.nextBoolean();
        Names.Community community = random.nextInt(100) < 11 ? Names.COMMUNITIES[random.nextInt(
                Names.COMMUNITIES.length)] : null;
        String firstName = community == null ? Names.pick(male ? Names.MALE : Names.FEMALE, random)
                : Names.pick(male ? community.male() : community.female(), random);
        String lastName = community == null ? Names.pick(Names.SURNAMES, random)
                : Names.pick(community.surnames(), random);
        String birthPlace = community == null ? (random.nextInt(100) < 80 ? residence.comune()
                : reference.anyComune(random)) : community.belfiore();
        String citizenship = community == null ? "IT" : community.citizenship();
        String group = community == null ? "ITALIAN" : "RO".equals(citizenship) ? "EU" : "NON_EU";
        int age = 18 + (int) Math.min(47, Math.abs(random.nextGaussian() * 14 + 18));
        LocalDate birth = registered.minusYears(age).minusDays(random.nextInt(365));
        String code = fiscalCode(lastName, firstName, birth, male, birthPlace);
        while (!fiscalCodes.add(code)) {
            // Two persons with the same letters, day and place: the second is born a day later.
            birth = birth.plusDays(1);
            code = fiscalCode(lastName, firstName, birth, male, birthPlace);
        }
        String education = weighted(EDUCATION, EDUCATION_WEIGHTS);
        boolean consent = random.nextInt(100) < 85;
        UUID id = nextId();
        Who who = new Who(id, male ? "M" : "F", birth.getYear(), group, education);
        batch.table("person", "id, fiscal_code, fiscal_code_as_issued, first_name, last_name, search_name,"
                        + " search_name_reversed, birth_date, sex, birth_place, citizenship, residence_address,"
                        + " residence_comune, domicile_address, domicile_comune, phone, email, education_level,"
                        + " matching_consent, matching_consent_date, available_hours, max_km, willing_to_relocate,"
                        + " in_charge_of, registered_at, registered_by, version")
                .add(id).add(code).add(code).add(firstName).add(lastName).add(fold(lastName + " " + firstName))
                .add(fold(firstName + " " + lastName)).add(birth).add(who.sex()).add(birthPlace).add(citizenship)
                .add("Via " + Names.pick(Names.SURNAMES, random) + " " + (1 + random.nextInt(150)))
                .add(residence.comune()).add(null).add(null).add("3" + (100000000 + random.nextInt(899999999)))
                .add(null).add(education).add(consent).add(consent ? registered : null)
                .add(random.nextInt(100) < 60 ? "FULL_TIME" : random.nextBoolean() ? "PART_TIME" : "ANY")
                .add(5 + 5 * random.nextInt(10)).add(random.nextInt(100) < 8).add(org.id())
                .add(at(registered)).add(operator.id()).add(0).end();
        // the pathway's copy of who has the person in charge, which the person module's event would have kept
        batch.table("pathway_person_in_charge", "person_id, organisation_id").add(id).add(org.id()).end();
        profile(batch, id, community, residence);
        batch.table("monitoring_person", "person_id, organisation_id, sex, birth_year, citizenship_group,"
                        + " education_level")
                .add(id).add(org.id()).add(who.sex()).add(who.birthYear()).add(group).add(education).end();
        persons++;

        if (random.nextInt(100) < 60) {
            delivery(batch, who, org, operator, site, "A1", registered, "SERVICE_REFERRAL", null);
        }
        if (random.nextInt(100) < 75) {
            did(batch, id, org, operator, site, registered);
        }
        if (random.nextInt(100) >= 90) {
            return;
        }
        boolean pactSigned = random.nextInt(100) < 85;
        UUID a2 = delivery(batch, who, org, operator, site, "A2", registered,
                pactSigned ? "PACT_OUTCOME,PACT_SIGNED,PERSONAL_RECORD" : "PACT_OUTCOME,PERSONAL_RECORD", null);
        batch.table("pathway_pact", "id, person_id, delivery_id, organisation_id, site_id, operator_id, outcome,"
                        + " decided_on, responsible_operator, meeting_frequency, job_search_acts, job_search_timing,"
                        + " training_availability, superseded_by, recorded_at, version")
                .add(nextId()).add(id).add(a2).add(org.id()).add(site.id()).add(operator.id())
                .add(pactSigned ? "SIGNED" : "REFUSED").add(registered).add(pactSigned ? "Operatore di riferimento" : null)
                .add(pactSigned ? "Mensile" : null).add(pactSigned ? "Candidature e colloqui" : null)
                .add(pactSigned ? "Entro 30 giorni" : null).add(pactSigned ? Boolean.TRUE : null).add(null)
                .add(at(registered)).add(0).end();
        if (!pactSigned) {
            return;
        }
        fact(batch, FactKind.PACT_SIGNED, FactKeys.daily(id, org.id(), registered), registered, org.id(), null,
                null, null, who, null, null, null, null, null);
        LocalDate a3Day = after(registered, 20);
        if (a3Day == null || random.nextInt(100) >= 85) {
            return;
        }
        boolean planSigned = random.nextInt(100) < 90;
        UUID a3 = delivery(batch, who, org, operator, site, "A3", a3Day,
                planSigned ? "ACTION_PLAN_OUTCOME,ACTION_PLAN_SIGNED" : "ACTION_PLAN_OUTCOME", null);
        UUID plan = nextId();
        batch.table("pathway_action_plan", "id, person_id, delivery_id, organisation_id, site_id, operator_id, outcome,"
                        + " decided_on, specific_need, specific_need_text, specific_need_on, superseded_by,"
                        + " recorded_at, version")
                .add(plan).add(id).add(a3).add(org.id()).add(site.id()).add(operator.id())
                .add(planSigned ? "SIGNED" : "REFUSED").add(a3Day).add(false).add(null).add(null).add(null)
                .add(at(a3Day)).add(0).end();
        String key = FactKeys.daily(id, org.id(), a3Day);
        int log = 0;
        planEvent(batch, plan, log++, planSigned ? "SIGNED" : "REFUSED", a3Day, operator.id(), null, null, null, a3);
        if (!planSigned) {
            fact(batch, FactKind.PLAN_REFUSED, key, a3Day, org.id(), null, null, null, who, null, null, null, null,
                    null);
            return;
        }
        fact(batch, FactKind.PLAN_SIGNED, key, a3Day, org.id(), null, null, null, who, null,
                FactKeys.plan(key), null, null, null);
        String[] services = {"A4", "A5", "A6"};
        String[] descriptions = {"Colloqui di consulenza orientativa", "Accompagnamento alla ricerca attiva",
            "Preselezione e invio a colloqui"};
        UUID[] actions = new UUID[3];
        for (int a = 0; a < 3; a++) {
            actions[a] = nextId();
            planEvent(batch, plan, log++, "ACTION_PLANNED", a3Day, operator.id(), actions[a], "PLANNED", services[a],
                    null);
        }
        boolean[] used = new boolean[3];
        int meetings = poisson(followUps);
        long room = spec.today().toEpochDay() - a3Day.toEpochDay();
        for (int m = 0; m < meetings && room > 0; m++) {
            int roll = random.nextInt(100);
            int a = roll < 30 ? 0 : roll < 75 ? 1 : 2;
            LocalDate day = a3Day.plusDays(1 + random.nextLong(Math.min(room, 540)));
            UUID followUp = delivery(batch, who, org, operator, site, services[a], day, "ACTION_PLAN_ENTRY",
                    actions[a]);
            if (a == 2) {
                a6OfThePerson.putIfAbsent(day, followUp);
            }
            used[a] = true;
        }
        if (random.nextInt(100) < 25) {
            training(batch, who, org, operator, a3Day, actions[1]);
            used[1] = true;
        }
        if (random.nextInt(100) < 8) {
            LocalDate start = after(a3Day, 120);
            if (start != null) {
                UUID internship = nextId();
                batch.table("pathway_internship", "id, person_id, organisation_id, starts_on, ends_on, host, tutor,"
                                + " action_id, state, activated_on, user_id, recorded_at, version")
                        .add(internship).add(id).add(org.id()).add(start).add(start.plusMonths(6))
                        .add(Names.pick(Names.SURNAMES, random) + " " + Names.pick(Names.COMPANY_WORDS, random))
                        .add(Names.pick(Names.MALE, random) + " " + Names.pick(Names.SURNAMES, random))
                        .add(actions[1]).add("ACTIVE").add(start).add(operator.id()).add(at(start)).add(0).end();
                fact(batch, FactKind.INTERNSHIP_ACTIVATED, FactKeys.of(internship), start, start.plusMonths(6),
                        org.id(), null, null, null, who, null, internship, null, null, null);
                used[1] = true;
            }
        }
        LocalDate hiredOn = null;
        if (random.nextInt(100) < 30 && !vacancies.isEmpty()) {
            int count = random.nextInt(100) < 70 ? 1 : 2;
            UUID previous = null;
            for (int r = 0; r < count && hiredOn == null; r++) {
                Vacancy vacancy = vacancyFor(residence.province());
                if (vacancy.id().equals(previous)) {
                    continue;
                }
                previous = vacancy.id();
                LocalDate earliest = a3Day.isAfter(vacancy.registeredOn()) ? a3Day : vacancy.registeredOn();
                LocalDate sent = after(earliest, 60);
                if (sent == null) {
                    continue;
                }
                hiredOn = referral(batch, who, org, operator, site, vacancy, sent, actions[2]);
                used[2] = true;
            }
        }
        for (int a = 0; a < 3; a++) {
            String state = a == 2 && hiredOn != null ? "DONE" : used[a] ? "IN_PROGRESS" : "PLANNED";
            batch.table("pathway_action", "action_plan_id, position, action_key, service, description, due_on, state")
                    .add(plan).add(a).add(actions[a]).add(services[a]).add(descriptions[a])
                    .add(a3Day.plusMonths(3 + 3L * a)).add(state).end();
        }
        if (hiredOn != null) {
            planEvent(batch, plan, log, "PLACEMENT_RECORDED", hiredOn, operator.id(),
                    actions[2], "DONE", "A6", null);
        }
    }

    private void profile(Batch batch, UUID id, Names.Community community, Place residence) {
        int desired = 1 + random.nextInt(2);
        String firstOccupation = null;
        for (int d = 0; d < desired; d++) {
            String occupation = reference.occupation(random);
            if (occupation.equals(firstOccupation)) {
                continue;
            }
            firstOccupation = firstOccupation == null ? occupation : firstOccupation;
            batch.table("person_desired_occupation", "person_id, occupation").add(id).add(occupation).end();
        }
        int experiences = random.nextInt(4);
        LocalDate end = spec.today().minusMonths(1 + random.nextInt(24));
        for (int e = 0; e < experiences; e++) {
            LocalDate start = end.minusMonths(3 + random.nextInt(48));
            String occupation = e == 0 && firstOccupation != null && random.nextBoolean() ? firstOccupation
                    : reference.occupation(random);
            batch.table("person_experience", "person_id, position, employer, occupation, from_date, to_date,"
                            + " description")
                    .add(id).add(e).add(Names.pick(Names.SURNAMES, random) + " " + Names.pick(Names.COMPANY_WORDS, random))
                    .add(occupation).add(start).add(end).add(null).end();
            end = start.minusMonths(random.nextInt(12));
        }
        int position = 0;
        var languages = batch.table("person_language", "person_id, position, language, level, mother_tongue");
        if (community == null) {
            languages.add(id).add(position++).add("it").add(null).add(true).end();
        } else {
            languages.add(id).add(position++).add(community.language()).add(null).add(true).end();
            languages.add(id).add(position++).add("it").add(new String[] {"A2", "B1", "B2", "C1"}[random.nextInt(4)])
                    .add(false).end();
        }
        if (random.nextInt(100) < 40 && (community == null || !"en".equals(community.language()))) {
            languages.add(id).add(position).add("en").add(new String[] {"A2", "B1", "B2", "C1"}[random.nextInt(4)])
                    .add(false).end();
        }
        if (random.nextInt(100) < 70) {
            batch.table("person_driving_licence", "person_id, licence").add(id).add("B").end();
            if (random.nextInt(100) < 7) {
                batch.table("person_driving_licence", "person_id, licence").add(id).add("C").end();
            }
        }
        if (random.nextInt(100) < 30) {
            batch.table("person_mobility_province", "person_id, province").add(id).add(residence.province()).end();
        }
    }

    private void did(Batch batch, UUID person, Org org, Operator operator, SiteRef site, LocalDate day) {
        UUID id = nextId();
        Org cpi = org.cpi() ? org : cpiByProvince.getOrDefault(site.province(),
                orgs.stream().filter(Org::cpi).findFirst().orElseThrow());
        batch.table("pathway_did", "id, person_id, received_by, declared_on, channel, state, cpi_id, fiscal_code,"
                        + " first_name, last_name, birth_date, version")
                .add(id).add(person).add(org.id()).add(day).add(org.cpi() ? "CPI_COUNTER" : "AGENCY").add("CERTIFIED")
                .add(cpi.id()).add(null).add(null).add(null).add(null).add(0).end();
        var events = batch.table("pathway_did_event", "did_id, position, state, occurred_on, recorded_at, user_id,"
                + " organisation_id, reason");
        int position = 0;
        events.add(id).add(position++).add("DECLARED").add(day).add(at(day)).add(operator.id()).add(org.id())
                .add(null).end();
        if (!org.cpi()) {
            events.add(id).add(position++).add("CERTIFICATION_REQUESTED").add(day).add(at(day)).add(operator.id())
                    .add(org.id()).add(null).end();
        }
        events.add(id).add(position).add("CERTIFIED").add(day).add(at(day)).add(pick(cpi.operators()).id())
                .add(cpi.id()).add(null).end();
        // monitoring's copy, as its listener of DidDeclared and DidCertified writes it (the agenda's indicators)
        batch.table("monitoring_did", "did_id, person_id, organisation_id, cpi_id, declared_on").add(id).add(person)
                .add(org.id()).add(cpi.id()).add(day).end();
    }

    private UUID delivery(Batch batch, Who who, Org org, Operator operator, SiteRef site, String service,
            LocalDate day, String outputs, UUID action) {
        // the draw stays the same (the generated region does not change shape); the minutes respect the scheda
        return delivery(batch, who, org, operator, site, service, day, outputs, action, "INDIVIDUAL",
                Math.max(MIN_INDIVIDUAL_MINUTES.getOrDefault(service, 0), 15 + 15 * random.nextInt(4)));
    }

    private UUID delivery(Batch batch, Who who, Org org, Operator operator, SiteRef site, String service,
            LocalDate day, String outputs, UUID action, String mode, int minutes) {
        UUID id = nextId();
        batch.table("pathway_delivery", PATHWAY_DELIVERY_COLUMNS)
                .add(id).add(who == null ? null : who.id()).add(null).add(org.id()).add(site.id()).add(operator.id())
                .add(service).add(mode).add(day).add(minutes).add("A4".equals(service) ? 2 : 1)
                .add(null).add(action).add(null)
                .add(who == null ? (random.nextBoolean() ? "M" : "F") : null)
                .add(who == null ? "FROM_25_TO_34" : null).add(CATALOGUE_VERSION).add(at(day)).add(0).end();
        for (String output : outputs.split(",")) {
            personOutput(batch, id, output);
        }
        personDeliveries++;
        fact(batch, FactKind.DELIVERY, FactKeys.of(id), day, org.id(), null, site, operator.id(), who, null, id,
                service, null, null);
        return id;
    }

    private void anonymousVisitor(Batch batch) {
        Org org = pick(orgs);
        Operator operator = pick(org.operators());
        SiteRef site = pick(operator.sites());
        LocalDate day = day(first, span);
        UUID id = nextId();
        String sex = random.nextBoolean() ? "M" : "F";
        String band = pick(AGE_BANDS);
        batch.table("pathway_delivery", PATHWAY_DELIVERY_COLUMNS)
                .add(id).add(null).add(null).add(org.id()).add(site.id()).add(operator.id()).add("A1")
                .add("INDIVIDUAL").add(day).add(15).add(1).add(null)
                .add(null).add(null).add(sex).add(band).add(CATALOGUE_VERSION).add(at(day)).add(0).end();
        personOutput(batch, id, "SERVICE_REFERRAL");
        personDeliveries++;
        // As the listener of AnonymousVisitorInformed records it: no operator, the visitor's sex and age band.
        fact(batch, FactKind.DELIVERY, FactKeys.of(id), day, org.id(), null, site, null, null, null, id, "A1", sex,
                band);
    }

    private LocalDate training(Batch batch, Who who, Org org, Operator operator, LocalDate a3Day, UUID action) {
        LocalDate day = after(a3Day, 90);
        if (day == null) {
            return null;
        }
        String course = "Corso di " + new String[] {"saldatura", "contabilità", "logistica di magazzino",
            "lingua inglese", "informatica di base", "assistenza familiare", "sicurezza sul lavoro"}[random.nextInt(7)];
        LocalDate last = day;
        trainingEvent(batch, who, org, operator, "REFERRED", day, course, action);
        LocalDate enrolled = day.plusDays(7 + random.nextInt(30));
        if (random.nextInt(100) < 70 && !enrolled.isAfter(spec.today())) {
            trainingEvent(batch, who, org, operator, "ENROLLED", enrolled, course, action);
            last = enrolled;
            LocalDate completed = enrolled.plusDays(30 + random.nextInt(120));
            if (random.nextInt(100) < 60 && !completed.isAfter(spec.today())) {
                trainingEvent(batch, who, org, operator, "COMPLETED", completed, course, action);
                last = completed;
            }
        }
        return last;
    }

    private void trainingEvent(Batch batch, Who who, Org org, Operator operator, String kind, LocalDate day,
            String course, UUID action) {
        UUID id = nextId();
        batch.table("pathway_training_event", "id, person_id, organisation_id, event, occurred_on, course, provider,"
                        + " hours, action_id, user_id, recorded_at, version")
                .add(id).add(who.id()).add(org.id()).add(kind).add(day).add(course).add("Agenzia formativa regionale")
                .add("COMPLETED".equals(kind) ? 40 + random.nextInt(160) : null).add(action).add(operator.id())
                .add(at(day)).add(0).end();
        fact(batch, FactKind.TRAINING, FactKeys.of(id), day, org.id(), null, null, null, who, null, id, kind, null,
                null);
    }

    /**
     * A referral and the company's feedback; the day of the hire, null when it did not end in one. As the
     * referral module registers it (issue 13): the output of the person's A6 of the day (joined, or registered in
     * back office for two hours or more) and of the company's B4 of the day for the vacancy (joined, or
     * registered in back office by an operator of the vacancy's organisation).
     */
    private LocalDate referral(Batch batch, Who who, Org org, Operator operator, SiteRef site, Vacancy vacancy,
            LocalDate sent, UUID a6Action) {
        UUID a6 = a6OfThePerson.get(sent);
        if (a6 == null) {
            a6 = delivery(batch, who, org, operator, site, "A6", sent, "ACTION_PLAN_ENTRY,INTERVIEW_REFERRAL",
                    a6Action, "BACK_OFFICE", 120 + 30 * random.nextInt(3));
            a6OfThePerson.put(sent, a6);
        }
        UUID b4 = b4OfTheDay.get(vacancy.id() + ":" + sent);
        if (b4 == null) {
            Operator handler = pick(vacancy.org().operators());
            b4 = employerDelivery(batch, vacancy.employer(), vacancy.org(), handler, pick(handler.sites()), "B4", sent,
                    null, null, vacancy.id());
            output(batch, b4, "INTERVIEW_REFERRAL");
            b4OfTheDay.put(vacancy.id() + ":" + sent, b4);
        }
        UUID id = nextId();
        referrals++;
        List<String> statuses = new ArrayList<>(List.of("SENT"));
        List<LocalDate> days = new ArrayList<>(List.of(sent));
        LocalDate day = sent;
        String[] path = {"INTERVIEWED", "SELECTED", "HIRED"};
        int[] chance = {70, 50, 70};
        for (int step = 0; step < 3; step++) {
            LocalDate next = day.plusDays(3 + random.nextInt(10));
            if (next.isAfter(spec.today())) {
                break;
            }
            if (random.nextInt(100) >= chance[step]) {
                if (random.nextBoolean()) {
                    statuses.add("REJECTED");
                    days.add(next);
                }
                break;
            }
            statuses.add(path[step]);
            days.add(next);
            day = next;
        }
        String status = statuses.get(statuses.size() - 1);
        boolean hired = "HIRED".equals(status);
        LocalDate contractStart = hired ? day.plusDays(random.nextInt(8)) : null;
        if (contractStart != null && contractStart.isAfter(spec.today())) {
            contractStart = spec.today();
        }
        String contract = hired ? Names.pick(CONTRACTS, random) : null;
        batch.table("referral", "id, person_id, person_organisation_id, vacancy_id, employer_id,"
                        + " vacancy_organisation_id, referred_on, status, contract_start, contract_type, referred_by,"
                        + " created_at, version, person_delivery_id, company_delivery_id")
                .add(id).add(who.id()).add(org.id()).add(vacancy.id()).add(vacancy.employer()).add(vacancy.org().id())
                .add(sent).add(status).add(contractStart).add(contract).add(operator.id()).add(at(sent))
                .add(statuses.size() - 1).add(a6).add(b4).end();
        UUID vacancyOperator = pick(vacancy.org().operators()).id();
        for (int s = 0; s < statuses.size(); s++) {
            boolean byPerson = s == 0;
            batch.table("referral_step", "referral_id, position, status, occurred_on, feedback, recorded_by,"
                            + " recorded_by_org, recorded_at")
                    .add(id).add(s).add(statuses.get(s)).add(days.get(s)).add(null)
                    .add(byPerson ? operator.id() : vacancyOperator).add(byPerson ? org.id() : vacancy.org().id())
                    .add(at(days.get(s))).end();
            if (s == 0) {
                fact(batch, FactKind.REFERRAL, FactKeys.of(id), sent, org.id(), vacancy.org().id(), null, null, who,
                        vacancy.employer(), id, null, null, null);
            } else {
                fact(batch, FactKind.REFERRAL_OUTCOME, FactKeys.referralOutcome(id, statuses.get(s)), days.get(s),
                        org.id(), vacancy.org().id(), null, null, who, vacancy.employer(), id, statuses.get(s), null,
                        null);
            }
        }
        if (hired) {
            hires++;
            fact(batch, FactKind.CONTRACT_STARTED, FactKeys.of(id), contractStart, org.id(), vacancy.org().id(), null,
                    null, who, vacancy.employer(), id, contract, null, null);
        }
        return hired ? day : null;
    }

    private void planEvent(Batch batch, UUID plan, int position, String kind, LocalDate day, UUID user, UUID action,
            String state, String service, UUID delivery) {
        batch.table("pathway_action_plan_event", "action_plan_id, position, kind, occurred_on, recorded_at, user_id,"
                        + " action_id, state, service, delivery_id, note")
                .add(plan).add(position).add(kind).add(day).add(at(day)).add(user).add(action).add(state).add(service)
                .add(delivery).add(null).end();
    }

    /**
     * A monitoring fact as FactStore.record writes it, with monitoring's own keys and age bands: the province of the site, the person's dimensions
     * (age band in the year of the fact) or, for an anonymous visitor, the visitor's sex and age band.
     */
    private void fact(Batch batch, FactKind kind, String sourceKey, LocalDate day, UUID organisation,
            UUID counterpart, SiteRef site, UUID operator, Who who, UUID employer, UUID item, String detail,
            String visitorSex, String visitorAgeBand) {
        fact(batch, kind, sourceKey, day, null, organisation, counterpart, site, operator, who, employer, item, detail,
                visitorSex, visitorAgeBand);
    }

    /** A fact with the agreed last day of what it started ({@code end}: an internship's), as the listener records. */
    private void fact(Batch batch, FactKind kind, String sourceKey, LocalDate day, LocalDate end, UUID organisation,
            UUID counterpart, SiteRef site, UUID operator, Who who, UUID employer, UUID item, String detail,
            String visitorSex, String visitorAgeBand) {
        batch.table("monitoring_fact", "kind, source_key, fact_date, end_date, organisation_id,"
                        + " counterpart_organisation_id, site_id, operator_id, province, person_id, employer_id, item_id,"
                        + " detail, sex, age_band, citizenship_group, education_level")
                .add(kind.name()).add(sourceKey).add(day).add(end).add(organisation).add(counterpart)
                .add(site == null ? null : site.id()).add(operator).add(site == null ? null : site.province())
                .add(who == null ? null : who.id()).add(employer).add(item).add(detail)
                .add(who == null ? visitorSex : who.sex()).add(who == null ? visitorAgeBand : who.ageBand(day))
                .add(who == null ? null : who.citizenshipGroup()).add(who == null ? null : who.education()).end();
        facts++;
    }

    // --- helpers ---------------------------------------------------------------------------------------

    /**
     * Ids that grow with the sequence (after a 16-bit prefix), so that the primary keys are appended at the
     * right edge of their indexes, with the version-4 and variant bits of a random UUID.
     */
    private UUID nextId() {
        long counter = sequence++;
        long msb = ((long) spec.idPrefix() << 48) | ((counter >>> 12) << 16) | 0x4000L | (counter & 0xFFFL);
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    private String vatNumber(int index) {
        if (index >= 130_000) {
            throw new IllegalArgumentException("at most 130,000 companies per region");
        }
        String ten = Long.toString(1_000_000_000L + (spec.idPrefix() & 0xFFFFL) * 130_000L + index);
        return ten + VatNumber.checkDigit(ten);
    }

    static String fiscalCode(String lastName, String firstName, LocalDate birth, boolean male, String place) {
        int day = birth.getDayOfMonth() + (male ? 0 : 40);
        String first15 = Names.surnameLetters(lastName) + Names.firstNameLetters(firstName)
                + "%02d".formatted(birth.getYear() % 100) + MONTHS.charAt(birth.getMonthValue() - 1)
                + "%02d".formatted(day) + place;
        return first15 + FiscalCode.checkCharacter(first15);
    }

    /** As Person.fold: lower case, accents and extra spaces removed. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private Place place() {
        String province = reference.province(random);
        return new Place(reference.comuneIn(province, random), province);
    }

    /** An organisation of the province with the given probability, else any. */
    private Org orgNear(String province, double local) {
        List<Org> near = orgsByProvince.get(province);
        if (near != null && random.nextDouble() < local) {
            // CPIs take most of the persons: agencies are listed after them and drawn less often.
            Org cpi = cpiByProvince.get(province);
            if (cpi != null && random.nextInt(100) < 65) {
                return cpi;
            }
            return pick(near);
        }
        return pick(orgs);
    }

    private Vacancy vacancyFor(String province) {
        List<Vacancy> near = vacanciesByProvince.get(province);
        if (near != null && random.nextInt(100) < 80) {
            return pick(near);
        }
        return pick(vacancies);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String weighted(String[] values, int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private int poisson(double mean) {
        // Knuth's method is slow for large means; a rounded normal is close enough above 20.
        if (mean > 20) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    private LocalDate day(LocalDate from, int days) {
        return from.plusDays(random.nextInt(Math.max(1, days + 1)));
    }

    /** A day within {@code days} after {@code from}, never after today; null when from is today or later. */
    private LocalDate after(LocalDate from, int days) {
        long room = spec.today().toEpochDay() - from.toEpochDay();
        if (room < 0) {
            return null;
        }
        return from.plusDays(random.nextLong(Math.min(room, days) + 1));
    }

    private Instant at(LocalDate day) {
        return day.atTime(LocalTime.of(9, 0).plusMinutes(random.nextInt(480))).atZone(ROME).toInstant();
    }
}
