package it.retelavoro;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The three statements of the module graph say the same: the dependencies the code has (as Spring Modulith
 * sees them), the {@code allowedDependencies} each module declares in its {@code package-info.java}, and the
 * "depends on" column of the module table in {@code docs/architecture.md}. {@link ModularityTests} fails on
 * an edge that is not declared; these fail on a declaration or a line of the docs that is no longer true.
 */
class ModuleContractTests {

    private static final ApplicationModules MODULES = ModularityTests.MODULES;
    private static final Path ARCHITECTURE = Path.of("docs/architecture.md");
    /** A row of the module table: | `module` | what it owns | depends on |. */
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z]+)` \\|.*\\| ([^|]+) \\|$");
    private static final Pattern NAME = Pattern.compile("`([a-z]+)`");

    @Test
    void the_module_table_of_the_architecture_names_exactly_the_dependencies_of_the_code() throws IOException {
        assertThat(documented()).isEqualTo(actual());
    }

    @Test
    void every_module_but_shared_declares_exactly_the_dependencies_it_has() {
        Map<String, Set<String>> declared = new TreeMap<>();
        MODULES.forEach(module -> {
            ApplicationModule annotation = annotationOf(module.getBasePackage().getName());
            if (annotation != null && annotation.type() != ApplicationModule.Type.OPEN) {
                // a named interface ("interop :: co") is a dependency on its module
                declared.put(module.getIdentifier().toString(), Arrays.stream(annotation.allowedDependencies())
                        .map(dependency -> dependency.split("::")[0].strip())
                        .collect(Collectors.toCollection(TreeSet::new)));
            }
        });
        Map<String, Set<String>> expected = new TreeMap<>(actual());
        expected.remove("shared");
        assertThat(declared).isEqualTo(expected);
    }

    /** Module -> the modules it depends on, as the code has them. */
    private static Map<String, Set<String>> actual() {
        Map<String, Set<String>> result = new TreeMap<>();
        MODULES.forEach(module -> result.put(module.getIdentifier().toString(),
                module.getDirectDependencies(MODULES).uniqueModules().map(m -> m.getIdentifier().toString())
                        .collect(Collectors.toCollection(TreeSet::new))));
        return result;
    }

    /**
     * Module -> the modules of its "depends on" cell: the names in backquotes, leaving out what is said in
     * parentheses (the types used, as in {@code `platform` (`DemoData`)}); "nothing" is none.
     */
    static Map<String, Set<String>> documented() throws IOException {
        List<String> lines = Files.readAllLines(ARCHITECTURE);
        int start = lines.indexOf("## Modules");
        assertThat(start).as("the section \"## Modules\" of %s", ARCHITECTURE).isNotNegative();
        Map<String, Set<String>> result = new TreeMap<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            Matcher row = ROW.matcher(line.strip());
            if (row.matches()) {
                Set<String> dependencies = new TreeSet<>();
                Matcher name = NAME.matcher(row.group(2).replaceAll("\\([^)]*\\)", ""));
                while (name.find()) {
                    dependencies.add(name.group(1));
                }
                result.put(row.group(1), dependencies);
            }
        }
        return result;
    }

    private static ApplicationModule annotationOf(String basePackage) {
        try {
            return Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
