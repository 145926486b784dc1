package it.retelavoro.network;

import static org.assertj.core.api.Assertions.assertThat;

import it.retelavoro.catalogue.CatalogueVersion;
import it.retelavoro.catalogue.CatalogueVersions;
import it.retelavoro.catalogue.Competence;
import it.retelavoro.catalogue.ComplexTarget;
import it.retelavoro.catalogue.CpiExclusiveFunction;
import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.RuleEngine;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.catalogue.SiteFeature;
import it.retelavoro.network.ComplianceReport.ExclusiveFunction;
import it.retelavoro.network.ComplianceReport.OperatorCompliance;
import it.retelavoro.network.ComplianceReport.OrganisationCompliance;
import it.retelavoro.network.ComplianceReport.ServiceInMode;
import it.retelavoro.network.ComplianceReport.SiteCompliance;
import it.retelavoro.network.ComplianceReport.TargetFit;
import it.retelavoro.shared.OrganisationKind;
import it.retelavoro.shared.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The judgements of compliance on the shipped catalogue, without Spring or a database. */
class ComplianceAssessorTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final CatalogueVersions SHIPPED =
            CatalogueVersions.loadFromClasspath(ComplianceAssessorTest.class.getClassLoader());
    private static final CatalogueVersion VERSION = SHIPPED.inForceOn(DAY).orElseThrow();
    private static final Instant NOW = Instant.parse("2024-03-01T09:00:00Z");

    private final NetworkCompliance.Assessor assessor = new NetworkCompliance.Assessor(VERSION, new RuleEngine(SHIPPED), DAY);

    private static Organisation organisation(OrganisationKind kind) {
        return Organisation.register("Prova " + kind, kind, "01000000016", null, NOW);
    }

    private static Site site(Organisation organisation, String name, Set<SiteFeature> features) {
        return Site.open(organisation.id(), name, null, "L219", features, NOW);
    }

    private static UserAccount operator(Organisation organisation, List<Site> sites, Set<Competence> competences) {
        return UserAccount.create("op", "hash", "Operatore", null, Role.OPERATOR, organisation.id(),
                sites.stream().map(Site::id).toList(), competences, NOW);
    }

    @Test
    void a_site_with_every_feature_meets_every_service_in_every_allowed_mode() {
        SiteCompliance full = assessor.site(site(organisation(OrganisationKind.CPI), "Piena",
                EnumSet.allOf(SiteFeature.class)));
        assertThat(full.services()).allMatch(ServiceInMode::met);
        assertThat(full.hostedServices()).containsExactly(ServiceCode.values());
        // One entry per allowed mode: A6 has three, B4 only back office.
        assertThat(full.of(ServiceCode.A6)).extracting(ServiceInMode::mode)
                .containsExactly(DeliveryMode.INDIVIDUAL, DeliveryMode.GROUP, DeliveryMode.BACK_OFFICE);
        assertThat(full.of(ServiceCode.B4)).extracting(ServiceInMode::mode).containsExactly(DeliveryMode.BACK_OFFICE);
    }

    @Test
    void a_missing_feature_is_named_for_each_service_and_mode_whose_scheda_asks_for_it() {
        SiteCompliance noClassroom = assessor.site(site(organisation(OrganisationKind.CPI), "Senza aula",
                EnumSet.complementOf(EnumSet.of(SiteFeature.GROUP_CLASSROOM))));
        assertThat(noClassroom.services()).filteredOn(service -> !service.met())
                .allMatch(service -> service.mode() == DeliveryMode.GROUP)
                .allMatch(service -> service.missingFeatures().equals(List.of(SiteFeature.GROUP_CLASSROOM)))
                .extracting(ServiceInMode::code)
                .containsExactly(ServiceCode.A2, ServiceCode.A5, ServiceCode.A6);
    }

    @Test
    void the_summary_counts_the_sites_that_may_host_each_service_in_each_mode() {
        Organisation cpi = organisation(OrganisationKind.CPI);
        Site full = site(cpi, "Piena", EnumSet.allOf(SiteFeature.class));
        Site bare = site(cpi, "Vuota", Set.of());
        OrganisationCompliance report = assessor.organisation(cpi, List.of(full, bare), List.of());
        assertThat(report.summary()).allSatisfy(coverage -> {
            assertThat(coverage.sites()).isEqualTo(2);
            assertThat(coverage.sitesMet()).isEqualTo(1);
        });
        assertThat(report.sites().get(1).hostedServices()).isEmpty();
    }

    @Test
    void an_operator_lacking_part_of_the_competences_of_a_target_is_told_every_missing_one() {
        Organisation agency = organisation(OrganisationKind.ACCREDITED_AGENCY);
        Site branch = site(agency, "Filiale", EnumSet.allOf(SiteFeature.class));
        UserAccount user = operator(agency, List.of(branch), EnumSet.of(Competence.FOREIGN_LANGUAGES));
        OperatorCompliance operator = assessor.organisation(agency, List.of(branch), List.of(user)).operators().get(0);
        TargetFit careWorkers = operator.targets().stream()
                .filter(target -> target.target() == ComplexTarget.FAMILY_CARE_WORKER).findFirst().orElseThrow();
        assertThat(careWorkers.met()).isFalse();
        assertThat(careWorkers.missingCompetences())
                .containsExactly(Competence.CARE_NEEDS_EXPERIENCE, Competence.SOCIO_HEALTH_SPECIALISATION);
        assertThat(operator.targets()).filteredOn(TargetFit::met).extracting(TargetFit::target)
                .containsExactly(ComplexTarget.IMMIGRANT);
    }

    @Test
    void an_operator_delivers_a_service_only_at_their_own_sites_that_may_host_it() {
        Organisation cpi = organisation(OrganisationKind.CPI);
        Site full = site(cpi, "A - Piena", EnumSet.allOf(SiteFeature.class));
        Site bare = site(cpi, "B - Vuota", Set.of());
        Site notTheirs = site(cpi, "C - Altrui", EnumSet.allOf(SiteFeature.class));
        UserAccount user = operator(cpi, List.of(full, bare), Set.of());
        OperatorCompliance operator = assessor.organisation(cpi, List.of(full, bare, notTheirs), List.of(user))
                .operators().get(0);
        assertThat(operator.siteIds()).containsExactly(full.id(), bare.id());
        assertThat(operator.services()).allSatisfy(service -> assertThat(service.siteIds()).containsExactly(full.id()));
    }

    @Test
    void a_disabled_account_is_not_listed_among_the_operators() {
        Organisation cpi = organisation(OrganisationKind.CPI);
        Site full = site(cpi, "Piena", EnumSet.allOf(SiteFeature.class));
        UserAccount disabled = operator(cpi, List.of(full), Set.of());
        disabled.disable();
        assertThat(assessor.organisation(cpi, List.of(full), List.of(disabled)).operators()).isEmpty();
    }

    @Test
    void only_a_cpi_may_exercise_the_cpi_exclusive_functions() {
        assertThat(assessor.exclusiveFunctions(OrganisationKind.CPI)).allMatch(ExclusiveFunction::allowed)
                .extracting(ExclusiveFunction::function).containsExactly(CpiExclusiveFunction.values());
        assertThat(assessor.exclusiveFunctions(OrganisationKind.ACCREDITED_AGENCY)).noneMatch(ExclusiveFunction::allowed);
    }
}
