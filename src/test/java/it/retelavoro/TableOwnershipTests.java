package it.retelavoro;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No module reads or writes another module's tables: the import graph cannot see SQL, so this test reads
 * it. A table (or view) belongs to the module whose migrations ({@code db/migration/<module>/}) create it;
 * the SQL of a module (every string literal and text block of its main code, {@code @Query} included, and
 * every statement of its migrations) may name its own tables only, with three exceptions listed below, each
 * with its reason.
 */
class TableOwnershipTests {

    private static final Path JAVA = Path.of("src/main/java/it/retelavoro");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /**
     * The read models an owner publishes for other modules: views created and migrated by the owner, named
     * after it and documented in its migration as published, each with the modules that may read it. The
     * owner may change its tables freely as long as it keeps these views' columns and meaning.
     */
    static final Map<String, Set<String>> PUBLISHED_VIEWS = Map.ofEntries(
            Map.entry("person_matching_profile", Set.of("matching")),
            Map.entry("person_matching_occupation", Set.of("matching")),
            Map.entry("person_matching_mobility", Set.of("matching")),
            Map.entry("person_matching_licence", Set.of("matching")),
            Map.entry("person_matching_experience", Set.of("matching")),
            Map.entry("person_matching_language", Set.of("matching")),
            Map.entry("pathway_pact_in_force", Set.of("matching")),
            Map.entry("referral_live", Set.of("matching")),
            Map.entry("employer_open_vacancy", Set.of("matching", "portal")),
            Map.entry("employer_vacancy_title", Set.of("portal", "desk")),
            // issue 14: the read models of the operator's desk (caseload lists, home, menu counters)
            Map.entry("person_desk_person", Set.of("desk")),
            Map.entry("person_desk_complex_target", Set.of("desk")),
            Map.entry("pathway_desk_internship", Set.of("desk")),
            Map.entry("pathway_desk_did_request", Set.of("desk")),
            // issue 15, point 2: the CPI's worklist of the DIDs made on the national portal
            Map.entry("pathway_desk_did_to_convene", Set.of("desk")),
            Map.entry("employer_desk_company", Set.of("desk")),
            Map.entry("employer_desk_vacancy", Set.of("desk")),
            Map.entry("referral_desk_waiting", Set.of("desk")),
            Map.entry("portal_desk_application", Set.of("desk")),
            // issue 14, point 5: the caseload and the deadlines on the pathway's kept state
            Map.entry("pathway_desk_caseload", Set.of("desk")),
            Map.entry("pathway_desk_deadline", Set.of("desk")),
            Map.entry("person_in_charge", Set.of("pathway")),
            // issue 16, point 2: who of the worklist of DIDs to convene is convoked, and when
            Map.entry("agenda_desk_convocation", Set.of("desk")));

    /**
     * The synthetic generator is the one documented exception (docs/architecture.md): it bulk-loads generated
     * persons, companies and their whole history with COPY straight into the other modules' tables, and its
     * benchmarks read them to describe the region they measure.
     */
    static final Set<String> WRITES_OTHERS_TABLES = Set.of("synthetic");

    /**
     * Migrations that landed before this rule and are never edited (Flyway checks their checksums), with the
     * exact tables of other modules each names. Nothing new may be added here: a module that needs another's
     * data asks for a published view or a query service.
     */
    static final Map<String, Set<String>> LANDED_BEFORE_THE_RULE = Map.of(
            // the pool's first design indexed the person tables from matching's migration
            "matching/V7_1__matching.sql", Set.of("person", "person_desired_occupation", "person_experience",
                    "person_mobility_province", "vacancy"),
            // the first fill of matching's own copy of the occupations, once, at the migration
            "matching/V7_3__matching_occupation.sql", Set.of("person", "person_desired_occupation",
                    "person_experience"),
            // the board's index, created with the portal before the employer module published its vacancies
            "portal/V7_2__portal.sql", Set.of("vacancy"),
            // the first fill of pathway's own copy of the CPIs' sites, once, at the migration
            "pathway/V3_1__pathway.sql", Set.of("site", "organisation"),
            // the reference module's table, created in the person module's folder (see OWNED_ELSEWHERE)
            "person/V2_2__reference_files.sql", Set.of("reference_file"));

    /**
     * Tables created by a migration in another module's folder, with the module that owns them: the
     * reference files were numbered with the person module's migrations, which first needed them (V2_2).
     */
    static final Map<String, String> OWNED_ELSEWHERE = Map.of("reference_file", "reference");

