package it.retelavoro.synthetic;

import static it.retelavoro.synthetic.BenchmarkLauncher.out;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The operator pages of issue 14, point 5, on the benchmark region (1,000,000 persons by default, shared with
 * {@link RegionBenchmark}), after a {@code vacuum (analyze)} (a live database has had its autovacuum): an
 * operator of the smallest CPI with at least 50,000 persons in charge, then one of the CPI with the most, logs in
 * through the login form, as a browser does, and walks the pages of a working day with their real queries: the home page and its
 * work panel, the caseload of persons (the default order, each filter, a sort, a deep page, free text) and of
 * companies, a person's Anagrafica and the sections of their pathway, the same list through the API, and a
 * vocabulary search. Each page is asked {@code --warmup} times unmeasured, then {@code --requests} times, one
 * at a time; person pages go through different persons of the CPI. Prints per page the median, p95 and
 * maximum server round trip, then the p95 over every request; a page answering other than 200 fails the run.
 * Not a test: run it as described in docs/performance.md.
 *
 * <p>Options: {@code --requests=40 --warmup=5} and those of the region ({@code --persons=N --companies=N
 * --deliveries-per-person=D --years=Y}), and any Spring property.
 */
public final class OperatorPagesBenchmark {

    private OperatorPagesBenchmark() {
    }

    public static void main(String[] args) {
        BenchmarkLauncher.launch(args, Set.of("requests", "warmup", "persons", "companies", "deliveries-per-person",
                "years", "reload"), WebApplicationType.SERVLET, Map.of("server.port", "0"),
                OperatorPagesBenchmark::run);
    }

