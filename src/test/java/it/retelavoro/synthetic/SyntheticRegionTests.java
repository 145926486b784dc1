package it.retelavoro.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import it.kamaladafrica.codicefiscale.City;
import it.kamaladafrica.codicefiscale.CodiceFiscale;
import it.kamaladafrica.codicefiscale.Person;
import it.retelavoro.agenda.Appointment;
import it.retelavoro.agenda.AppointmentEvent;
import it.retelavoro.agenda.Appointments;
import it.retelavoro.agenda.Slots;
import it.retelavoro.catalogue.SiteFeature;
import it.retelavoro.monitoring.IndicatorValue;
import it.retelavoro.network.NetworkCommands.NewOrganisation;
import it.retelavoro.network.NetworkCommands.NewUser;
import it.retelavoro.network.NetworkCommands.SiteDetails;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Organisation;
import it.retelavoro.network.Site;
import it.retelavoro.shared.OrganisationKind;
import it.retelavoro.shared.Role;
import it.retelavoro.monitoring.MonitoringQueries;
import it.retelavoro.person.FiscalCode;
import it.retelavoro.reference.AtecoClassification;
import it.retelavoro.reference.Comuni;
import it.retelavoro.reference.Occupations;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.UserId;
import it.retelavoro.shared.VatNumber;
import it.retelavoro.support.IntegrationTest;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small region generated into the test database, on a network of its own (outside Piedmont) and in years no other test
 * uses (2013-2015), so that its indicators can be compared, region-wide, with direct counts over the
 * source tables of the person, pathway, employer and referral modules.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticRegionTests {

    static final LocalDate TODAY = LocalDate.of(2015, 12, 31);
    static final LocalDate FROM = LocalDate.of(2014, 1, 1);
    static final LocalDate TO = LocalDate.of(2014, 12, 31);

    @Autowired
    SyntheticRegion region;
    @Autowired
    MonitoringQueries monitoring;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AtecoClassification ateco;
    @Autowired
    Occupations occupations;
    @Autowired
    Comuni comuni;
    @Autowired
    NetworkManagement networkManagement;
    @Autowired
    SyntheticAgendas agendas;
    @Autowired
    Appointments appointments;
    @Autowired
    Slots slots;

    CurrentUser admin;
    List<OrganisationId> organisations;
    List<UUID> orgs;
    SyntheticRegion.Report report;

    @BeforeAll
    void generate() {
        admin = region.administrator().orElseThrow();
        String tag = "t" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF));
        organisations = network(tag);
        orgs = organisations.stream().map(OrganisationId::value).toList();
        int prefix = ThreadLocalRandom.current().nextInt(0x1000, 0x5000);
        report = region.generate(new RegionSpec(42L, 2_000, 200, 6, 3, TODAY, prefix), organisations, admin);
    }

    @Test
    void loads_the_persons_companies_and_a_funnel_of_services_down_to_hires() {
        assertThat(count("select count(*) from person where in_charge_of in (:orgs)")).isEqualTo(2_000);
        assertThat(count("select count(*) from employer where organisation_id in (:orgs)")).isEqualTo(200);
        assertThat(report.deliveries()).isGreaterThan(8_000);
        long a2 = count("select count(distinct person_id) from pathway_delivery where service = 'A2'"
                + " and organisation_id in (:orgs)");
        long pacts = count("select count(*) from pathway_pact where outcome = 'SIGNED' and organisation_id in (:orgs)");
        long plans = count("select count(*) from pathway_action_plan where outcome = 'SIGNED'"
                + " and organisation_id in (:orgs)");
        long referred = count("select count(distinct person_id) from referral where person_organisation_id in (:orgs)");
        long hired = count("select count(distinct person_id) from referral where status = 'HIRED'"
                + " and person_organisation_id in (:orgs)");
        assertThat(List.of(2_000L, a2, pacts, plans, referred, hired)).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(hired).isPositive();
        assertThat(count("select count(*) from person_desired_occupation d join person p on p.id = d.person_id"
                + " where p.in_charge_of in (:orgs)")).isGreaterThanOrEqualTo(2_000);
    }

    @Test
    void every_internship_fact_carries_the_agreed_end_as_the_listener_records_it_for_the_outcomes() {
        long internships = count("select count(*) from pathway_internship where organisation_id in (:orgs)");
        assertThat(internships).isPositive();
        assertThat(count("select count(*) from monitoring_fact f join pathway_internship i on i.id = f.item_id"
                + " where f.kind = 'INTERNSHIP_ACTIVATED' and i.organisation_id in (:orgs)"
                + " and f.end_date = i.ends_on")).isEqualTo(internships);
    }

    @Test
    void every_codice_fiscale_matches_the_name_sex_birth_date_and_place_of_its_person() {
        var persons = jdbc.sql("select fiscal_code, first_name, last_name, birth_date, sex, birth_place from person"
                        + " where in_charge_of in (:orgs)").param("orgs", orgs)
                .query((rs, row) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3),
                    rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6)}).list();
        assertThat(persons).hasSize(2_000);
        for (Object[] person : persons) {
            String code = (String) person[0];
            assertThat(FiscalCode.isValid(code)).as(code).isTrue();
            Person holder = Person.builder().firstname((String) person[1]).lastname((String) person[2])
                    .birthDate((LocalDate) person[3]).isFemale("F".equals(person[4]))
                    .city(City.builder().name("X").prov("XX").belfiore((String) person[5]).build()).build();
            assertThat(CodiceFiscale.of(holder).getValue()).as("%s %s", person[1], person[2]).isEqualTo(code);
        }
    }

    @Test
    void companies_have_valid_partite_iva_ateco_codes_and_piedmont_comuni() {
        var companies = jdbc.sql("select fiscal_code, ateco_code, comune_code from employer where organisation_id in (:orgs)")
                .param("orgs", orgs).query((rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list();
        assertThat(companies).hasSize(200).allSatisfy(company -> {
            assertThat(VatNumber.isValid(company[0])).as(company[0]).isTrue();
            assertThat(ateco.isActivityCode(company[1])).as(company[1]).isTrue();
            assertThat(comuni.byCode(company[2])).isPresent();
        });
        assertThat(jdbc.sql("select distinct occupation_code from vacancy where organisation_id in (:orgs)")
                .param("orgs", orgs).query(String.class).list()).allSatisfy(code ->
                assertThat(occupations.exists(code)).as(code).isTrue());
    }

    @Test
    void every_step_follows_the_rules_of_the_pathway_and_nothing_is_after_today() {
        // A PAI only after a signed Patto; A4-A6 only within a signed PAI; a referral only with both, to a
        // vacancy of a company with a signed Patto, no earlier than the vacancy.
        assertThat(count("""
                select count(*) from pathway_action_plan a where a.organisation_id in (:orgs) and not exists (
                  select 1 from pathway_pact p where p.person_id = a.person_id and p.outcome = 'SIGNED'
                  and p.decided_on <= a.decided_on)""")).isZero();
        assertThat(count("""
                select count(*) from pathway_delivery d where d.organisation_id in (:orgs)
                  and d.service in ('A4', 'A5', 'A6') and not exists (
                  select 1 from pathway_action_plan a where a.person_id = d.person_id and a.outcome = 'SIGNED'
                  and a.decided_on <= d.delivered_on)""")).isZero();
        assertThat(count("""
                select count(*) from referral r where r.person_organisation_id in (:orgs) and (
                  not exists (select 1 from pathway_action_plan a where a.person_id = r.person_id
                    and a.outcome = 'SIGNED' and a.decided_on <= r.referred_on)
                  or not exists (select 1 from company_pact c where c.employer_id = r.employer_id
                    and c.outcome = 'SIGNED' and c.decided_on <= r.referred_on)
                  or not exists (select 1 from vacancy v where v.id = r.vacancy_id and v.registered_on <= r.referred_on
                    and v.employer_id = r.employer_id))""")).isZero();
        assertThat(count("""
                select count(*) from vacancy v where v.organisation_id in (:orgs) and not exists (
                  select 1 from company_pact c where c.employer_id = v.employer_id and c.outcome = 'SIGNED'
                  and c.decided_on <= v.registered_on)""")).isZero();
        assertThat(count("""
                select count(*) from pathway_did d where d.received_by in (:orgs)
                  and (d.state <> 'CERTIFIED' or d.cpi_id is null)""")).isZero();
        assertThat(count("select count(*) from monitoring_fact where organisation_id in (:orgs) and fact_date > :today",
                "today", TODAY)).isZero();
        assertThat(count("""
                select count(*) from referral where person_organisation_id in (:orgs)
                  and (referred_on > :today or contract_start > :today)""", "today", TODAY)).isZero();
        // the minimum durations of the schede (A.2 30 minutes, A.3 1 hour, A.4 two meetings of an hour, A.5 and
        // A.6 "minimo 2 ore"): a generated delivery is one the rule engine would allow
        assertThat(count("""
                select count(*) from pathway_delivery d where d.organisation_id in (:orgs) and d.mode <> 'GROUP' and (
                  (d.service = 'A2' and d.minutes < 30) or (d.service = 'A3' and d.minutes < 60)
                  or (d.service = 'A4' and (d.meetings < 2 or d.minutes < 120))
                  or (d.service in ('A5', 'A6') and d.minutes < 120))""")).isZero();
    }

    @Test
    void the_26_indicators_equal_direct_counts_over_the_source_tables_for_the_region_and_one_organisation() {
        assertThat(values(Optional.empty())).containsExactlyEntriesOf(direct(null));
        OrganisationId cpi = organisations.get(0);
        assertThat(values(Optional.of(cpi))).containsExactlyEntriesOf(direct(cpi.value()));
        assertThat(values(Optional.empty()).get("2.1")).isPositive();
        assertThat(values(Optional.empty()).get("6.4")).isPositive();
    }

    /**
     * Issue 13, point 6: a referral is the A6 output "Invio a colloqui di lavoro" and the B4 output "Invio di
     * lavoratori per colloqui di selezione", so 6.2 never exceeds 6.1 (per organisation and for the region, in
     * every month and year generated) and every person counted in 10.1 was referred within a B4 of the company
     * by the vacancy's organisation that day.
     */
    @Test
    void every_referral_belongs_to_an_a6_of_the_person_and_a_b4_of_the_company_so_6_2_stays_within_6_1() {
        assertThat(count("select count(*) from referral where person_organisation_id in (:orgs)")).isPositive();
        assertThat(count("""
                select count(*) from referral r where r.person_organisation_id in (:orgs) and not exists (
                  select 1 from pathway_delivery d where d.id = r.person_delivery_id and d.service = 'A6'
                  and d.person_id = r.person_id and d.organisation_id = r.person_organisation_id
                  and d.delivered_on = r.referred_on)""")).isZero();
        assertThat(count("""
                select count(*) from referral r where r.person_organisation_id in (:orgs) and not exists (
                  select 1 from employer_delivery d where d.id = r.company_delivery_id and d.service = 'B4'
                  and d.employer_id = r.employer_id and d.organisation_id = r.vacancy_organisation_id
                  and d.vacancy_id = r.vacancy_id and d.delivered_on = r.referred_on)""")).isZero();
        // The same in monitoring's facts, whatever period is asked: each 10.1 subject within a B4 of its day.
        assertThat(count("""
                select count(*) from monitoring_fact r where r.kind = 'REFERRAL' and r.organisation_id in (:orgs)
                  and (not exists (select 1 from monitoring_fact b where b.kind = 'EMPLOYER_DELIVERY'
                    and b.detail = 'B4' and b.organisation_id = r.counterpart_organisation_id
                    and b.employer_id = r.employer_id and b.fact_date = r.fact_date)
                  or not exists (select 1 from monitoring_fact a where a.kind = 'DELIVERY' and a.detail = 'A6'
                    and a.organisation_id = r.organisation_id and a.person_id = r.person_id
                    and a.fact_date = r.fact_date))""")).isZero();
        java.util.List<Optional<OrganisationId>> scopes = new java.util.ArrayList<>();
        scopes.add(Optional.empty());
        organisations.forEach(organisation -> scopes.add(Optional.of(organisation)));
        for (Optional<OrganisationId> scope : scopes) {
            for (LocalDate month = TODAY.minusYears(3).plusDays(1).withDayOfMonth(1); !month.isAfter(TODAY);
                    month = month.plusMonths(1)) {
                Map<String, Long> values = valuesOf(month, month.plusMonths(1).minusDays(1), scope);
                assertThat(values.get("6.2")).as("6.2 <= 6.1 in %s for %s", month, scope)
                        .isLessThanOrEqualTo(values.get("6.1"));
            }
            for (int year = TODAY.getYear() - 2; year <= TODAY.getYear(); year++) {
                Map<String, Long> values = valuesOf(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), scope);
                assertThat(values.get("6.2")).as("6.2 <= 6.1 in %s for %s", year, scope)
                        .isLessThanOrEqualTo(values.get("6.1"));
                if (scope.isEmpty()) {
                    assertThat(values.get("6.2")).isPositive();
                }
            }
        }
    }

    @Test
    void the_demo_network_opens_with_a_generated_history_up_to_today_on_its_dashboard() {
        // The demo seed's ids carry its prefix (de30...), whatever other tests add to the demo organisations.
        assertThat(count("select count(*) from person where id::text like 'de30%'"))
                .isEqualTo(SyntheticDemoSeed.PERSONS);
        assertThat(count("select count(*) from employer where id::text like 'de30%'"))
                .isEqualTo(SyntheticDemoSeed.COMPANIES);
        LocalDate today = LocalDate.now(java.time.Clock.system(java.time.ZoneId.of("Europe/Rome")));
        assertThat(count("select count(*) from pathway_delivery where id::text like 'de30%' and delivered_on > :today",
                "today", today)).isZero();
        UUID torino = jdbc.sql("select id from organisation where name = 'CPI Torino'").query(UUID.class).single();
        Map<String, Long> lastYear = new LinkedHashMap<>();
        monitoring.values(today.minusYears(1), today, Optional.of(new OrganisationId(torino)), admin)
                .forEach(value -> lastYear.put(value.code(), value.value()));
        assertThat(lastYear.get("2.1")).isPositive();
        assertThat(lastYear.get("3.2")).isPositive();
    }

    /**
     * A CPI with two sites and an agency with one, in Valle d'Aosta: outside Piedmont, so that the CPI
     * competent for a Piedmont province stays the demo one for the other tests.
     */
    @Test
    void the_dids_are_in_monitorings_copy_for_the_days_from_the_did_to_the_patto() {
        long dids = count("select count(*) from pathway_did where cpi_id in (:orgs)");
        assertThat(dids).isPositive();
        assertThat(count("select count(*) from monitoring_did m join pathway_did d on d.id = m.did_id"
                + " and d.person_id = m.person_id and d.declared_on = m.declared_on and d.cpi_id = m.cpi_id"
                + " where m.cpi_id in (:orgs)")).isEqualTo(dids);
    }

    @Test
    void adds_agendas_the_agenda_reads_a_cpi_grown_to_its_operators_with_hours_and_a_year_of_appointments()
            throws Exception {
        OrganisationId cpi = organisations.get(0);
        SyntheticAgendas.Report loaded = agendas.generate(new SyntheticAgendas.Spec(7L, cpi, 6, 20, 20), admin);
        assertThat(loaded.operators()).isEqualTo(6);
        assertThat(jdbc.sql("select count(*) from user_account where organisation_id = :org and role = 'OPERATOR'")
                .param("org", cpi.value()).query(Long.class).single()).isEqualTo(6);
        // the province's operators with hours: the CPI's six and the agency's one, nine windows a week each
        assertThat(loaded.windows()).isEqualTo(7 * 9);
        assertThat(loaded.appointments()).isPositive();
        assertThat(jdbc.sql("select count(*) from agenda_appointment where organisation_id = :org")
                .param("org", cpi.value()).query(Long.class).single()).isEqualTo(loaded.appointments());

        // the agenda reads them as its own: an operator's list of the coming days, each booked by its event
        Site first = networkManagement.sitesOf(cpi).stream().min(java.util.Comparator.comparing(Site::name))
                .orElseThrow();
        UUID operatorId = jdbc.sql("""
                select u.id from user_account u join user_site s on s.user_id = u.id where s.site_id = :site
                 order by u.username limit 1""").param("site", first.id().value()).query(UUID.class).single();
        CurrentUser operator = new CurrentUser(new UserId(operatorId), "operator", Role.OPERATOR, cpi,
                OrganisationKind.CPI, false);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Rome"));
        List<Appointment> listed = appointments.appointments(new Appointments.Filter(first.id(), null, null, today,
                today.plusDays(13)), operator);
        assertThat(listed).isNotEmpty().allSatisfy(appointment -> assertThat(appointment.events().get(0).kind())
                .isEqualTo(AppointmentEvent.Kind.BOOKED));
        // a free A2 slot in the province is one no appointment holds
        Slots.SiteSlot free = slots.firstFree("AO", "A2", today, admin).orElseThrow();
        assertThat(jdbc.sql("""
                select count(*) from agenda_appointment where operator_id = :operator and status = 'BOOKED'
                   and during && tstzrange(:start, :end)""").param("operator", free.slot().operatorId().value())
                .param("start", java.sql.Timestamp.from(free.slot().start()))
                .param("end", java.sql.Timestamp.from(free.slot().end())).query(Long.class).single()).isZero();
    }

    private List<OrganisationId> network(String tag) {
        Set<SiteFeature> full = EnumSet.allOf(SiteFeature.class);
        Organisation cpi = networkManagement.registerOrganisation(new NewOrganisation("CPI Aosta " + tag,
                OrganisationKind.CPI, "01000000016", null), admin);
        String ten = "07" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        Organisation agency = networkManagement.registerOrganisation(new NewOrganisation("Agenzia Aosta " + tag,
                OrganisationKind.ACCREDITED_AGENCY, ten + VatNumber.checkDigit(ten), "Accreditamento " + tag), admin);
        Site aosta = networkManagement.openSite(cpi.id(), new SiteDetails("CPI Aosta " + tag + " - sede",
                "Via Roma 1", "A326", full), admin);
        Site allein = networkManagement.openSite(cpi.id(), new SiteDetails("CPI Aosta " + tag + " - sportello",
                "Via Roma 2", "A205", full), admin);
        Site agencySite = networkManagement.openSite(agency.id(), new SiteDetails("Agenzia Aosta " + tag,
                "Via Roma 3", "A326", full), admin);
        operator(tag + ".cpi.1", cpi, aosta);
        operator(tag + ".cpi.2", cpi, allein);
        operator(tag + ".ag.1", agency, agencySite);
        return List.of(cpi.id(), agency.id());
    }

    private void operator(String username, Organisation organisation, Site site) {
        networkManagement.createUser(new NewUser(username, "synthetic-" + username, username, null, Role.OPERATOR,
                organisation.id(), Set.of(site.id()), Set.of()), admin);
    }

    private Map<String, Long> valuesOf(LocalDate from, LocalDate to, Optional<OrganisationId> organisation) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (IndicatorValue value : monitoring.values(from, to, organisation, admin)) {
            values.put(value.code(), value.value());
        }
        return values;
    }

    private Map<String, Long> values(Optional<OrganisationId> organisation) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (IndicatorValue value : monitoring.values(FROM, TO, organisation, admin)) {
            values.put(value.code(), value.value());
        }
        return values;
    }

    /** Each indicator counted from the source records, in 2014, for the region or one organisation. */
    private Map<String, Long> direct(UUID organisation) {
        String org = organisation == null ? "" : " and organisation_id = :org";
        String in = " between :from and :to";
        Map<String, String> sql = new LinkedHashMap<>();
        sql.put("1.1", "select count(distinct coalesce(person_id::text, 'anon:' || id)) from pathway_delivery"
                + " where service = 'A1' and delivered_on" + in + org);
        sql.put("2.1", persons("A2", in, org));
        sql.put("2.2", "select count(distinct person_id) from pathway_pact where outcome = 'SIGNED' and decided_on"
                + in + org);
        sql.put("3.1", persons("A3", in, org));
        sql.put("3.2", "select count(distinct (person_id, organisation_id, decided_on)) from pathway_action_plan"
                + " where outcome = 'SIGNED' and decided_on" + in + org);
        sql.put("3.3", "select count(distinct person_id) from pathway_action_plan where outcome = 'REFUSED'"
                + " and decided_on" + in + org);
        sql.put("3.4", training("REFERRED", in, org));
        sql.put("3.5", training("ENROLLED", in, org));
        sql.put("3.6", training("COMPLETED", in, org));
        sql.put("4.1", persons("A4", in, org));
        sql.put("5.1", persons("A5", in, org));
        sql.put("5.2", "select count(*) from pathway_internship where state = 'ACTIVE' and activated_on" + in + org);
        sql.put("6.1", persons("A6", in, org));
        String personOrg = organisation == null ? "" : " and r.person_organisation_id = :org";
        String vacancyOrg = organisation == null ? "" : " and r.vacancy_organisation_id = :org";
        sql.put("6.2", "select count(distinct r.person_id) from referral r where r.referred_on" + in + personOrg);
        sql.put("6.3", "select count(distinct r.person_id) from referral r join referral_step s on s.referral_id = r.id"
                + " where s.status in ('SELECTED', 'HIRED') and s.occurred_on" + in + personOrg);
        sql.put("6.4", "select count(distinct r.person_id) from referral r where r.status = 'HIRED'"
                + " and r.contract_start" + in + personOrg);
        sql.put("7.1", companies("B1", "", in, org));
        sql.put("7.2", companies("B1", " and interest", in, org));
        sql.put("8.1", companies("B2", "", in, org));
        sql.put("8.2", "select count(distinct employer_id) from company_pact where outcome = 'SIGNED' and decided_on"
                + in + org);
        sql.put("8.3", "select count(distinct employer_id) from vacancy where registered_on" + in + org);
        sql.put("8.4", "select count(*) from vacancy where registered_on" + in + org);
        sql.put("9.1", companies("B3", "", in, org));
        sql.put("10.1", "select count(distinct r.person_id) from referral r where r.referred_on" + in + vacancyOrg);
        sql.put("10.2", "select count(distinct r.employer_id) from referral r join referral_step s"
                + " on s.referral_id = r.id where s.status in ('SELECTED', 'HIRED') and s.occurred_on" + in + vacancyOrg);
        // Dated by the contract's start, as 6.4 (issue 13).
        sql.put("10.3", "select count(distinct r.employer_id) from referral r where r.status = 'HIRED'"
                + " and r.contract_start" + in + vacancyOrg);
        Map<String, Long> values = new LinkedHashMap<>();
        sql.forEach((code, query) -> values.put(code, jdbc.sql(query).param("from", FROM).param("to", TO)
                .param("org", organisation).query(Long.class).single()));
        return values;
    }

    private static String persons(String service, String in, String org) {
        return "select count(distinct person_id) from pathway_delivery where service = '" + service
                + "' and delivered_on" + in + org;
    }

    private static String training(String event, String in, String org) {
        return "select count(distinct person_id) from pathway_training_event where event = '" + event
                + "' and occurred_on" + in + org;
    }

    private static String companies(String service, String condition, String in, String org) {
        return "select count(distinct employer_id) from employer_delivery where service = '" + service + "'"
                + condition + " and delivered_on" + in + org;
    }

    private long count(String sql, Object... parameters) {
        var statement = jdbc.sql(sql).param("orgs", orgs);
        for (int i = 0; i < parameters.length; i += 2) {
            statement = statement.param((String) parameters[i], parameters[i + 1]);
        }
        return Optional.ofNullable(statement.query(Long.class).single()).orElse(0L);
    }
}