    private static final Pattern CREATES = Pattern.compile(
            "\\bcreate\\s+(?:or\\s+replace\\s+)?(?:unlogged\\s+)?(?:materialized\\s+)?(?:table|view)\\s+"
                    + "(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern NAMES = Pattern.compile(
            "\\b(?:from|join|into|update|table|view|references|truncate|copy)\\s+(?:only\\s+)?(?:if\\s+(?:not\\s+)?exists\\s+)?"
                    + "([a-z_][a-z0-9_]*)"
                    + "|\\bindex\\b[^;]*?\\bon\\s+(?:only\\s+)?([a-z_][a-z0-9_]*)");

    @Test
    void no_module_names_a_table_created_by_another_module() {
        Map<String, String> owners = owners();
        List<String> trespasses = new ArrayList<>();
        for (String module : modules()) {
            sqlOf(module).forEach((source, sql) -> referenced(sql).forEach(table -> {
                String owner = owners.get(table);
                if (owner != null && !owner.equals(module) && !allowed(module, source, table)) {
                    trespasses.add("%s (%s) names %s of %s".formatted(module, source, table, owner));
                }
            }));
        }
        assertThat(trespasses).isEmpty();
    }

    @Test
    void every_published_view_is_created_by_the_module_it_is_named_after() {
        Map<String, String> owners = owners();
        PUBLISHED_VIEWS.keySet().forEach(view -> assertThat(owners.get(view)).as(view)
                .isNotNull().satisfies(owner -> assertThat(view).startsWith(owner + "_")));
    }

    @Test
    void finds_the_tables_named_by_sql_of_every_shape() {
        assertThat(referenced("""
                select p.id from person p join pathway_pact pp on pp.person_id = p.id
                where not exists (select 1 from referral r) and v.id in (select id from vacancy)""".toLowerCase()))
                .contains("person", "pathway_pact", "referral", "vacancy");
        assertThat(referenced("insert into a (x) values (1); update b set x = 1; delete from c; copy d (x) from stdin"))
                .contains("a", "b", "c", "d");
        assertThat(referenced("create index e_idx on e (x); alter table f add column y int; create view g as select 1"))
                .contains("e", "f", "g");
    }

    private static boolean allowed(String module, String source, String table) {
        return WRITES_OTHERS_TABLES.contains(module)
                || PUBLISHED_VIEWS.getOrDefault(table, Set.of()).contains(module)
                || LANDED_BEFORE_THE_RULE.getOrDefault(source, Set.of()).contains(table);
    }

    /** Table or view -> the module whose migrations create it. */
    static Map<String, String> owners() {
        Map<String, String> owners = new TreeMap<>();
        for (String module : modules()) {
            migrationsOf(module).values().forEach(sql -> {
                Matcher created = CREATES.matcher(sql);
                while (created.find()) {
                    String previous = owners.put(created.group(1),
                            OWNED_ELSEWHERE.getOrDefault(created.group(1), module));
                    assertThat(previous).as("%s created by %s and %s", created.group(1), previous, module)
                            .isIn(null, owners.get(created.group(1)));
                }
            });
        }
        return owners;
    }

    static List<String> referenced(String sql) {
        List<String> tables = new ArrayList<>();
        Matcher name = NAMES.matcher(sql);
        while (name.find()) {
            tables.add(name.group(1) != null ? name.group(1) : name.group(2));
        }
        return tables;
    }

    private static List<String> modules() {
        try (Stream<Path> dirs = Files.list(JAVA)) {
            return dirs.filter(Files::isDirectory).map(dir -> dir.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Source (the file, relative to its root) -> its SQL in lower case: every migration and every Java string. */
    private static Map<String, String> sqlOf(String module) {
        Map<String, String> sql = new TreeMap<>(migrationsOf(module));
        files(JAVA.resolve(module), ".java").forEach(file ->
                sql.put(JAVA.relativize(file).toString(), String.join("\n", JavaStrings.of(read(file))).toLowerCase()));
        return sql;
    }

    private static Map<String, String> migrationsOf(String module) {
        Map<String, String> sql = new TreeMap<>();
        files(MIGRATIONS.resolve(module), ".sql").forEach(file ->
                sql.put(MIGRATIONS.relativize(file).toString(), read(file).replaceAll("--[^\n]*", "").toLowerCase()));
        return sql;
    }

    private static List<Path> files(Path root, String suffix) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
