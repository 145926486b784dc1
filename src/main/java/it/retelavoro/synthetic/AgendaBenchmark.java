package it.retelavoro.synthetic;

import static it.retelavoro.synthetic.BenchmarkLauncher.out;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.OrganisationId;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The agenda at the scale of issue 16, point 5, on a synthetic region of its own (100,000 persons by default, in
 * {@code target/benchmark-agenda-pg}) with agendas added ({@link SyntheticAgendas}): CPI Torino grown to 40 operators,
 * three quarters at its first site, with a year of appointments (270 days back, 95 ahead), and every operator of the
 * province's sites with weekly hours. Measured over HTTP, as a browser and an API client ask:
 * <ul>
 * <li>the week view of the CPI's first site ({@code /agenda/sites/{id}?view=week}), for the coming week (nearly
 * full) and for a week six weeks ahead (more free slots to show), and its day view; the week's free slots through
 * the API;</li>
 * <li>the first free A2 slot in the province ({@code GET /api/v1/slots/first-free}) from today and from a day a
 * month ahead;</li>
 * <li>bookings through the API by {@code --clients} operators at once, each free slot of weeks 10 to 13 asked twice
 * at the same moment by two clients: the attempts and bookings per second, their latency, and then, in the
 * database, no operator booked twice and every acknowledged booking present.</li>
 * </ul>
 * Each page is asked {@code --warmup} times unmeasured, then {@code --requests} times, one at a time. Not a test: run
 * it as described in docs/performance.md.
 *
 * <p>Options: {@code --requests=100 --warmup=10 --clients=16 --operators=40}, those of the region
 * ({@code --persons --companies --deliveries-per-person --years --reload}), and any Spring property.
 */
public final class AgendaBenchmark {

    private AgendaBenchmark() {
    }

    public static void main(String[] args) {
        BenchmarkLauncher.launch(args, Set.of("requests", "warmup", "clients", "operators", "persons", "companies",
                "deliveries-per-person", "years", "reload"), WebApplicationType.SERVLET,
                Map.of("server.port", "0", "retelavoro.embedded-database.data-directory", "target/benchmark-agenda-pg",
                        "retelavoro.embedded-database.port", "15497"),
                AgendaBenchmark::run);
    }

