package it.retelavoro.network;

import it.retelavoro.audit.AuditLog;
import it.retelavoro.catalogue.Catalogue;
import it.retelavoro.catalogue.CatalogueVersion;
import it.retelavoro.catalogue.CatalogueVersions;
import it.retelavoro.catalogue.Competence;
import it.retelavoro.catalogue.ComplexTarget;
import it.retelavoro.catalogue.CpiExclusiveFunction;
import it.retelavoro.catalogue.CpiFunctionRule;
import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.RuleEngine;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.catalogue.ServiceStandard;
import it.retelavoro.catalogue.SiteFeature;
import it.retelavoro.network.ComplianceReport.CompetenceFit;
import it.retelavoro.network.ComplianceReport.Coverage;
import it.retelavoro.network.ComplianceReport.ExclusiveFunction;
import it.retelavoro.network.ComplianceReport.OperatorCompliance;
import it.retelavoro.network.ComplianceReport.OrganisationCompliance;
import it.retelavoro.network.ComplianceReport.ServiceHeading;
import it.retelavoro.network.ComplianceReport.ServiceInMode;
import it.retelavoro.network.ComplianceReport.ServiceSites;
import it.retelavoro.network.ComplianceReport.SiteCompliance;
import it.retelavoro.network.ComplianceReport.TargetFit;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.NotFoundException;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.OrganisationKind;
import it.retelavoro.shared.Role;
import it.retelavoro.shared.SiteId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compliance of the network with the repertorio: which services each site may host and which complex
 * targets each operator may serve, and what is missing for the rest.
 *
 * <p>Every judgement comes from the catalogue version in force on the day asked (today by default): the
 * site features each scheda asks for in each mode, the competences each complex target and the cultural
 * mediation ask of the operator, and the rule engine's verdict on the CPI-exclusive functions. Nothing
 * here knows a service or a target by name. Only administrators and analysts may read it, since it spans
 * organisations; every reading is audited.
 */
@Service
@Transactional
public class NetworkCompliance {

    static final String AUDIT_ACTION = "COMPLIANCE_READ";

    private final OrganisationRepository organisations;
    private final SiteRepository sites;
    private final UserAccountRepository users;
    private final Catalogue catalogue;
    private final AuditLog audit;
    private final Clock clock;
    private final ObjectProvider<AdvisoryCounts> advisoryCounts;

