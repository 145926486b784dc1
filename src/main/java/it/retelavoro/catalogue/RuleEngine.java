package it.retelavoro.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import it.retelavoro.shared.OrganisationKind;

/**
 * Judges whether a service may be delivered and registered as described, against the catalogue version
 * in force on the day of the delivery. Plain Java, immutable, safe to share.
 *
 * <p>{@link #check(DeliveryCheck)} returns every violation at once: mode and duration, access, outputs,
 * site, operator and CPI-exclusive functions, then the rules of the programme the delivery is registered under
 * ({@link ProgrammePolicies}). A day with no version in force gives a single
 * {@link ViolationCode#NO_CATALOGUE_VERSION} violation, since there are no rules to apply. Dates in the
 * future are not judged here: the calling module refuses them first (see {@link #isInTheFuture}).
 */
public final class RuleEngine {

    private final CatalogueVersions versions;
    private final Programmes programmes;
    private final Locale locale;
    private final List<DeliveryPolicy> policies = DeliveryPolicies.all();

    /** An engine answering in Italian. */
    public RuleEngine(CatalogueVersions versions) {
        this(versions, CatalogueMessages.DEFAULT_LOCALE);
    }

    /** An engine answering in the given locale (Italian when the locale has no bundle). */
    public RuleEngine(CatalogueVersions versions, Locale locale) {
        this(versions, Programmes.empty(), locale);
    }

    /** An engine that also judges deliveries registered under the programmes, in the given locale. */
    public RuleEngine(CatalogueVersions versions, Programmes programmes, Locale locale) {
        this.versions = Objects.requireNonNull(versions, "versions");
        this.programmes = Objects.requireNonNull(programmes, "programmes");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /** Every rule the delivery breaks, with messages in the engine's locale; none when it is allowed. */
    public Verdict check(DeliveryCheck request) {
        return check(request, locale);
    }

    /** Every rule the delivery breaks, with messages in the given locale; none when it is allowed. */
    public Verdict check(DeliveryCheck request, Locale locale) {
        Objects.requireNonNull(request, "request");
        Findings findings = new Findings(locale);
        Optional<CatalogueVersion> version = versions.inForceOn(request.date());
        if (version.isEmpty()) {
            noVersion(request.date(), Optional.of(request.service()), findings);
            return new Verdict(Optional.empty(), findings.violations());
        }
        ServiceStandard service = version.get().service(request.service());
        for (DeliveryPolicy policy : policies) {
            policy.apply(request, service, version.get(), findings);
        }
        ProgrammePolicies.check(request, version.get(), programmes, findings);
        return new Verdict(Optional.of(version.get().id()), findings.violations());
    }

    /**
     * Whether an organisation of the kind may exercise a CPI-exclusive function on the date (a DID
     * certification, an act of collocamento mirato, ...), outside any standard service.
     */
    public Verdict checkFunction(CpiExclusiveFunction function, OrganisationKind organisation, LocalDate date) {
        return checkFunction(function, organisation, date, locale);
    }

    /** As {@link #checkFunction(CpiExclusiveFunction, OrganisationKind, LocalDate)}, in the given locale. */
    public Verdict checkFunction(CpiExclusiveFunction function, OrganisationKind organisation, LocalDate date,
            Locale locale) {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(organisation, "organisation");
        Findings findings = new Findings(locale);
        Optional<CatalogueVersion> version = versions.inForceOn(Objects.requireNonNull(date, "date"));
        if (version.isEmpty()) {
            noVersion(date, Optional.empty(), findings);
            return new Verdict(Optional.empty(), findings.violations());
        }
        DeliveryPolicies.cpiExclusive(function, organisation, Optional.empty(), version.get(), findings);
        return new Verdict(Optional.of(version.get().id()), findings.violations());
    }

    /** Whether the date is after today on the clock: such deliveries cannot be registered yet. */
    public static boolean isInTheFuture(LocalDate date, Clock clock) {
        return date.isAfter(LocalDate.now(clock));
    }

    private static void noVersion(LocalDate date, Optional<ServiceCode> service, Findings findings) {
        findings.add(ViolationCode.NO_CATALOGUE_VERSION, "no-version",
                new RuleSource(service, "validita", Optional.empty()), RequestField.DATE, date);
    }
}
