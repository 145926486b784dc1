package it.retelavoro.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of the repertorio, as adopted by one regional act: the ten services, the complex
 * targets, the cultural mediation, the CPI-exclusive functions and the monitoring indicators. A version
 * is complete and consistent by construction (see {@link CatalogueVersionReader} for the checks).
 *
 * @param id                the version id, also the name of its data file
 * @param act               the regional act the version comes from
 * @param validFrom         first day in force
 * @param validTo           last day in force, empty when open-ended
 * @param description       what the version is
 * @param services          all ten services, by code
 * @param targets           all complex targets
 * @param functions         all CPI-exclusive functions
 * @param indicators        the monitoring indicators, in the order of the text
 * @param culturalMediation the transversal cultural mediation rule
 * @param severities        which rules are advice ({@code severities}); every other rule is blocking
 * @param targetExempt      the services the complex targets' preconditions never judge
 *                          ({@code serviziSenzaPrecondizioniTarget}: A.1, open to anyone at the counter)
 * @param backdatedRegistrationDays how many days before the day of its registration an act may be dated
 *                          ({@code backdatedRegistrationDays} in the file, {@value #DEFAULT_BACKDATED_REGISTRATION_DAYS}
 *                          when absent)
 * @param didEmploymentRules what a job told by the Comunicazioni Obbligatorie does to the DID
 *                          ({@code effettiOccupazioneDid} in the file, {@link DidEmploymentRules#DEFAULT} when absent)
 * @param conditionality    the measures for a benefit recipient's unjustified absences ({@code condizionalita} in the
 *                          file, {@link ConditionalityRules#DEFAULT} when absent)
 */
public record CatalogueVersion(String id, String act, LocalDate validFrom, Optional<LocalDate> validTo,
        String description, Map<ServiceCode, ServiceStandard> services, Map<ComplexTarget, TargetPreconditions> targets,
        Map<CpiExclusiveFunction, CpiFunctionRule> functions, List<Indicator> indicators,
        CulturalMediation culturalMediation, Severities severities, java.util.Set<ServiceCode> targetExempt,
        int backdatedRegistrationDays, DidEmploymentRules didEmploymentRules, ConditionalityRules conditionality) {

    /** The limit of back-dated registrations of a version whose file does not set one (issue 13). */
    public static final int DEFAULT_BACKDATED_REGISTRATION_DAYS = 60;

    public CatalogueVersion {
        if (backdatedRegistrationDays < 0) {
            throw new IllegalArgumentException("backdatedRegistrationDays non può essere negativo: "
                    + backdatedRegistrationDays);
        }
        Objects.requireNonNull(didEmploymentRules, "effettiOccupazioneDid");
        Objects.requireNonNull(conditionality, "condizionalita");
        Copies.requireText(id, "id");
        Copies.requireText(act, "act");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        Copies.requireText(description, "description");
        services = Copies.enumMap(ServiceCode.class, services, "servizi");
        targets = Copies.enumMap(ComplexTarget.class, targets, "targetComplessi");
        functions = Copies.enumMap(CpiExclusiveFunction.class, functions, "funzioniEsclusiveCpi");
        indicators = List.copyOf(indicators);
        Objects.requireNonNull(culturalMediation, "mediazioneCulturale");
        Objects.requireNonNull(severities, "severities");
        targetExempt = Copies.enumSet(ServiceCode.class, targetExempt, "serviziSenzaPrecondizioniTarget");
        List<String> problems = CatalogueConsistency.problemsOf(id, validFrom, validTo, services, targets, functions,
                indicators);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Versione del repertorio incoerente: " + String.join("; ", problems));
        }
    }

    /** A version where every rule is blocking, every service is judged by the targets' preconditions, with the
     * default limit of back-dated registrations. */
    public CatalogueVersion(String id, String act, LocalDate validFrom, Optional<LocalDate> validTo,
            String description, Map<ServiceCode, ServiceStandard> services,
            Map<ComplexTarget, TargetPreconditions> targets, Map<CpiExclusiveFunction, CpiFunctionRule> functions,
            List<Indicator> indicators, CulturalMediation culturalMediation) {
        this(id, act, validFrom, validTo, description, services, targets, functions, indicators, culturalMediation,
                Severities.allBlocking(), java.util.Set.of(), DEFAULT_BACKDATED_REGISTRATION_DAYS,
                DidEmploymentRules.DEFAULT, ConditionalityRules.DEFAULT);
    }

    /** A version with its severities and exempt services, with the default limit of back-dated registrations. */
    public CatalogueVersion(String id, String act, LocalDate validFrom, Optional<LocalDate> validTo,
            String description, Map<ServiceCode, ServiceStandard> services,
            Map<ComplexTarget, TargetPreconditions> targets, Map<CpiExclusiveFunction, CpiFunctionRule> functions,
            List<Indicator> indicators, CulturalMediation culturalMediation, Severities severities,
            java.util.Set<ServiceCode> targetExempt) {
        this(id, act, validFrom, validTo, description, services, targets, functions, indicators, culturalMediation,
                severities, targetExempt, DEFAULT_BACKDATED_REGISTRATION_DAYS, DidEmploymentRules.DEFAULT, ConditionalityRules.DEFAULT);
    }

    /** A version where every rule is blocking and every service judged by the targets, with its back-dating limit. */
    public CatalogueVersion(String id, String act, LocalDate validFrom, Optional<LocalDate> validTo,
            String description, Map<ServiceCode, ServiceStandard> services,
            Map<ComplexTarget, TargetPreconditions> targets, Map<CpiExclusiveFunction, CpiFunctionRule> functions,
            List<Indicator> indicators, CulturalMediation culturalMediation, int backdatedRegistrationDays) {
        this(id, act, validFrom, validTo, description, services, targets, functions, indicators, culturalMediation,
                Severities.allBlocking(), java.util.Set.of(), backdatedRegistrationDays, DidEmploymentRules.DEFAULT, ConditionalityRules.DEFAULT);
    }

    /** Whether the complex targets' preconditions judge a delivery of the service. */
    public boolean judgesTargetsOf(ServiceCode service) {
        return !targetExempt.contains(service);
    }

    /** Whether an act dated {@code date} and registered on {@code registeredOn} is back-dated beyond the limit. */
    public boolean isBackdatedTooFar(LocalDate date, LocalDate registeredOn) {
        return date.isBefore(registeredOn.minusDays(backdatedRegistrationDays));
    }

    /** The service of this version; every version has all ten. */
    public ServiceStandard service(ServiceCode code) {
        return services.get(Objects.requireNonNull(code, "code"));
    }

    /** The preconditions of a complex target; every version has all of them. */
    public TargetPreconditions target(ComplexTarget target) {
        return targets.get(Objects.requireNonNull(target, "target"));
    }

    /** The CPI-exclusive function as this version describes it; every version has all of them. */
    public CpiFunctionRule function(CpiExclusiveFunction function) {
        return functions.get(Objects.requireNonNull(function, "function"));
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(indicator -> indicator.code().equals(code)).findFirst();
    }

    /** Whether the version is in force on the date: from validFrom to validTo, both included. */
    public boolean isInForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(validFrom) && validTo.map(end -> !date.isAfter(end)).orElse(true);
    }

    /** This version ending on the given day, as a later version closes it. */
    CatalogueVersion endingOn(LocalDate lastDay) {
        return new CatalogueVersion(id, act, validFrom, Optional.of(lastDay), description, services, targets, functions,
                indicators, culturalMediation, severities, targetExempt, backdatedRegistrationDays, didEmploymentRules,
                conditionality);
    }
}
