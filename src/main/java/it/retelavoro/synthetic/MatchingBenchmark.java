package it.retelavoro.synthetic;

import static it.retelavoro.synthetic.BenchmarkLauncher.out;

import it.retelavoro.employer.VacancyId;
import it.retelavoro.matching.Candidate;
import it.retelavoro.matching.MatchingManagement;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.OrganisationKind;
import it.retelavoro.shared.Role;
import it.retelavoro.shared.UserId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The matching benchmark of issue 7: on the synthetic region of the monitoring benchmark (1,000,000 persons,
 * of whom about 650,000 may be proposed: consent to matching and a Patto signed; generated into its own
 * database unless it is there already, so both benchmarks can share one load), the time of the top 50
 * candidates of 100 different open vacancies, as the operator of the organisation handling each vacancy
 * asks for them, with the p50 and p95 over the 100. Not a test: run it as described in docs/performance.md.
 *
 * <p>Options: {@code --persons=N --companies=N --vacancies=V --limit=L --rounds=R}, and any Spring property
 * (e.g. {@code --retelavoro.embedded-database.data-directory=...}).
 */
public final class MatchingBenchmark {

    private MatchingBenchmark() {
    }

    public static void main(String[] args) {
        BenchmarkLauncher.launch(args, Set.of("persons", "companies", "deliveries-per-person", "years", "vacancies",
                "limit", "rounds"), MatchingBenchmark::run);
    }

    private static void run(ConfigurableApplicationContext context, Map<String, String> options) {
        MatchingManagement matching = context.getBean(MatchingManagement.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        int vacancies = Integer.parseInt(options.getOrDefault("vacancies", "100"));
        int limit = Integer.parseInt(options.getOrDefault("limit", "50"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        BenchmarkLauncher.region(context, options, LocalDate.now(context.getBean(Clock.class)));
        long proposable = jdbc.sql("""
                select count(*) from person p where p.matching_consent
                and exists (select 1 from pathway_pact k where k.person_id = p.id and k.outcome = 'SIGNED'
                            and k.superseded_by is null)""")
                .query(Long.class).single();
        out("Persone proponibili (consenso all'incrocio e Patto sottoscritto): %,d", proposable);

        // 100 open vacancies spread over the occupations, each asked for by an operator of its organisation.
        record Asked(UUID vacancy, String occupation, CurrentUser operator) {
        }
        List<Asked> asked = jdbc.sql("""
                select v.id, v.occupation_code, u.id as user_id, u.username, o.id as org, o.kind
                from vacancy v join organisation o on o.id = v.organisation_id
                join lateral (select id, username from user_account u
                              where u.organisation_id = o.id and u.role = 'OPERATOR' and u.enabled
                              order by username limit 1) u on true
                where v.state = 'OPEN' order by md5(v.id::text) limit :n""")
                .param("n", vacancies)
                .query((rs, row) -> new Asked(rs.getObject("id", UUID.class), rs.getString("occupation_code"),
                        new CurrentUser(new UserId(rs.getObject("user_id", UUID.class)), rs.getString("username"),
                                Role.OPERATOR, new OrganisationId(rs.getObject("org", UUID.class)),
                                OrganisationKind.valueOf(rs.getString("kind")))))
                .list();
        out("Vacancy interrogate: %d, top %d candidati ciascuna, %d giri (il primo scalda la JVM e la cache)",
                asked.size(), limit, rounds);
        long[] last = null;
        long candidates = 0;
        for (int round = 1; round <= rounds; round++) {
            long[] micros = new long[asked.size()];
            candidates = 0;
            for (int i = 0; i < asked.size(); i++) {
                Asked each = asked.get(i);
                long start = System.nanoTime();
                List<Candidate> found = matching.candidates(new VacancyId(each.vacancy()), limit, each.operator());
                micros[i] = (System.nanoTime() - start) / 1_000;
                candidates += found.size();
            }
            long[] sorted = micros.clone();
            Arrays.sort(sorted);
            out("Giro %d: p50 %.1f ms, p95 %.1f ms, massimo %.1f ms, candidati restituiti %,d", round,
                    percentile(sorted, 50) / 1000.0, percentile(sorted, 95) / 1000.0,
                    sorted[sorted.length - 1] / 1000.0, candidates);
            last = sorted;
        }
        out("Risultato (ultimo giro): p50 %.1f ms, p95 %.1f ms su %d vacancy", percentile(last, 50) / 1000.0,
                percentile(last, 95) / 1000.0, last.length);
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
