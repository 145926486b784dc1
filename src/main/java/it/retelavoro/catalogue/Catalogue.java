package it.retelavoro.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The catalogue other modules ask: the versions of the repertorio known to this installation, the one
 * in force on a date, and the rule engine that judges a delivery by it.
 *
 * <p>Starts from the versions shipped on the classpath ({@value CatalogueVersions#CLASSPATH_FOLDER}),
 * then registers again, oldest first, the versions administrators uploaded (see
 * {@link CatalogueVersionUploads}), so that a restart keeps them. A version added later replaces the registry atomically: a check in progress keeps the registry it
 * started with, so it never sees half a change.
 */
@Service
public class Catalogue {

    private static final Logger log = LoggerFactory.getLogger(Catalogue.class);

    private final AtomicReference<CatalogueVersions> versions;
    private final AtomicReference<Programmes> programmes;
    private final Clock clock;
    private final List<String> skippedUploads;
    private final IndicatorChecks indicatorChecks;

    /**
     * The registry of the application: the shipped versions, checked with every module computing the
     * indicators, then the uploaded ones.
     */
    @Autowired
    Catalogue(Clock clock, StoredCatalogueVersions uploads, List<IndicatorComputability> computabilities) {
        this(CatalogueVersions.loadFromClasspath(Catalogue.class.getClassLoader()), uploads.all(), clock,
                new IndicatorChecks(computabilities));
    }

    /** As the application's, with no module computing the indicators to ask. */
    Catalogue(Clock clock, StoredCatalogueVersions uploads) {
        this(clock, uploads, List.of());
    }

    Catalogue(CatalogueVersions shipped, Clock clock) {
        this(shipped, List.of(), clock);
    }

    Catalogue(CatalogueVersions shipped, List<StoredCatalogueVersions.StoredVersion> uploads, Clock clock) {
        this(shipped, uploads, clock, IndicatorChecks.NONE);
    }

    /**
     * @throws IllegalStateException when a shipped version has an indicator that a module computing the
     *                               indicators cannot compute: the application does not start, with the reason
     */
    Catalogue(CatalogueVersions shipped, List<StoredCatalogueVersions.StoredVersion> uploads, Clock clock,
            IndicatorChecks indicatorChecks) {
        List<String> uncomputable = shipped.all().stream()
                .flatMap(version -> indicatorChecks.problems(version).stream()
                        .map(problem -> version.id() + ": " + problem))
                .toList();
        if (!uncomputable.isEmpty()) {
            throw new IllegalStateException("Indicatori del repertorio che il monitoraggio non sa calcolare:\n- "
                    + String.join("\n- ", uncomputable));
        }
        CatalogueVersionReader reader = new CatalogueVersionReader();
        CatalogueVersions registry = shipped;
        List<String> skipped = new ArrayList<>();
        for (StoredCatalogueVersions.StoredVersion upload : uploads) {
            try {
                CatalogueVersion version = reader.read(upload.yaml(), upload.versionId());
                List<String> problems = indicatorChecks.problems(version);
                if (!problems.isEmpty()) {
                    throw new InvalidCatalogueVersionException(upload.versionId(), problems);
                }
                registry = registry.withVersion(version);
            } catch (InvalidCatalogueVersionException | CatalogueVersionConflictException e) {
                // An upload was valid when accepted; it can only clash with a version shipped since, or name an
                // indicator the monitoring of this release no longer computes. The application still starts
                // (the other versions judge deliveries) and the administrator sees the problem on the catalogue
                // page; the row stays, as the trail of the upload.
                log.error("Versione del repertorio caricata {} non registrata all'avvio: {}", upload.versionId(),
                        e.getMessage());
                skipped.add(upload.versionId() + ": " + e.getMessage());
            }
        }
        this.versions = new AtomicReference<>(registry);
        this.programmes = new AtomicReference<>(Programmes.loadFromClasspath(Catalogue.class.getClassLoader(), registry));
        this.clock = clock;
        this.skippedUploads = List.copyOf(skipped);
        this.indicatorChecks = indicatorChecks;
    }

    /** Every version, old ones included. */
    public CatalogueVersions versions() {
        return versions.get();
    }

    public Optional<CatalogueVersion> inForceOn(LocalDate date) {
        return versions.get().inForceOn(date);
    }

    /**
     * The uploaded versions that could not be registered again at start-up, each with the reason: they
     * clash with a version shipped since they were uploaded. Empty in the normal case.
     */
    public List<String> skippedUploads() {
        return skippedUploads;
    }

    /** Today, on the application's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The version in force today, for pages that show "the" standard. */
    public Optional<CatalogueVersion> current() {
        return inForceOn(LocalDate.now(clock));
    }

    /** A rule engine over the current registry, speaking the given language. */
    public RuleEngine ruleEngine(Locale locale) {
        return new RuleEngine(versions.get(), programmes.get(), locale);
    }

    /** Every programme layered on the versions (shipped, then uploaded). */
    public Programmes programmes() {
        return programmes.get();
    }

    /**
     * Adds a programme, checked against the versions; the registry in force is untouched when it is refused.
     *
     * @throws CatalogueVersionConflictException when its code is registered
     * @throws InvalidCatalogueVersionException  when it does not fit its base version
     */
    public Programmes register(Programme programme) {
        return programmes.updateAndGet(registry -> registry.withProgramme(programme, versions.get()));
    }

    /**
     * Why the indicators of the version cannot be computed, one problem per indicator with its place in the
     * file; empty when every module computing the indicators can compute them all.
     */
    List<String> uncomputableIndicators(CatalogueVersion version) {
        return indicatorChecks.problems(version);
    }

    /**
     * Adds a version, validated and checked against the others; the registry in force is untouched when
     * the version is refused.
     *
     * @throws CatalogueVersionConflictException when it clashes with a registered version
     */
    public CatalogueVersions register(CatalogueVersion version) {
        return versions.updateAndGet(registry -> registry.withVersion(version));
    }
}