    private static void run(ConfigurableApplicationContext context, Map<String, String> options) {
        int requests = Integer.parseInt(options.getOrDefault("requests", "40"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "5"));
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        BenchmarkLauncher.region(context, options, today);

        // The CPIs by persons in charge.
        record InCharge(UUID organisation, String name, long persons) {
        }
        List<InCharge> cpis = jdbc.sql("""
                select o.id, o.name, (select count(*) from person p where p.in_charge_of = o.id) as persons
                from organisation o where o.kind = 'CPI' and o.name like :pattern order by persons desc""")
                .param("pattern", "% " + BenchmarkLauncher.TAG)
                .query((rs, row) -> new InCharge(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3))).list();
        cpis.forEach(cpi -> out("Persone in carico: %s %,d", cpi.name(), cpi.persons()));
        // After a bulk load the visibility map is empty until autovacuum passes: a live database has had it.
        long start = System.nanoTime();
        jdbc.sql("vacuum (analyze)").update();
        out("vacuum (analyze) dopo il caricamento: %.0f s", (System.nanoTime() - start) / 1e9);
        String base = "http://localhost:" + context.getEnvironment().getRequiredProperty("local.server.port");
        // The smallest CPI with at least 50,000 persons in charge (the issue's figure), then the largest.
        InCharge nearest = cpis.stream().filter(cpi -> cpi.persons() >= 50_000)
                .min(java.util.Comparator.comparingLong(InCharge::persons)).orElse(cpis.get(0));
        for (InCharge cpi : new java.util.LinkedHashSet<>(List.of(nearest, cpis.get(0)))) {
            walk(jdbc, base, cpi.organisation(), cpi.name(), cpi.persons(), requests, warmup);
        }
    }

    private static void walk(JdbcClient jdbc, String base, UUID organisation, String name, long inCharge, int requests,
            int warmup) {
        String operator = jdbc.sql("select username from user_account where organisation_id = :org"
                + " and role = 'OPERATOR' order by username limit 1").param("org", organisation)
                .query(String.class).single();
        List<UUID> persons = jdbc.sql("select id from person where in_charge_of = :org"
                + " order by md5(id::text) limit :n").param("org", organisation).param("n", requests + warmup)
                .query(UUID.class).list();
        List<UUID> employers = jdbc.sql("select distinct employer_id from employer_delivery where organisation_id ="
                + " :org limit :n").param("org", organisation).param("n", requests + warmup)
                .query(UUID.class).list();
        String surname = jdbc.sql("select split_part(search_name, ' ', 1) from person where in_charge_of = :org"
                + " order by md5(id::text) limit 1").param("org", organisation).query(String.class).single();
        out("");
        out("Operatore: %s del %s (%,d persone in carico); %d richieste per pagina dopo %d di riscaldamento, una"
                + " alla volta", operator, name, inCharge, requests, warmup);

        BenchmarkBrowser browser = new BenchmarkBrowser(base);
        browser.logIn(operator, SyntheticRegion.OPERATOR_PASSWORD);
        browser.issueToken(operator, SyntheticRegion.OPERATOR_PASSWORD);

        Map<String, IntFunction<String>> pages = new LinkedHashMap<>();
        pages.put("home /", i -> "/");
        pages.put("pannello del lavoro /desk/work (htmx)", i -> "/desk/work#htmx");
        pages.put("persone in carico /desk/persons", i -> "/desk/persons");
        pages.put("  filtro: DID senza Patto", i -> "/desk/persons?stage=DID_WITHOUT_PACT");
        pages.put("  filtro: PAI aperto", i -> "/desk/persons?stage=PAI_OPEN");
        pages.put("  filtro: azioni del PAI scadute", i -> "/desk/persons?actions=OVERDUE");
        pages.put("  filtro: nessun contatto da 90 giorni", i -> "/desk/persons?noContactDays=90");
        pages.put("  filtro: non assegnate", i -> "/desk/persons?unassigned=true");
        pages.put("  ordine: ultimo contatto", i -> "/desk/persons?sort=lastContact,desc");
        // page 1,000 as an operator reaches it: the link "Successiva" of page 999, which carries its last row
        String thousandth = browser.link("/desk/persons?page=998", "pager-next");
        pages.put("  pagina 1000 (link Successiva della 999)", i -> thousandth);
        pages.put("  testo: cognome", i -> "/desk/persons?q=" + URLEncoder.encode(surname, StandardCharsets.UTF_8));
        pages.put("API GET /api/v1/persons?inCharge=true&stage=PAI_OPEN",
                i -> "/api/v1/persons?inCharge=true&stage=PAI_OPEN&size=50");
        pages.put("imprese in carico /desk/employers", i -> "/desk/employers");
        pages.put("anagrafica /persons/{id}", i -> "/persons/" + persons.get(i % persons.size()));
        pages.put("  percorso: DID", i -> "/persons/" + persons.get(i % persons.size()) + "/pathway/did");
        pages.put("  percorso: PAI", i -> "/persons/" + persons.get(i % persons.size()) + "/pathway/plan");
        pages.put("  percorso: servizi", i -> "/persons/" + persons.get(i % persons.size()) + "/pathway/deliveries");
        pages.put("  percorso: cronologia", i -> "/persons/" + persons.get(i % persons.size()) + "/pathway/timeline");
        pages.put("  percorso intero", i -> "/persons/" + persons.get(i % persons.size()) + "/pathway");
        if (!employers.isEmpty()) {
            pages.put("impresa /employers/{id}", i -> "/employers/" + employers.get(i % employers.size()));
        }
        pages.put("vocabolario: professioni per nome", i -> "/api/v1/vocabularies/occupations?q=cuochi");

        List<Long> all = new ArrayList<>();
        out("%-52s %9s %9s %9s", "pagina", "mediana", "p95", "massimo");
        for (Map.Entry<String, IntFunction<String>> page : pages.entrySet()) {
            Arrays.stream(BenchmarkBrowser.measure(browser, page.getKey(), page.getValue(), requests, warmup)).forEach(all::add);
        }
        long[] every = all.stream().mapToLong(Long::longValue).sorted().toArray();
        out("Tutte le pagine: %,d richieste, mediana %.1f ms, p95 %.1f ms, p99 %.1f ms, massimo %.1f ms",
                every.length, BenchmarkBrowser.millis(every, 50), BenchmarkBrowser.millis(every, 95), BenchmarkBrowser.millis(every, 99), every[every.length - 1] / 1e6);
        // Not a page an operator is led to, so outside the figures above: an API client asking a deep page by its
        // number alone, without the key of the page before it, is served by counting from the start (OFFSET).
        out("Per confronto, fuori dal totale:");
        BenchmarkBrowser.measure(browser, "API pagina 1000 per numero, senza chiave", i -> "/api/v1/persons?inCharge=true&page=999",
                requests, warmup);
    }
}