    private static void run(ConfigurableApplicationContext context, Map<String, String> options) {
        int requests = Integer.parseInt(options.getOrDefault("requests", "100"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "16"));
        options.putIfAbsent("persons", "100000");
        options.putIfAbsent("companies", "10000");
        options.putIfAbsent("years", "1");
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        BenchmarkLauncher.region(context, options, today);
        OrganisationId cpi = new OrganisationId(jdbc.sql("select id from organisation where name = :name")
                .param("name", "CPI Torino " + BenchmarkLauncher.TAG).query(UUID.class).single());
        boolean loaded = jdbc.sql("select exists (select 1 from agenda_appointment where organisation_id = :cpi)")
                .param("cpi", cpi.value()).query(Boolean.class).single();
        if (loaded) {
            out("Agende già caricate: le riuso");
        } else {
            CurrentUser admin = context.getBean(SyntheticRegion.class).administrator().orElseThrow();
            SyntheticAgendas.Report report;
            try {
                report = context.getBean(SyntheticAgendas.class).generate(new SyntheticAgendas.Spec(20261207L, cpi,
                        Integer.parseInt(options.getOrDefault("operators", "40")), 270, 95), admin);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            out("Agende: %d operatori del CPI, %,d fasce settimanali nella provincia, %,d appuntamenti (%,d annullati)"
                    + " in %.1f s", report.operators(), report.windows(), report.appointments(), report.cancelled(),
                    report.millis() / 1000.0);
        }
        long start = System.nanoTime();
        jdbc.sql("vacuum (analyze)").update();
        out("vacuum (analyze): %.0f s", (System.nanoTime() - start) / 1e9);

        record SiteLoad(UUID site, String name, long operators, long appointments) {
        }
        List<SiteLoad> sites = jdbc.sql("""
                select s.id, s.name, (select count(*) from user_site u where u.site_id = s.id),
                       (select count(*) from agenda_appointment a where a.site_id = s.id and a.status = 'BOOKED')
                  from site s where s.organisation_id = :cpi order by s.name""").param("cpi", cpi.value())
                .query((rs, row) -> new SiteLoad(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3),
                        rs.getLong(4))).list();
        sites.forEach(site -> out("Sede: %s, %d operatori, %,d appuntamenti prenotati", site.name(),
                site.operators(), site.appointments()));
        SiteLoad main = sites.get(0);
        String operator = jdbc.sql("""
                select u.username from user_account u join user_site s on s.user_id = u.id
                 where s.site_id = :site and u.username like 'agenda.%' order by u.username limit 1""")
                .param("site", main.site()).query(String.class).single();
        String base = "http://localhost:" + context.getEnvironment().getRequiredProperty("local.server.port");
        BenchmarkBrowser browser = new BenchmarkBrowser(base);
        browser.logIn(operator, SyntheticRegion.OPERATOR_PASSWORD);
        browser.issueToken(operator, SyntheticRegion.OPERATOR_PASSWORD);

        LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate later = nextMonday.plusWeeks(6);
        String page = "/agenda/sites/" + main.site();
        out("");
        out("Operatore: %s; %d richieste per pagina dopo %d di riscaldamento, una alla volta", operator, requests,
                warmup);
        out("Settimana prossima: %,d appuntamenti prenotati, %,d liberi per A2 nella sede",
                booked(jdbc, main.site(), nextMonday), free(browser, main.site(), nextMonday));
        out("Settimana fra 6 settimane: %,d appuntamenti prenotati, %,d liberi per A2 nella sede",
                booked(jdbc, main.site(), later), free(browser, main.site(), later));
        out("%-52s %9s %9s %9s", "pagina", "mediana", "p95", "massimo");
        BenchmarkBrowser.measure(browser, "vista settimana, settimana prossima",
                i -> page + "?view=week&type=A2&day=" + nextMonday, requests, warmup);
        BenchmarkBrowser.measure(browser, "vista settimana, fra 6 settimane",
                i -> page + "?view=week&type=A2&day=" + later, requests, warmup);
        BenchmarkBrowser.measure(browser, "vista giorno, lunedì prossimo",
                i -> page + "?view=day&type=A2&day=" + nextMonday, requests, warmup);
        BenchmarkBrowser.measure(browser, "API intervalli liberi A2 di una settimana",
                i -> "/api/v1/sites/" + main.site() + "/slots?type=A2&from=" + later + "&to=" + later.plusDays(6),
                requests, warmup);
        BenchmarkBrowser.measure(browser, "primo libero A2 in provincia, da oggi",
                i -> "/api/v1/slots/first-free?province=TO&type=A2", requests, warmup);
        BenchmarkBrowser.measure(browser, "primo libero A2 in provincia, da fra un mese",
                i -> "/api/v1/slots/first-free?province=TO&type=A2&from=" + today.plusMonths(1), requests, warmup);
        out("Primo libero da oggi: %s", browser.read("/api/v1/slots/first-free?province=TO&type=A2"));

        // two blocks of four weeks not booked yet (a run books its blocks whole): one raced, one not
        LocalDate block = nextMonday.plusWeeks(10);
        while (booked(jdbc, main.site(), block) > 600) {
            block = block.plusWeeks(4);
        }
        bookings(jdbc, base, main.site(), cpi, block, clients, true);
        bookings(jdbc, base, main.site(), cpi, block.plusWeeks(4), clients, false);
    }

    private static long booked(JdbcClient jdbc, UUID site, LocalDate monday) {
        return jdbc.sql("""
                select count(*) from agenda_appointment where site_id = :site and status = 'BOOKED'
                   and starts_at >= :from::date and starts_at < :to::date""").param("site", site)
                .param("from", monday).param("to", monday.plusDays(7)).query(Long.class).single();
    }

    private static int free(BenchmarkBrowser browser, UUID site, LocalDate monday) {
        return slots(browser, site, monday, monday.plusDays(6)).size();
    }

