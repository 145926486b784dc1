package it.retelavoro.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The immutable registry of catalogue versions, each in force over a span of days.
 *
 * <p>Versions are ordered by {@code validFrom}. A version ends on its own {@code validTo} or, at the
 * latest, the day before the next version starts: adding a version with a later {@code validFrom}
 * closes the open-ended one before it. A version is refused when its id is already registered, when
 * another starts on the same day, or when an explicit {@code validTo} reaches into the next version's
 * span (two acts would then claim the same day). Gaps are allowed: no version is in force on them.
 * Old versions stay readable, so a back-dated delivery is judged by the rules in force on its date.
 */
public final class CatalogueVersions {

    /** Where the version files live on the classpath: one {@code <id>.yaml} per version. */
    public static final String CLASSPATH_FOLDER = "catalogue/versions";

    private final List<CatalogueVersion> declared;
    private final List<CatalogueVersion> effective;

    private CatalogueVersions(List<CatalogueVersion> declared) {
        this.declared = List.copyOf(declared);
        this.effective = effectiveSpans(this.declared);
    }

    public static CatalogueVersions empty() {
        return new CatalogueVersions(List.of());
    }

    /** A registry of the given versions, added in order. */
    public static CatalogueVersions of(CatalogueVersion... versions) {
        CatalogueVersions registry = empty();
        for (CatalogueVersion version : versions) {
            registry = registry.withVersion(version);
        }
        return registry;
    }

    /**
     * A new registry with the version added; this one is left unchanged.
     *
     * @throws CatalogueVersionConflictException when the id exists, another version starts the same day,
     *                                           or a declared end overlaps the following version
     */
    public CatalogueVersions withVersion(CatalogueVersion version) {
        Objects.requireNonNull(version, "version");
        for (CatalogueVersion existing : declared) {
            if (existing.id().equals(version.id())) {
                throw new CatalogueVersionConflictException("La versione " + version.id() + " è già registrata.");
            }
            if (existing.validFrom().equals(version.validFrom())) {
                throw new CatalogueVersionConflictException("Le versioni " + existing.id() + " e " + version.id()
                        + " entrano in vigore lo stesso giorno (" + version.validFrom()
                        + "): la versione applicabile sarebbe ambigua.");
            }
        }
        List<CatalogueVersion> all = new ArrayList<>(declared);
        all.add(version);
        all.sort(Comparator.comparing(CatalogueVersion::validFrom));
        for (int i = 0; i + 1 < all.size(); i++) {
            CatalogueVersion earlier = all.get(i);
            CatalogueVersion later = all.get(i + 1);
            if (earlier.validTo().filter(end -> !end.isBefore(later.validFrom())).isPresent()) {
                throw new CatalogueVersionConflictException("La versione " + earlier.id() + " è dichiarata in vigore fino al "
                        + earlier.validTo().get() + ", ma la versione " + later.id() + " entra in vigore il "
                        + later.validFrom() + ": le due versioni si sovrappongono.");
            }
        }
        return new CatalogueVersions(all);
    }

