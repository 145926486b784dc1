package it.retelavoro.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import it.retelavoro.shared.OrganisationKind;

/**
 * The rules of the repertorio a delivery must respect, one policy per field of the scheda (or part of
 * the repertorio) it comes from. Each one names its source in the violations it reports.
 */
final class DeliveryPolicies {

    static final String MODE_AND_DURATION = "modalitaDurata";
    static final String ACCESS = "modalitaAccesso";
    static final String OUTPUT = "output";
    static final String TECHNICAL_STRUCTURAL = "precondizioni.tecnicoStrutturali";
    static final String PROFESSIONAL = "precondizioni.professionali";
    static final String TARGETS = "targetComplessi.";
    static final String CULTURAL_MEDIATION = "mediazioneCulturale";
    static final String CPI_FUNCTIONS = "funzioniEsclusiveCpi";

    private DeliveryPolicies() {
    }

    static List<DeliveryPolicy> all() {
        return List.of(DeliveryPolicies::modeAndDuration, DeliveryPolicies::access, DeliveryPolicies::outputs,
                DeliveryPolicies::siteFeatures, DeliveryPolicies::operator, DeliveryPolicies::cpiExclusiveFunctions);
    }

    /** MODALITÀ E DURATA: an allowed mode, enough meetings, enough minutes, a group's reason. */
    static void modeAndDuration(DeliveryCheck request, ServiceStandard service, CatalogueVersion version,
            Findings findings) {
        ModeAndDuration.check(request, service, version, findings);
    }

    /**
     * MODALITÀ DI ACCESSO: one of the services before it on or before the date (or in the same sitting
     * where the scheda says "contestualmente"), and every condition met.
     */
    static void access(DeliveryCheck request, ServiceStandard service, CatalogueVersion version, Findings findings) {
        AccessRule rule = service.access();
        RuleSource source = RuleSource.of(service.code(), ACCESS, version);
        if (rule.requiresPriorService()) {
            boolean before = rule.afterAnyOf().stream().anyMatch(prior -> request.history().received(prior, request.date()));
            boolean together = rule.togetherWith().stream().anyMatch(request.togetherWith()::contains);
            if (!before && !together) {
                boolean togetherAllowed = rule.togetherWith().containsAll(rule.afterAnyOf());
                findings.add(ViolationCode.ACCESS_RULE, togetherAllowed ? "access-prior-or-together" : "access-prior",
                        source, RequestField.HISTORY, service.code(), List.copyOf(rule.afterAnyOf()), request.date());
            }
        }
        for (AccessCondition condition : rule.conditions()) {
            if (!conditionHolds(condition, request)) {
                findings.add(ViolationCode.ACCESS_RULE, "access-condition", source, RequestField.HISTORY,
                        service.code(), condition, request.date());
            }
        }
    }

    /**
     * A condition holds when the history has it on or before the date, or when the service that
     * establishes it is in the same sitting and the registration carries the establishing output: a
     * Patto signed in an A.2 of the same sitting opens A.3 as one signed the week before would.
     */
    static boolean conditionHolds(AccessCondition condition, DeliveryCheck request) {
        if (request.history().hasMet(condition, request.date())) {
            return true;
        }
        return condition.establishedBy().filter(request.togetherWith()::contains).isPresent()
                && condition.establishingOutput().filter(request.outputs()::contains).isPresent();
    }

    /** OUTPUT: every required output, and those required because of another one carried. */
    static void outputs(DeliveryCheck request, ServiceStandard service, CatalogueVersion version, Findings findings) {
        RuleSource source = RuleSource.of(service.code(), OUTPUT, version);
        for (OutputRule output : service.outputs()) {
            if (output.isRequiredGiven(request.outputs(), request.mode()) && !request.outputs().contains(output.code())) {
                if (output.required()) {
                    findings.add(ViolationCode.OUTPUT_MISSING, "output-missing", source, RequestField.OUTPUTS,
                            service.code(), output.code());
                } else {
                    findings.add(ViolationCode.OUTPUT_MISSING, "output-missing-when", source, RequestField.OUTPUTS,
                            service.code(), output.code(), output.requiredWhen().orElseThrow());
                }
            }
        }
    }