    private static List<JsonNode> slots(BenchmarkBrowser browser, UUID site, LocalDate from, LocalDate to) {
        try {
            List<JsonNode> found = new ArrayList<>();
            new ObjectMapper().readTree(browser.read("/api/v1/sites/" + site + "/slots?type=A2&from=" + from + "&to="
                    + to)).forEach(found::add);
            return found;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every free A2 slot of the site in four weeks from {@code monday}, asked by the clients (each an operator of the
     * site with their own token): when {@code raced}, each slot twice at the same moment by two clients; then the
     * database checked.
     */
    private static void bookings(JdbcClient jdbc, String base, UUID site, OrganisationId cpi, LocalDate monday,
            int clients, boolean raced) {
        List<String> operators = jdbc.sql("""
                select u.username from user_account u join user_site s on s.user_id = u.id
                 where s.site_id = :site and u.username like 'agenda.%' order by u.username limit :n""")
                .param("site", site).param("n", clients).query(String.class).list();
        List<BenchmarkBrowser> browsers = new ArrayList<>();
        for (String username : operators) {
            BenchmarkBrowser browser = new BenchmarkBrowser(base);
            browser.issueToken(username, SyntheticRegion.OPERATOR_PASSWORD);
            browsers.add(browser);
        }
        List<UUID> persons = jdbc.sql("select id from person where in_charge_of = :cpi order by md5(id::text)"
                + " limit 5000").param("cpi", cpi.value()).query(UUID.class).list();
        List<JsonNode> free = slots(browsers.get(0), site, monday, monday.plusDays(27));
        Collections.shuffle(free, new Random(7));
        // each slot twice in a row: two clients take the two tasks at the same moment
        ConcurrentLinkedQueue<String> tasks = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < free.size(); i++) {
            JsonNode slot = free.get(i);
            String body = """
                    {"siteId": "%s", "operatorId": "%s", "start": "%s", "service": "A2", "personId": "%s"}"""
                    .formatted(site, slot.get("operatorId").asText(), slot.get("start").asText().substring(0, 16),
                            persons.get(i % persons.size()));
            tasks.add(body);
            if (raced) {
                tasks.add(body);
            }
        }
        int attempts = tasks.size();
        out("");
        out("Prenotazioni dal %s: %,d intervalli liberi A2 in 4 settimane, %s: %,d richieste da %d client"
                + " (operatori della sede, ciascuno col proprio token)", monday, free.size(),
                raced ? "ciascuno chiesto due volte insieme" : "ciascuno una volta", attempts, browsers.size());
        AtomicInteger created = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(browsers.size());
        CountDownLatch ready = new CountDownLatch(1);
        long start = System.nanoTime();
        for (BenchmarkBrowser browser : browsers) {
            pool.submit(() -> {
                ready.await();
                for (String body = tasks.poll(); body != null; body = tasks.poll()) {
                    BenchmarkBrowser.Answer answer = browser.post("/api/v1/appointments", body);
                    nanos.add(answer.nanos());
                    if (answer.status() == 201) {
                        created.incrementAndGet();
                        int at = answer.body().indexOf("\"id\":\"");
                        ids.add(answer.body().substring(at + 6, at + 42));
                    } else if (answer.status() == 409 || answer.status() == 400) {
                        refused.incrementAndGet();
                    } else {
                        other.incrementAndGet();
                    }
                }
                return null;
            });
        }
        ready.countDown();
        pool.shutdown();
        try {
            pool.awaitTermination(30, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        out("In %.1f s: %,.0f richieste/s, %,.0f prenotazioni/s; %,d prenotate, %,d rifiutate (già prese), %,d altre"
                + " risposte", seconds, attempts / seconds, created.get() / seconds, created.get(), refused.get(),
                other.get());
        out("Latenza di una richiesta: mediana %.1f ms, p95 %.1f ms, p99 %.1f ms, massimo %.1f ms",
                BenchmarkBrowser.millis(sorted, 50), BenchmarkBrowser.millis(sorted, 95),
                BenchmarkBrowser.millis(sorted, 99), sorted[sorted.length - 1] / 1e6);
        long overlapping = jdbc.sql("""
                select count(*) from agenda_appointment a join agenda_appointment b
                    on a.operator_id = b.operator_id and a.id < b.id and a.during && b.during
                 where a.status = 'BOOKED' and b.status = 'BOOKED' and a.site_id = :site""")
                .param("site", site).query(Long.class).single();
        long present = ids.isEmpty() ? 0 : jdbc.sql("select count(*) from agenda_appointment where id in (:ids)")
                .param("ids", ids.stream().map(UUID::fromString).toList()).query(Long.class).single();
        out("Verifica nel database: %,d coppie di appuntamenti sovrapposti dello stesso operatore; %,d prenotazioni"
                + " confermate su %,d presenti", overlapping, present, created.get());
        if (overlapping != 0 || present != created.get() || created.get() != free.size() || other.get() != 0) {
            throw new IllegalStateException("double booking, a lost booking or an unexpected answer");
        }
    }
}
