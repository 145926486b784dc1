package it.retelavoro.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The catalogue other modules ask: the versions of the repertorio known to this installation, the one
 * in force on a date, and the rule engine that judges a delivery by it.
 *
 * <p>Starts from the versions shipped on the classpath ({@value CatalogueVersions#CLASSPATH_FOLDER}).
 * A version added later replaces the registry atomically: a check in progress keeps the registry it
 * started with, so it never sees half a change.
 */
@Service
public class Catalogue {

    private final AtomicReference<CatalogueVersions> versions;
    private final Clock clock;

    @Autowired
    Catalogue(Clock clock) {
        this(CatalogueVersions.loadFromClasspath(Catalogue.class.getClassLoader()), clock);
    }

    Catalogue(CatalogueVersions shipped, Clock clock) {
        this.versions = new AtomicReference<>(shipped);
        this.clock = clock;
    }

    /** Every version, old ones included. */
    public CatalogueVersions versions() {
        return versions.get();
    }

    public Optional<CatalogueVersion> inForceOn(LocalDate date) {
        return versions.get().inForceOn(date);
    }

    /** The version in force today, for pages that show "the" standard. */
    public Optional<CatalogueVersion> current() {
        return inForceOn(LocalDate.now(clock));
    }

    /** A rule engine over the current registry, speaking the given language. */
    public RuleEngine ruleEngine(Locale locale) {
        return new RuleEngine(versions.get(), locale);
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
