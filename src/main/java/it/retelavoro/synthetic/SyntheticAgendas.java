package it.retelavoro.synthetic;

import it.retelavoro.agenda.AppointmentType;
import it.retelavoro.agenda.AppointmentTypes;
import it.retelavoro.agenda.PublicHolidays;
import it.retelavoro.network.NetworkCommands.NewUser;
import it.retelavoro.network.NetworkManagement;
import it.retelavoro.network.Site;
import it.retelavoro.reference.Comuni;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.Role;
import java.sql.Connection;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Adds agendas to a synthetic region (issue 16, point 5): a CPI grown to the operators asked, spread over its sites
 * (most at its first), with every operator of the province's sites receiving on weekday mornings and Monday to
 * Thursday afternoons, and a year of individual appointments for the CPI's operators and persons in charge (the
 * past mostly full, a few cancelled; the coming weeks filling up less the further they are), bulk loaded with COPY
 * into the agenda's tables as the agenda writes them. No event is published: monitoring's copy is not fed.
 *
 * <p>Not for production databases: the demo's benchmark uses it.
 */
@Service
public class SyntheticAgendas {

    /** The kinds of appointment generated, with their share: information, intake, guidance, skills assessment. */
    private static final Map<String, Double> MIX = new LinkedHashMap<>(Map.of("A1", 0.15, "A2", 0.45, "A3", 0.3,
            "A4", 0.1));
    private static final LocalTime[][] HOURS = {
        {LocalTime.of(9, 0), LocalTime.of(13, 0)}, {LocalTime.of(14, 0), LocalTime.of(17, 0)}};

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final NetworkManagement network;
    private final Comuni comuni;
    private final AppointmentTypes types;
    private final Clock clock;

    SyntheticAgendas(DataSource dataSource, JdbcClient jdbc, NetworkManagement network, Comuni comuni,
            AppointmentTypes types, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.network = network;
        this.comuni = comuni;
        this.types = types;
        this.clock = clock;
    }

    /**
     * What to generate.
     *
     * @param operators    the CPI's operators after the generation (new ones are added up to this number)
     * @param pastDays     days of appointments before today
     * @param futureDays   days of appointments from today on
     */
    public record Spec(long seed, OrganisationId cpi, int operators, int pastDays, int futureDays) {
    }

    /** What was loaded: operators with hours, weekly windows, appointments (of which cancelled), and how fast. */
    public record Report(int operators, int windows, long appointments, long cancelled, long millis) {
    }

