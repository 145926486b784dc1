package it.retelavoro.network;

import it.retelavoro.catalogue.Competence;
import it.retelavoro.catalogue.ComplexTarget;
import it.retelavoro.catalogue.CpiExclusiveFunction;
import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.catalogue.SiteFeature;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.OrganisationKind;
import it.retelavoro.shared.SiteId;
import it.retelavoro.shared.UserId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The compliance of (part of) the network with the catalogue version in force on a day: for each site,
 * which services it may host in which mode and which site features it lacks; for each operator, which
 * complex targets they may serve, which competences they lack, and which services they may deliver at
 * which of their sites. Built by {@link NetworkCompliance}; every list is in a stable order (services
 * A1..B4, modes and features in the order of their enums, organisations and sites by name).
 *
 * @param date             the day the catalogue version was chosen for
 * @param catalogueVersion the id of the catalogue version in force that day
 * @param services         the ten services of that version, with their titles and allowed modes
 * @param organisations    the organisations reported on
 */
public record ComplianceReport(LocalDate date, String catalogueVersion, List<ServiceHeading> services,
        List<OrganisationCompliance> organisations) {

    public ComplianceReport {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(catalogueVersion, "catalogueVersion");
        services = List.copyOf(services);
        organisations = List.copyOf(organisations);
    }

    /**
     * A service as the catalogue version names it.
     *
     * @param code  A1..B4
     * @param title the title of the scheda
     * @param modes the modes the scheda allows
     */
    public record ServiceHeading(ServiceCode code, String title, List<DeliveryMode> modes) {

        public ServiceHeading {
            modes = List.copyOf(modes);
        }
    }

    /**
     * One organisation: its right to the CPI-exclusive functions, its sites and its operators.
     *
     * @param exclusiveFunctions every CPI-exclusive function, allowed or not to an organisation of this kind
     * @param summary            per service and mode, at how many of its sites it may be delivered
     * @param deliveriesWithAdvisories the deliveries it registered with advisory findings of the rule engine
     */
    public record OrganisationCompliance(OrganisationId id, String name, OrganisationKind kind,
            List<ExclusiveFunction> exclusiveFunctions, List<Coverage> summary, List<SiteCompliance> sites,
            List<OperatorCompliance> operators, long deliveriesWithAdvisories) {

        public OrganisationCompliance {
            exclusiveFunctions = List.copyOf(exclusiveFunctions);
            summary = List.copyOf(summary);
            sites = List.copyOf(sites);
            operators = List.copyOf(operators);
        }

        public OrganisationCompliance(OrganisationId id, String name, OrganisationKind kind,
                List<ExclusiveFunction> exclusiveFunctions, List<Coverage> summary, List<SiteCompliance> sites,
                List<OperatorCompliance> operators) {
            this(id, name, kind, exclusiveFunctions, summary, sites, operators, 0);
        }

        OrganisationCompliance withDeliveriesWithAdvisories(long count) {
            return new OrganisationCompliance(id, name, kind, exclusiveFunctions, summary, sites, operators, count);
        }

        /** The coverage of a service in a mode; empty when the scheda does not allow that mode. */
        public Optional<Coverage> coverage(ServiceCode code, DeliveryMode mode) {
            return summary.stream().filter(each -> each.code() == code && each.mode() == mode).findFirst();
        }
    }

    /**
     * How many sites of an organisation may host a service in a mode: "A3 deliverable at 2 of 3 sites".
     */
    public record Coverage(ServiceCode code, DeliveryMode mode, int sitesMet, int sites) {
    }

    /**
     * A CPI-exclusive function and whether the organisation may exercise it, as the rule engine judges it.
     *
     * @param label          its name in the catalogue version
     * @param legalReference the law that reserves it to the CPI
     */
    public record ExclusiveFunction(CpiExclusiveFunction function, String label, String legalReference,
            boolean allowed) {
    }

    /**
     * One site and, for every service and allowed mode, the features it lacks.
     *
     * @param comuneCode the Belfiore code of its comune
     */
    public record SiteCompliance(SiteId id, String name, String comuneCode, List<ServiceInMode> services) {

        public SiteCompliance {
            services = List.copyOf(services);
        }

        /** The modes of one service at this site, for one cell of a matrix. */
        public List<ServiceInMode> of(ServiceCode code) {
            return services.stream().filter(service -> service.code() == code).toList();
        }

        /** The services the site may host in at least one mode, A1..B4. */
        public List<ServiceCode> hostedServices() {
            return services.stream().filter(ServiceInMode::met).map(ServiceInMode::code).distinct().toList();
        }

        /** Whether the site may host the service in at least one mode. */
        public boolean hosts(ServiceCode code) {
            return services.stream().anyMatch(service -> service.code() == code && service.met());
        }
    }

    /**
     * A service in one mode at one site.
     *
     * @param missingFeatures the site features the scheda asks for in this mode and the site lacks
     */
    public record ServiceInMode(ServiceCode code, DeliveryMode mode, List<SiteFeature> missingFeatures) {

        public ServiceInMode {
            missingFeatures = List.copyOf(missingFeatures);
        }

        public boolean met() {
            return missingFeatures.isEmpty();
        }
    }

    /**
     * One operator: the complex targets and the cultural mediation they may take on, and the services they
     * may deliver at their sites.
     *
     * @param siteIds  the sites the operator works at
     * @param services for each service, the operator's sites that may host it in at least one mode
     */
    public record OperatorCompliance(UserId id, String username, String fullName, List<SiteId> siteIds,
            List<TargetFit> targets, CompetenceFit culturalMediation, List<ServiceSites> services) {

        public OperatorCompliance {
            siteIds = List.copyOf(siteIds);
            targets = List.copyOf(targets);
            services = List.copyOf(services);
        }
    }

    /**
     * Whether an operator may serve a person of a complex target.
     *
     * @param missingCompetences  the competences the catalogue asks for the target and the operator lacks
     * @param exclusiveFunction   the CPI-exclusive function tied to the target, if any, and whether the
     *                            operator's organisation may exercise it
     */
    public record TargetFit(ComplexTarget target, List<Competence> missingCompetences,
            Optional<ExclusiveFunction> exclusiveFunction) {

        public TargetFit {
            missingCompetences = List.copyOf(missingCompetences);
            Objects.requireNonNull(exclusiveFunction, "exclusiveFunction");
        }

        public boolean met() {
            return missingCompetences.isEmpty();
        }
    }

    /** Whether an operator has the competences a rule asks for, and which they lack. */
    public record CompetenceFit(List<Competence> missing) {

        public CompetenceFit {
            missing = List.copyOf(missing);
        }

        public boolean met() {
            return missing.isEmpty();
        }
    }

    /** A service and the sites (of one operator) where it may be delivered. */
    public record ServiceSites(ServiceCode code, List<SiteId> siteIds) {

        public ServiceSites {
            siteIds = List.copyOf(siteIds);
        }
    }
}