    /** The version in force on the date, if any. */
    public Optional<CatalogueVersion> inForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return effective.stream().filter(version -> version.isInForceOn(date)).findFirst();
    }

    /** The version with the id, with the end date it has in this registry. */
    public Optional<CatalogueVersion> byId(String id) {
        return effective.stream().filter(version -> version.id().equals(id)).findFirst();
    }

    /**
     * Every version, ordered by {@code validFrom}, each with its effective end: its declared
     * {@code validTo} or the day before the next version starts.
     */
    public List<CatalogueVersion> all() {
        return effective;
    }

    private static List<CatalogueVersion> effectiveSpans(List<CatalogueVersion> sorted) {
        List<CatalogueVersion> spans = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            CatalogueVersion version = sorted.get(i);
            if (i + 1 < sorted.size() && version.validTo().isEmpty()) {
                version = version.endingOn(sorted.get(i + 1).validFrom().minusDays(1));
            }
            spans.add(version);
        }
        return List.copyOf(spans);
    }

    /**
     * Reads every {@code catalogue/versions/*.yaml} the class loader sees (folders and jars).
     *
     * @throws InvalidCatalogueVersionException  when a file is invalid, or its name is not its id
     * @throws CatalogueVersionConflictException when the versions conflict
     * @throws IllegalStateException             when the folder holds no version
     */
    public static CatalogueVersions loadFromClasspath(ClassLoader classLoader) {
        return loadFromClasspath(classLoader, CLASSPATH_FOLDER);
    }

    /** As {@link #loadFromClasspath(ClassLoader)}, from another folder of the classpath. */
    public static CatalogueVersions loadFromClasspath(ClassLoader classLoader, String folder) {
        List<URL> files = yamlFiles(classLoader, folder);
        if (files.isEmpty()) {
            // An application without rules would refuse every delivery: a packaging error, not a state.
            throw new IllegalStateException("Nessuna versione del repertorio trovata nel classpath in " + folder);
        }
        return load(files);
    }

    /** The {@code *.yaml} files of a folder of the classpath (folders and jars), ordered by name. */
    static List<URL> yamlFiles(ClassLoader classLoader, String folder) {
        Objects.requireNonNull(classLoader, "classLoader");
        String normalised = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
        TreeMap<String, URL> files = new TreeMap<>();
        try {
            Enumeration<URL> roots = classLoader.getResources(normalised);
            while (roots.hasMoreElements()) {
                collectYaml(roots.nextElement(), normalised, files);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Impossibile elencare i file del repertorio in " + normalised, e);
        }
        return new ArrayList<>(files.values());
    }

    /**
     * Reads the given version files. Each file must be named after the id of the version it holds.
     *
     * @throws InvalidCatalogueVersionException  when a file is invalid, or its name is not its id
     * @throws CatalogueVersionConflictException when the versions conflict
     */
    public static CatalogueVersions load(List<URL> files) {
        CatalogueVersionReader reader = new CatalogueVersionReader();
        CatalogueVersions registry = empty();
        for (URL file : files) {
            String name = fileName(file);
            CatalogueVersion version;
            try (InputStream in = file.openStream()) {
                version = reader.read(in, name);
            } catch (IOException e) {
                throw new InvalidCatalogueVersionException(name, List.of("impossibile leggere il file: " + e.getMessage()));
            }
            if (!name.equals(version.id() + ".yaml")) {
                throw new InvalidCatalogueVersionException(name, List.of("id: la versione " + version.id()
                        + " deve stare nel file " + version.id() + ".yaml"));
            }
            registry = registry.withVersion(version);
        }
        return registry;
    }

    private static void collectYaml(URL root, String folder, TreeMap<String, URL> files) throws IOException {
        if ("file".equals(root.getProtocol())) {
            Path dir;
            try {
                dir = Path.of(root.toURI());
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
            try (Stream<Path> entries = Files.list(dir)) {
                for (Path path : entries.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                    files.putIfAbsent(path.getFileName().toString(), path.toUri().toURL());
                }
            }
            return;
        }
        URLConnection connection = root.openConnection();
        if (connection instanceof JarURLConnection jarConnection) {
            jarConnection.setUseCaches(false);
            try (JarFile jar = jarConnection.getJarFile()) {
                String prefix = jarConnection.getEntryName() == null ? folder + "/" : jarConnection.getEntryName() + "/";
                prefix = prefix.replace("//", "/");
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
                    JarEntry entry = entries.nextElement();
                    String name = entry.getName();
                    if (name.startsWith(prefix) && name.endsWith(".yaml") && name.indexOf('/', prefix.length()) < 0) {
                        String base = name.substring(prefix.length());
                        String rootText = root.toString();
                        files.putIfAbsent(base, new URL(rootText.endsWith("/") ? rootText + base : rootText + "/" + base));
                    }
                }
            }
            return;
        }
        throw new IOException("Posizione del classpath non supportata per le versioni del repertorio: " + root);
    }

    static String fileName(URL file) {
        String path = file.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