    NetworkCompliance(OrganisationRepository organisations, SiteRepository sites, UserAccountRepository users,
            Catalogue catalogue, AuditLog audit, Clock clock, ObjectProvider<AdvisoryCounts> advisoryCounts) {
        this.advisoryCounts = advisoryCounts;
        this.organisations = organisations;
        this.sites = sites;
        this.users = users;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The compliance of one organisation, or of every organisation that delivers services when
     * {@code organisation} is empty, by the catalogue version in force on {@code date} (today when empty).
     *
     * @throws AccessDeniedException when the caller is not an administrator or an analyst
     * @throws NotFoundException     when the organisation does not exist
     * @throws InvalidInputException when no catalogue version is in force on the date
     */
    public ComplianceReport report(Optional<OrganisationId> organisation, Optional<LocalDate> date,
            CurrentUser caller) {
        if (caller.role() != Role.ADMIN && caller.role() != Role.ANALYST) {
            audit.denied(AUDIT_ACTION, "ORGANISATION", organisation.orElse(null));
            throw new AccessDeniedException("Solo amministratori e analisti leggono la conformità della rete");
        }
        List<Organisation> chosen = organisation
                .map(id -> List.of(organisations.findById(id)
                        .orElseThrow(() -> new NotFoundException("organisation", id))))
                .orElseGet(() -> organisations.findAllOrdered().stream()
                        .filter(candidate -> candidate.kind().deliversServices()).toList());
        LocalDate day = date.orElseGet(() -> LocalDate.now(clock));
        // One snapshot of the registry for the version and the engine, so both judge by the same rules.
        CatalogueVersions registry = catalogue.versions();
        CatalogueVersion version = registry.inForceOn(day)
                .orElseThrow(() -> InvalidInputException.of("date", "compliance.no-catalogue-version", day));
        Assessor assessor = new Assessor(version, new RuleEngine(registry), day);
        List<OrganisationCompliance> reported = chosen.stream()
                .map(each -> assessor.organisation(each, sites.findByOrganisation(each.id()),
                        users.findByOrganisation(each.id())))
                .toList();
        reported = withAdvisoryCounts(reported);
        audit.success(AUDIT_ACTION, "ORGANISATION", organisation.orElse(null));
        return new ComplianceReport(day, version.id(), headings(version), reported);
    }

    /** Each organisation with its deliveries registered with advisories, as the delivering modules count them. */
    private List<OrganisationCompliance> withAdvisoryCounts(List<OrganisationCompliance> reported) {
        List<OrganisationId> ids = reported.stream().map(OrganisationCompliance::id).toList();
        Map<OrganisationId, Long> counts = new HashMap<>();
        advisoryCounts.orderedStream().forEach(source -> source.deliveriesWithAdvisories(ids)
                .forEach((id, count) -> counts.merge(id, count, Long::sum)));
        return reported.stream()
                .map(each -> each.withDeliveriesWithAdvisories(counts.getOrDefault(each.id(), 0L))).toList();
    }

    /**
     * The sites of the organisations that deliver services, with the services each may host today: public
     * facts of the network for the portal, so no caller is needed and nothing about operators is included.
     */
    @Transactional(readOnly = true)
    public List<PublicSite> publicDirectory() {
        LocalDate day = LocalDate.now(clock);
        CatalogueVersions registry = catalogue.versions();
        Optional<CatalogueVersion> version = registry.inForceOn(day);
        if (version.isEmpty()) {
            return List.of();
        }
        Assessor assessor = new Assessor(version.get(), new RuleEngine(registry), day);
        return organisations.findAllOrdered().stream().filter(each -> each.kind().deliversServices())
                .flatMap(each -> sites.findByOrganisation(each.id()).stream()
                        .map(site -> new PublicSite(each.name(), each.kind(), site.name(), site.address(),
                                site.comuneCode(), assessor.site(site).hostedServices(), site.contacts())))
                .toList();
    }

    /** The organisations a report may be filtered by: those that deliver services. */
    @Transactional(readOnly = true)
    public List<Organisation> organisationsToFilter(CurrentUser caller) {
        if (!caller.seesWholeRegion()) {
            return List.of();
        }
        return organisations.findAllOrdered().stream().filter(each -> each.kind().deliversServices()).toList();
    }

    private static List<ServiceHeading> headings(CatalogueVersion version) {
        return Arrays.stream(ServiceCode.values())
                .map(code -> new ServiceHeading(code, version.service(code).title(), modes(version.service(code))))
                .toList();
    }

    /** The modes a service allows, in the order of the enum so that every report lists them alike. */
    static List<DeliveryMode> modes(ServiceStandard service) {
        return Arrays.stream(DeliveryMode.values()).filter(service.allowedModes()::contains).toList();
    }

    /** The judgements of one catalogue version on one day; plain Java, so it can be tested without Spring. */
    static final class Assessor {

        private final CatalogueVersion version;
        private final RuleEngine rules;
        private final LocalDate day;

        Assessor(CatalogueVersion version, RuleEngine rules, LocalDate day) {
            this.version = version;
            this.rules = rules;
            this.day = day;
        }

        OrganisationCompliance organisation(Organisation organisation, List<Site> itsSites, List<UserAccount> itsUsers) {
            List<SiteCompliance> siteCompliance = itsSites.stream().map(this::site).toList();
            Map<SiteId, SiteCompliance> bySite = siteCompliance.stream()
                    .collect(Collectors.toMap(SiteCompliance::id, Function.identity()));
            List<OperatorCompliance> operators = itsUsers.stream()
                    .filter(user -> user.role() == Role.OPERATOR && user.enabled())
                    .map(user -> operator(user, organisation.kind(), siteCompliance, bySite))
                    .toList();
            return new OrganisationCompliance(organisation.id(), organisation.name(), organisation.kind(),
                    exclusiveFunctions(organisation.kind()), summary(siteCompliance), siteCompliance, operators);
        }

        SiteCompliance site(Site site) {
            Set<SiteFeature> has = site.features();
            List<ServiceInMode> services = new ArrayList<>();
            for (ServiceCode code : ServiceCode.values()) {
                ServiceStandard service = version.service(code);
                for (DeliveryMode mode : modes(service)) {
                    services.add(new ServiceInMode(code, mode, lacking(service.requiredSiteFeatures(mode), has)));
                }
            }
            return new SiteCompliance(site.id(), site.name(), site.comuneCode(), services);
        }

        OperatorCompliance operator(UserAccount user, OrganisationKind kind, List<SiteCompliance> organisationSites,
                Map<SiteId, SiteCompliance> bySite) {
            Set<Competence> has = user.competences();
            List<TargetFit> targets = Arrays.stream(ComplexTarget.values())
                    .map(target -> new TargetFit(target, lacking(version.target(target).operatorCompetences(), has),
                            version.target(target).cpiExclusiveFunction().map(function -> exclusive(function, kind))))
                    .toList();
            CompetenceFit mediation = new CompetenceFit(lacking(version.culturalMediation().operatorCompetences(), has));
            // The operator's sites in the organisation's order (by name), not in the order of a hash set.
            List<SiteId> theirSites = organisationSites.stream().map(SiteCompliance::id).filter(user::worksAt).toList();
            List<ServiceSites> services = Arrays.stream(ServiceCode.values())
                    .map(code -> new ServiceSites(code,
                            theirSites.stream().filter(site -> bySite.get(site).hosts(code)).toList()))
                    .toList();
            return new OperatorCompliance(user.id(), user.username(), user.fullName(), theirSites, targets, mediation,
                    services);
        }

        List<ExclusiveFunction> exclusiveFunctions(OrganisationKind kind) {
            return Arrays.stream(CpiExclusiveFunction.values()).map(function -> exclusive(function, kind)).toList();
        }

        private ExclusiveFunction exclusive(CpiExclusiveFunction function, OrganisationKind kind) {
            CpiFunctionRule rule = version.function(function);
            boolean allowed = rules.checkFunction(function, kind, day).isAllowed();
            return new ExclusiveFunction(function, rule.label(), rule.legalReference(), allowed);
        }

        private List<Coverage> summary(List<SiteCompliance> siteCompliance) {
            List<Coverage> coverage = new ArrayList<>();
            for (ServiceCode code : ServiceCode.values()) {
                for (DeliveryMode mode : modes(version.service(code))) {
                    int met = (int) siteCompliance.stream()
                            .filter(site -> site.of(code).stream().anyMatch(each -> each.mode() == mode && each.met()))
                            .count();
                    coverage.add(new Coverage(code, mode, met, siteCompliance.size()));
                }
            }
            return coverage;
        }

        /** What is required and not had, in the order of the enum. */
        private static <E extends Enum<E>> List<E> lacking(Collection<E> required, Set<E> had) {
            if (required.isEmpty()) {
                return List.of();
            }
            EnumSet<E> missing = EnumSet.copyOf(required);
            missing.removeAll(had);
            return List.copyOf(missing);
        }
    }
}