    /** Generates and loads the agendas; the administrator creates the operators and is the author of the rows. */
    public Report generate(Spec spec, CurrentUser admin) throws Exception {
        long start = System.nanoTime();
        SplittableRandom random = new SplittableRandom(spec.seed());
        List<Site> sites = network.sitesOf(spec.cpi()).stream()
                .sorted(Comparator.comparing(Site::name)).toList();
        String province = comuni.byCode(sites.get(0).comuneCode()).orElseThrow().provinceCode();
        // the CPI grown to the operators asked: three quarters at its first site, the rest over the others
        Map<UUID, List<UUID>> operatorsBySite = operatorsAt(sites);
        int existing = operatorsBySite.values().stream().mapToInt(List::size).sum();
        for (int n = existing; n < spec.operators(); n++) {
            Site site = n < spec.operators() * 3 / 4 || sites.size() == 1 ? sites.get(0)
                    : sites.get(1 + n % (sites.size() - 1));
            String username = "agenda." + site.id().value().toString().substring(0, 8) + "." + n;
            UUID id = network.createUser(new NewUser(username, SyntheticRegion.OPERATOR_PASSWORD,
                    "Operatore " + username, null, Role.OPERATOR, spec.cpi(), Set.of(site.id()), Set.of()), admin)
                    .id().value();
            operatorsBySite.computeIfAbsent(site.id().value(), key -> new ArrayList<>()).add(id);
        }
        // every operator of the province's sites with hours (the other organisations' too: the province's slots)
        Map<UUID, List<UUID>> provinceSites = new LinkedHashMap<>(operatorsBySite);
        for (Site site : network.allSites(admin)) {
            boolean inProvince = comuni.byCode(site.comuneCode()).map(c -> c.provinceCode().equals(province))
                    .orElse(false);
            if (inProvince && !provinceSites.containsKey(site.id().value())) {
                provinceSites.put(site.id().value(), operatorsAt(List.of(site)).getOrDefault(site.id().value(),
                        List.of()));
            }
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate first = today.minusDays(spec.pastDays());
        Instant now = clock.instant();
        UUID author = admin.id().value();
        Batch batch = new Batch();
        Batch.Rows windows = batch.table("agenda_availability",
                "id, site_id, operator_id, weekday, starts, ends, valid_from, created_at, created_by");
        int windowCount = 0;
        for (Map.Entry<UUID, List<UUID>> site : provinceSites.entrySet()) {
            for (UUID operator : site.getValue()) {
                for (DayOfWeek day : DayOfWeek.values()) {
                    for (int h = 0; h < HOURS.length; h++) {
                        if (day.getValue() > 5 || h == 1 && day == DayOfWeek.FRIDAY) {
                            continue;
                        }
                        windows.add(Batch.id(UUID.randomUUID())).add(Batch.id(site.getKey()))
                                .add(Batch.id(operator)).add(day.getValue()).add(HOURS[h][0].toString())
                                .add(HOURS[h][1].toString()).add(Batch.day(first)).add(Batch.ts(now))
                                .add(Batch.id(author)).end();
                        windowCount++;
                    }
                }
            }
        }
        List<UUID> persons = jdbc.sql("select id from person where in_charge_of = :cpi order by id limit 200000")
                .param("cpi", spec.cpi().value()).query(UUID.class).list();
        Batch.Rows appointments = batch.table("agenda_appointment", "id, site_id, organisation_id, operator_id, type,"
                + " service, mode, person_id, starts_at, ends_at, status, cancellation_reason, created_at, created_by,"
                + " version");
        Batch.Rows events = batch.table("agenda_appointment_event",
                "appointment_id, position, kind, occurred_at, user_id, to_start");
        Map<String, AppointmentType> kinds = new LinkedHashMap<>();
        MIX.keySet().forEach(code -> kinds.put(code, types.byCode(code, today).orElseThrow()));
        ZoneId zone = clock.getZone();
        long count = 0;
        long cancelled = 0;
        for (Map.Entry<UUID, List<UUID>> site : operatorsBySite.entrySet()) {
            for (UUID operator : site.getValue()) {
                for (LocalDate day = first; day.isBefore(today.plusDays(spec.futureDays())); day = day.plusDays(1)) {
                    if (!PublicHolidays.isWorkingDay(day)) {
                        continue;
                    }
                    double fill = fill(day, today);
                    for (int h = 0; h < HOURS.length; h++) {
                        if (h == 1 && day.getDayOfWeek() == DayOfWeek.FRIDAY) {
                            continue;
                        }
                        LocalTime at = HOURS[h][0];
                        while (true) {
                            AppointmentType kind = kinds.get(pick(random));
                            LocalTime end = at.plusMinutes(kind.minutes());
                            if (end.isAfter(HOURS[h][1]) || end.isBefore(at)) {
                                break;
                            }
                            if (random.nextDouble() < fill) {
                                boolean cancel = random.nextDouble() < 0.04;
                                UUID id = UUID.randomUUID();
                                Instant startsAt = day.atTime(at).atZone(zone).toInstant();
                                appointments.add(Batch.id(id)).add(Batch.id(site.getKey()))
                                        .add(Batch.id(spec.cpi().value())).add(Batch.id(operator)).add(kind.code())
                                        .add(kind.service().name()).add(kind.mode().name())
                                        .add(Batch.id(persons.get(random.nextInt(persons.size()))))
                                        .add(Batch.ts(startsAt)).add(Batch.ts(day.atTime(end).atZone(zone)
                                                .toInstant())).add(cancel ? "CANCELLED" : "BOOKED")
                                        .add(cancel ? "Annullato dalla persona" : null).add(Batch.ts(now))
                                        .add(Batch.id(author)).add(cancel ? 2 : 1).end();
                                events.add(Batch.id(id)).add(0).add("BOOKED").add(Batch.ts(now))
                                        .add(Batch.id(author)).add(Batch.ts(startsAt)).end();
                                count++;
                                if (cancel) {
                                    cancelled++;
                                }
                            }
                            at = end;
                        }
                    }
                }
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            batch.copyInto(connection.unwrap(PGConnection.class).getCopyAPI());
            connection.commit();
        }
        jdbc.sql("analyze agenda_appointment").update();
        jdbc.sql("analyze agenda_availability").update();
        int operators = operatorsBySite.values().stream().mapToInt(List::size).sum();
        return new Report(operators, windowCount, count, cancelled, (System.nanoTime() - start) / 1_000_000);
    }

    /** The operators working at each of the sites. */
    private Map<UUID, List<UUID>> operatorsAt(List<Site> sites) {
        Map<UUID, List<UUID>> found = new LinkedHashMap<>();
        for (Site site : sites) {
            found.put(site.id().value(), jdbc.sql("""
                    select u.id from user_account u join user_site s on s.user_id = u.id
                     where s.site_id = :site and u.role = 'OPERATOR' and u.enabled order by u.username""")
                    .param("site", site.id().value()).query(UUID.class).list());
        }
        return found;
    }

    /** How full a day is: the past mostly, the next two weeks nearly, then less and less. */
    private static double fill(LocalDate day, LocalDate today) {
        long ahead = ChronoUnit.DAYS.between(today, day);
        if (ahead < 0) {
            return 0.85;
        }
        if (ahead < 14) {
            return 0.97;
        }
        return ahead < 45 ? 0.6 : 0.25;
    }

    private static String pick(SplittableRandom random) {
        double draw = random.nextDouble();
        double sum = 0;
        for (Map.Entry<String, Double> kind : MIX.entrySet()) {
            sum += kind.getValue();
            if (draw < sum) {
                return kind.getKey();
            }
        }
        return "A2";
    }
}
