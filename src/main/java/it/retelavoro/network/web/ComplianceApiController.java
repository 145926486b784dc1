package it.retelavoro.network.web;

import it.retelavoro.catalogue.ComplexTarget;
import it.retelavoro.catalogue.CpiExclusiveFunction;
import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.network.ComplianceReport;
import it.retelavoro.network.ComplianceReport.ExclusiveFunction;
import it.retelavoro.network.ComplianceReport.OperatorCompliance;
import it.retelavoro.network.ComplianceReport.OrganisationCompliance;
import it.retelavoro.network.ComplianceReport.SiteCompliance;
import it.retelavoro.network.NetworkCompliance;
import it.retelavoro.reference.Comuni;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.OrganisationId;
import it.retelavoro.shared.OrganisationKind;
import it.retelavoro.shared.SiteId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The compliance of the network with the repertorio, as JSON, for administrators and analysts. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Conformità", description = "Conformità di sedi e operatori alle precondizioni del repertorio")
@SecurityRequirement(name = "basicAuth")
class ComplianceApiController {

    private final NetworkCompliance compliance;
    private final Comuni comuni;
    private final MessageSource messages;

    ComplianceApiController(NetworkCompliance compliance, Comuni comuni, MessageSource messages) {
        this.compliance = compliance;
        this.comuni = comuni;
        this.messages = messages;
    }

    @GetMapping("/compliance")
    @Operation(summary = "Conformità della rete alle precondizioni del repertorio (amministratori e analisti)",
            description = """
                    Per ogni sede: per ogni servizio A1..B4 e modalità ammessa, se la sede ha le dotazioni \
                    richieste dalla scheda e quali mancano. Per ogni operatore abilitato: i target complessi e \
                    la mediazione culturale che può seguire e le competenze che mancano, e i servizi erogabili \
                    in ciascuna delle sue sedi. Le regole sono quelle della versione del repertorio in vigore \
                    nella data indicata (oggi se assente). Senza organisationId: tutte le organizzazioni che \
                    erogano servizi. Solo un amministratore o un analista della Regione (403 per gli operatori).""")
    @ApiResponse(responseCode = "200", description = "Il rapporto di conformità")
    @ApiResponse(responseCode = "400", description = "Data non valida o senza versione del repertorio in vigore")
    @ApiResponse(responseCode = "403", description = "Il chiamante è un operatore")
    @ApiResponse(responseCode = "404", description = "Organizzazione sconosciuta")
    ComplianceResponse compliance(
            @Parameter(description = "solo questa organizzazione") @RequestParam(required = false) UUID organisationId,
            @Parameter(description = "data di riferimento (AAAA-MM-GG), oggi se assente")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            CurrentUser caller, Locale locale) {
        ComplianceReport report = compliance.report(Optional.ofNullable(organisationId).map(OrganisationId::new),
                Optional.ofNullable(date), caller);
        return new ComplianceResponse(report.date(), report.catalogueVersion(),
                report.services().stream().map(service -> new ServiceJson(service.code(), service.title(),
                        service.modes())).toList(),
                report.organisations().stream().map(organisation -> organisation(organisation, locale)).toList());
    }

    private OrganisationJson organisation(OrganisationCompliance organisation, Locale locale) {
        return new OrganisationJson(organisation.id().value(), organisation.name(), organisation.kind(),
                organisation.exclusiveFunctions().stream().map(ComplianceApiController::function).toList(),
                organisation.summary().stream()
                        .map(each -> new CoverageJson(each.code(), each.mode(), each.sitesMet(), each.sites()))
                        .toList(),
                organisation.sites().stream().map(site -> site(site, locale)).toList(),
                organisation.operators().stream().map(operator -> operator(operator, locale)).toList(),
                organisation.deliveriesWithAdvisories());
    }

    private SiteJson site(SiteCompliance site, Locale locale) {
        return new SiteJson(site.id().value(), site.name(), site.comuneCode(), comuni.labelOf(site.comuneCode()),
                site.services().stream().map(service -> new SiteServiceJson(service.code(), service.mode(),
                        service.met(), service.missingFeatures().stream()
                                .map(feature -> label(feature.name(), feature.labelKey(), locale)).toList()))
                        .toList());
    }

