package it.retelavoro.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The immutable registry of the programmes, each layered on a registered version of the repertorio.
 *
 * <p>A programme is refused when its code is already registered ({@link CatalogueVersionConflictException}) or
 * when it does not fit its base version ({@link #problemsAgainst}): the version is unknown, the programme starts
 * before it, or an extra output is not one the service's scheda lists.
 */
public final class Programmes {

    /** Where the programme files live on the classpath: one {@code <code>.yaml} per programme. */
    public static final String CLASSPATH_FOLDER = "catalogue/programmes";

    private final List<Programme> all;

    private Programmes(List<Programme> all) {
        List<Programme> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparing(Programme::validFrom).thenComparing(Programme::code));
        this.all = List.copyOf(sorted);
    }

    public static Programmes empty() {
        return new Programmes(List.of());
    }

    /** Every programme, by start and code. */
    public List<Programme> all() {
        return all;
    }

    public Optional<Programme> byCode(String code) {
        return all.stream().filter(programme -> programme.code().equals(code)).findFirst();
    }

    /** The programmes a delivery on the date may be registered under. */
    public List<Programme> inForceOn(java.time.LocalDate date) {
        return all.stream().filter(programme -> programme.isInForceOn(date)).toList();
    }

    /**
     * A new registry with the programme added, after checking it against the versions.
     *
     * @throws CatalogueVersionConflictException when the code is registered
     * @throws InvalidCatalogueVersionException  when it does not fit its base version
     */
    public Programmes withProgramme(Programme programme, CatalogueVersions versions) {
        Objects.requireNonNull(programme, "programme");
        if (byCode(programme.code()).isPresent()) {
            throw new CatalogueVersionConflictException("Il programma " + programme.code() + " è già registrato.");
        }
        List<String> problems = problemsAgainst(programme, versions);
        if (!problems.isEmpty()) {
            throw new InvalidCatalogueVersionException(programme.code(), problems);
        }
        List<Programme> more = new ArrayList<>(all);
        more.add(programme);
        return new Programmes(more);
    }

    /** Why the programme does not fit the registered versions, each problem with its place in the file. */
    public static List<String> problemsAgainst(Programme programme, CatalogueVersions versions) {
        Optional<CatalogueVersion> base = versions.byId(programme.catalogueVersion());
        if (base.isEmpty()) {
            return List.of("catalogueVersion: la versione del repertorio «" + programme.catalogueVersion()
                    + "» non è registrata");
        }
        List<String> problems = new ArrayList<>();
        if (programme.validFrom().isBefore(base.get().validFrom())) {
            problems.add("validFrom: il programma inizia (" + programme.validFrom() + ") prima della versione "
                    + base.get().id() + " (" + base.get().validFrom() + ")");
        }
        programme.services().values().forEach(financed -> financed.extraOutputs().forEach(output -> {
            if (base.get().service(financed.service()).output(output).isEmpty()) {
                problems.add("services." + financed.service() + ".extraOutputs: " + output
                        + " non è un output del servizio nella versione " + base.get().id());
            }
        }));
        return problems;
    }

    /**
     * Reads every {@code catalogue/programmes/*.yaml} the class loader sees, each named after its code, and checks
     * it against the versions.
     */
    public static Programmes loadFromClasspath(ClassLoader classLoader, CatalogueVersions versions) {
        ProgrammeReader reader = new ProgrammeReader();
        Programmes registry = empty();
        for (URL file : CatalogueVersions.yamlFiles(classLoader, CLASSPATH_FOLDER)) {
            String name = CatalogueVersions.fileName(file);
            Programme programme;
            try (InputStream in = file.openStream()) {
                programme = reader.read(in, name);
            } catch (IOException e) {
                throw new InvalidCatalogueVersionException(name, List.of("impossibile leggere il file: " + e.getMessage()));
            }
            if (!name.equals(programme.code() + ".yaml")) {
                throw new InvalidCatalogueVersionException(name, List.of("code: il programma " + programme.code()
                        + " deve stare nel file " + programme.code() + ".yaml"));
            }
            registry = registry.withProgramme(programme, versions);
        }
        return registry;
    }
}