    /** PRE CONDIZIONI TECNICO-STRUTTURALI: the site has every feature the service needs in the mode. */
    static void siteFeatures(DeliveryCheck request, ServiceStandard service, CatalogueVersion version,
            Findings findings) {
        RuleSource source = RuleSource.of(service.code(), TECHNICAL_STRUCTURAL, version);
        for (SiteFeature feature : service.siteFeatures()) {
            if (!request.site().features().contains(feature)) {
                findings.add(ViolationCode.SITE_PRECONDITION, "site-feature-missing", source, RequestField.SITE,
                        service.code(), feature);
            }
        }
        for (SiteFeature feature : service.siteFeaturesByMode().getOrDefault(request.mode(), Set.of())) {
            if (!request.site().features().contains(feature) && !service.siteFeatures().contains(feature)) {
                findings.add(ViolationCode.SITE_PRECONDITION, "site-feature-missing-in-mode", source,
                        RequestField.SITE, service.code(), feature, request.mode());
            }
        }
    }

    /**
     * PRE CONDIZIONI PROFESSIONALI: an operator assigned to the site; unless the version exempts the service
     * (A.1), for each complex target of the person the competences the table asks and, where the version reads
     * "conoscenza lingue straniere" as the person's language, that language spoken by the operator or the
     * named mediator; for a person who needs it, intercultural mediation, given by the operator or by a named
     * mediator ("azione trasversale e di supporto"). Each finding takes the severity of its source.
     */
    static void operator(DeliveryCheck request, ServiceStandard service, CatalogueVersion version, Findings findings) {
        OperatorProfile operator = request.operator();
        if (!operator.assignedToSite()) {
            findings.add(ViolationCode.OPERATOR_PRECONDITION, "operator-not-assigned",
                    RuleSource.of(service.code(), PROFESSIONAL, version), RequestField.OPERATOR, service.code());
        }
        if (!version.judgesTargetsOf(service.code())) {
            return;
        }
        for (ComplexTarget target : request.recipient().targets()) {
            RuleSource source = RuleSource.of(service.code(), TARGETS + target.name(), version);
            TargetPreconditions preconditions = version.target(target);
            for (Competence competence : preconditions.askedCompetences()) {
                if (!operator.competences().contains(competence)) {
                    findings.add(ViolationCode.OPERATOR_PRECONDITION, "operator-target-competence", source,
                            RequestField.OPERATOR, service.code(), target, competence);
                }
            }
            if (preconditions.personLanguage()) {
                personLanguage(request, service, source, target, findings);
            }
        }
        if (request.recipient().needsCulturalMediation()) {
            RuleSource source = RuleSource.of(service.code(), CULTURAL_MEDIATION, version);
            Set<Competence> asked = version.culturalMediation().operatorCompetences();
            boolean mediated = request.mediator().filter(mediator -> mediator.mediates(asked)).isPresent();
            for (Competence competence : asked) {
                if (!mediated && !operator.competences().contains(competence)) {
                    findings.add(ViolationCode.OPERATOR_PRECONDITION, "operator-cultural-mediation", source,
                            RequestField.OPERATOR, service.code(), competence);
                }
            }
        }
    }

    /** The person's language, when recorded, spoken by the operator or by the named mediator. */
    private static void personLanguage(DeliveryCheck request, ServiceStandard service, RuleSource source,
            ComplexTarget target, Findings findings) {
        request.recipient().language().ifPresent(language -> {
            boolean spoken = request.operator().languages().contains(language)
                    || request.mediator().filter(mediator -> mediator.languages().contains(language)).isPresent();
            if (!spoken) {
                findings.add(ViolationCode.OPERATOR_PRECONDITION, "operator-person-language", source,
                        RequestField.OPERATOR, service.code(), target, new Locale(language));
            }
        });
    }

    /** FUNZIONI ESCLUSIVE CPI: any such function exercised by an organisation that is not a CPI. */
    static void cpiExclusiveFunctions(DeliveryCheck request, ServiceStandard service, CatalogueVersion version,
            Findings findings) {
        for (CpiExclusiveFunction function : request.functions()) {
            cpiExclusive(function, request.operator().organisationKind(), Optional.of(service.code()), version,
                    findings);
        }
    }

    static void cpiExclusive(CpiExclusiveFunction function, OrganisationKind organisation, Optional<ServiceCode> service,
            CatalogueVersion version, Findings findings) {
        if (organisation != OrganisationKind.CPI) {
            CpiFunctionRule rule = version.function(function);
            findings.add(ViolationCode.CPI_EXCLUSIVE, "cpi-exclusive",
                    new RuleSource(service, CPI_FUNCTIONS, Optional.of(version.id())), RequestField.FUNCTIONS,
                    function, rule.legalReference(), organisation);
        }
    }
}
