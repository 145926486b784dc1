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
 * <p>{@link #check(DeliveryCheck)} returns every finding at once, each with the severity the version gives its
 * rule (an advisory finding never makes {@link Verdict#isAllowed()} false): mode and duration, access, outputs,
 * site, operator and CPI-exclusive functions, back-dating, then the rules of the programme the delivery is
 * registered under ({@link ProgrammePolicies}, always blocking unless the version says otherwise). A day with no
 * version in force gives a single
 * {@link ViolationCode#NO_CATALOGUE_VERSION} violation, since there are no rules to apply. Dates in the
 * future are not judged here: the calling module refuses them first (see {@link #isInTheFuture}).
 */
public final class RuleEngine {

    /** The field of the catalogue file the back-dating rule comes from. */
    static final String BACKDATED_FIELD = "backdatedRegistrationDays";

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
        Optional<CatalogueVersion> version = versions.inForceOn(request.date());
        if (version.isEmpty()) {
            Findings findings = new Findings(locale);
            noVersion(request.date(), Optional.of(request.service()), findings);
            return new Verdict(Optional.empty(), findings.violations());
        }
        Findings findings = new Findings(locale, version.get().severities());
        ServiceStandard service = version.get().service(request.service());
        for (DeliveryPolicy policy : policies) {
            policy.apply(request, service, version.get(), findings);
        }
        if (request.registeredOn() != null) {
            backdating(request.date(), request.registeredOn(), Optional.of(request.service()), version.get(), findings);
        }
        ProgrammePolicies.check(request, version.get(), programmes, findings);
        return new Verdict(Optional.of(version.get().id()), findings.violations());
    }

    /**
     * Whether an act dated {@code date} (a DID, a Patto, an event, a vacancy, a referral) may still be registered
     * on {@code registeredOn}: {@link ViolationCode#BACKDATED_TOO_FAR} when it is dated more than the version's
     * {@code backdatedRegistrationDays} before. No violation when no version is in force (nothing to judge by).
     */
    public Verdict checkRegistrationDate(LocalDate date, LocalDate registeredOn, Locale locale) {
        Findings findings = new Findings(locale);
        Optional<CatalogueVersion> version = versions.inForceOn(Objects.requireNonNull(registeredOn, "registeredOn"))
                .or(() -> versions.inForceOn(Objects.requireNonNull(date, "date")));
        version.ifPresent(judging -> backdating(date, registeredOn, Optional.empty(), judging, findings));
        return new Verdict(version.map(CatalogueVersion::id), findings.violations());
    }

    /**
     * The limit of back-dating is a rule about registering, not about the service: the version in force on the
     * day of the registration sets it (the delivery's own version when none is in force that day).
     */
    private void backdating(LocalDate date, LocalDate registeredOn, Optional<ServiceCode> service,
            CatalogueVersion deliveryVersion, Findings findings) {
        CatalogueVersion version = versions.inForceOn(registeredOn).orElse(deliveryVersion);
        if (version.isBackdatedTooFar(date, registeredOn)) {
            findings.add(ViolationCode.BACKDATED_TOO_FAR, "backdated-too-far",
                    new RuleSource(service, BACKDATED_FIELD, Optional.of(version.id())), RequestField.DATE, date,
                    version.backdatedRegistrationDays(), registeredOn);
        }
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
        Optional<CatalogueVersion> version = versions.inForceOn(Objects.requireNonNull(date, "date"));
        if (version.isEmpty()) {
            Findings findings = new Findings(locale);
            noVersion(date, Optional.empty(), findings);
            return new Verdict(Optional.empty(), findings.violations());
        }
        Findings findings = new Findings(locale, version.get().severities());
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