    private OperatorJson operator(OperatorCompliance operator, Locale locale) {
        return new OperatorJson(operator.id().value(), operator.username(), operator.fullName(),
                ids(operator.siteIds()),
                operator.targets().stream().map(target -> new TargetJson(target.target(),
                        text(target.target().labelKey(), locale), target.met(),
                        target.missingCompetences().stream()
                                .map(competence -> label(competence.name(), competence.labelKey(), locale)).toList(),
                        target.exclusiveFunction().map(ComplianceApiController::function).orElse(null)))
                        .toList(),
                new MediationJson(operator.culturalMediation().met(), operator.culturalMediation().missing().stream()
                        .map(competence -> label(competence.name(), competence.labelKey(), locale)).toList()),
                operator.services().stream().map(service -> new OperatorServiceJson(service.code(),
                        ids(service.siteIds()))).toList());
    }

    private static FunctionJson function(ExclusiveFunction function) {
        return new FunctionJson(function.function(), function.label(), function.legalReference(), function.allowed());
    }

    private static List<UUID> ids(List<SiteId> sites) {
        return sites.stream().map(SiteId::value).toList();
    }

    private Labelled label(String code, String key, Locale locale) {
        return new Labelled(code, text(key, locale));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    @Schema(description = "Conformità della rete alla versione del repertorio in vigore in una data")
    record ComplianceResponse(
            @Schema(description = "data di riferimento") LocalDate date,
            @Schema(description = "id della versione del repertorio applicata") String catalogueVersion,
            @Schema(description = "i dieci servizi della versione, con le modalità ammesse") List<ServiceJson> services,
            List<OrganisationJson> organisations) {
    }

    record ServiceJson(ServiceCode code, String title, List<DeliveryMode> modes) {
    }

    record OrganisationJson(UUID id, String name, OrganisationKind kind,
            @Schema(description = "le funzioni esclusive dei CPI e se l'organizzazione può esercitarle")
            List<FunctionJson> cpiExclusiveFunctions,
            @Schema(description = "per servizio e modalità, in quante sedi è erogabile") List<CoverageJson> summary,
            List<SiteJson> sites,
            @Schema(description = "gli operatori abilitati") List<OperatorJson> operators,
            @Schema(description = "erogazioni con avvisi: quelle registrate con avvisi del repertorio (non bloccanti)")
            long deliveriesWithAdvisories) {
    }

    record CoverageJson(ServiceCode code, DeliveryMode mode,
            @Schema(description = "sedi che hanno tutte le dotazioni richieste") int sitesMet,
            @Schema(description = "sedi dell'organizzazione") int sites) {
    }

    record FunctionJson(CpiExclusiveFunction code, String label, String legalReference, boolean allowed) {
    }

    record SiteJson(UUID id, String name,
            @Schema(description = "codice Belfiore del comune") String comune, String comuneLabel,
            @Schema(description = "ogni servizio in ogni modalità ammessa") List<SiteServiceJson> services) {
    }

    record SiteServiceJson(ServiceCode code, DeliveryMode mode,
            @Schema(description = "la sede ha tutte le dotazioni richieste") boolean met,
            @Schema(description = "le dotazioni richieste che mancano") List<Labelled> missingFeatures) {
    }

    @Schema(description = "un codice e la sua etichetta nella lingua della richiesta")
    record Labelled(String code, String label) {
    }

    record OperatorJson(UUID id, String username, String fullName,
            @Schema(description = "le sedi in cui lavora") List<UUID> siteIds,
            List<TargetJson> targets, MediationJson culturalMediation,
            @Schema(description = "per ogni servizio, le sue sedi che possono ospitarlo in almeno una modalità")
            List<OperatorServiceJson> services) {
    }

    record TargetJson(ComplexTarget target, String label,
            @Schema(description = "l'operatore ha tutte le competenze richieste per il target") boolean met,
            List<Labelled> missingCompetences,
            @Schema(description = "la funzione esclusiva CPI legata al target, se c'è", nullable = true)
            FunctionJson cpiExclusiveFunction) {
    }

    record MediationJson(boolean met, List<Labelled> missing) {
    }

    record OperatorServiceJson(ServiceCode code, List<UUID> siteIds) {
    }
}
