package it.retelavoro.catalogue.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import it.retelavoro.catalogue.AccessCondition;
import it.retelavoro.catalogue.CatalogueVersion;
import it.retelavoro.catalogue.CatalogueVersionUpload;
import it.retelavoro.catalogue.Competence;
import it.retelavoro.catalogue.ComplexTarget;
import it.retelavoro.catalogue.CpiExclusiveFunction;
import it.retelavoro.catalogue.DeliveryMode;
import it.retelavoro.catalogue.Indicator;
import it.retelavoro.catalogue.IndicatorCounting;
import it.retelavoro.catalogue.MinutesBasis;
import it.retelavoro.catalogue.ModeRule;
import it.retelavoro.catalogue.OutputCode;
import it.retelavoro.catalogue.OutputRule;
import it.retelavoro.catalogue.ServiceCode;
import it.retelavoro.catalogue.ServiceStandard;
import it.retelavoro.catalogue.ServiceType;
import it.retelavoro.catalogue.SiteFeature;
import it.retelavoro.catalogue.TargetPreconditions;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The catalogue as JSON: the shapes of {@code /api/v1/catalogue}. Texts are the repertorio's, in Italian. */
final class CatalogueJson {

    private CatalogueJson() {
    }

    @Schema(description = "Una scheda del repertorio: i testi della Regione e le regole applicate dal sistema")
    record ServiceJson(
            @Schema(example = "A2") ServiceCode code,
            @Schema(example = "A.2") String dottedCode,
            @Schema(description = "PERSON (tipologia A) o EMPLOYER (tipologia B)") ServiceType type,
            String title,
            @Schema(description = "FINALITÀ") String purpose,
            @Schema(description = "ATTIVITÀ") List<String> activities,
            @Schema(description = "MODALITÀ E DURATA, come testo") String modeAndDuration,
            @Schema(description = "MODALITÀ DI ACCESSO, come testo") List<String> accessDescription,
            @Schema(description = "OUTPUT, come testo") List<String> outputDescription,
            @Schema(description = "PRE CONDIZIONI") PreconditionsJson preconditions,
            @Schema(description = "Le modalità ammesse con le durate minime") List<ModeJson> modes,
            AccessJson access,
            List<OutputJson> outputs,
            @Schema(description = "Dotazioni della sede richieste in ogni modalità") Set<SiteFeature> siteFeatures,
            @Schema(description = "Dotazioni richieste solo in una modalità") Map<DeliveryMode, Set<SiteFeature>> siteFeaturesByMode,
            @Schema(description = "La versione del repertorio da cui proviene la scheda") String catalogueVersion) {

        static ServiceJson of(ServiceStandard service, CatalogueVersion version) {
            var p = service.preconditions();
            return new ServiceJson(service.code(), service.code().dotted(), service.type(), service.title(),
                    service.purpose(), service.activities(), service.modeAndDuration(), service.accessDescription(),
                    service.outputDescription(),
                    new PreconditionsJson(p.technicalStructural(),
                            new ProfessionalJson(p.professional().capacities(), p.professional().knowledge()),
                            p.operational()),
                    service.modes().stream().map(ModeJson::of).toList(),
                    new AccessJson(service.access().afterAnyOf(), service.access().togetherWith(),
                            service.access().conditions()),
                    service.outputs().stream().map(OutputJson::of).toList(), service.siteFeatures(),
                    service.siteFeaturesByMode(), version.id());
        }
    }

    record PreconditionsJson(@Schema(description = "tecnico-strutturali") List<String> technicalStructural,
            @Schema(description = "professionali") ProfessionalJson professional,
            @Schema(description = "operative") List<String> operational) {
    }

    record ProfessionalJson(@Schema(description = "capacità") List<String> capacities,
            @Schema(description = "conoscenze") List<String> knowledge) {
    }

    @Schema(description = "Una modalità di erogazione ammessa")
    record ModeJson(DeliveryMode mode,
            @Schema(description = "Durata minima in minuti; null quando la scheda non ne fissa una", nullable = true)
            @JsonInclude(JsonInclude.Include.ALWAYS) Integer minMinutes,
            int minMeetings,
            @Schema(description = "MEETING: il minimo vale per ciascun incontro; DELIVERY: per l'intera prestazione")
            MinutesBasis minutesPer,
            @Schema(description = "I motivi ammessi per un incontro di gruppo, uno dei quali va indicato; vuoto "
                    + "quando la scheda non ne pone")
            java.util.Set<it.retelavoro.catalogue.GroupReason> groupReasons) {

        static ModeJson of(ModeRule rule) {
            return new ModeJson(rule.mode(), rule.minMinutes().isPresent() ? rule.minMinutes().getAsInt() : null,
                    rule.minMeetings(), rule.minutesPer(), rule.groupReasons());
        }
    }

    @Schema(description = "Regola di accesso: almeno uno dei servizi afterAnyOf prima (o contestualmente, se in "
            + "togetherWith), e tutte le condizioni")
    record AccessJson(Set<ServiceCode> afterAnyOf, Set<ServiceCode> togetherWith, Set<AccessCondition> conditions) {
    }

    record OutputJson(OutputCode code, String label, boolean required,
            @Schema(description = "Obbligatorio quando la registrazione porta quest'altro output", nullable = true)
            OutputCode requiredWhen) {

        static OutputJson of(OutputRule rule) {
            return new OutputJson(rule.code(), rule.label(), rule.required(), rule.requiredWhen().orElse(null));
        }
    }

    record TargetJson(ComplexTarget target, String label, String networkPreconditions,
            List<String> operatorPreconditions, List<String> specialistServices, Set<Competence> operatorCompetences,
            CpiExclusiveFunction cpiExclusiveFunction, String catalogueVersion) {

        static TargetJson of(TargetPreconditions target, CatalogueVersion version) {
            return new TargetJson(target.target(), target.label(), target.networkPrecondition(),
                    target.operatorPrecondition(), target.specialistServices(), target.operatorCompetences(),
                    target.cpiExclusiveFunction().orElse(null), version.id());
        }
    }

    record IndicatorJson(@Schema(example = "6.2") String code, String label, ServiceCode service,
            IndicatorCounting counts, List<String> alsoRecords, String note,
            @Schema(description = "Codice dell'indicatore con cui il valore deve concordare") String mustAgreeWith,
            String catalogueVersion,
            @Schema(description = "La dimensione di analisi che data i record dell'indicatore", nullable = true)
            String recordDate) {

        static IndicatorJson of(Indicator indicator, CatalogueVersion version) {
            return new IndicatorJson(indicator.code(), indicator.label(), indicator.service(), indicator.counts(),
                    indicator.alsoRecords(), indicator.note().orElse(null), indicator.mustAgreeWith().orElse(null),
                    version.id(), indicator.recordDate().orElse(null));
        }
    }

    @Schema(description = "Una versione del repertorio")
    record VersionJson(String id, String act, LocalDate validFrom,
            @Schema(description = "Ultimo giorno di vigore (dichiarato o il giorno prima della versione successiva); "
                    + "null se aperta", nullable = true)
            @JsonInclude(JsonInclude.Include.ALWAYS) LocalDate validTo,
            String description,
            @Schema(description = "In vigore oggi") boolean inForce,
            @Schema(description = "SHIPPED (distribuita con l'applicazione) o UPLOADED (caricata da un amministratore)")
            String origin,
            @Schema(description = "Quando è stata caricata, per le versioni caricate") Instant uploadedAt) {

        static VersionJson of(CatalogueVersion version, LocalDate today, Optional<CatalogueVersionUpload> upload) {
            return new VersionJson(version.id(), version.act(), version.validFrom(), version.validTo().orElse(null),
                    version.description(), version.isInForceOn(today), upload.isPresent() ? "UPLOADED" : "SHIPPED",
                    upload.map(CatalogueVersionUpload::uploadedAt).orElse(null));
        }
    }

    @Schema(description = "Un programma regionale (Atto programmatico) applicato a una versione del repertorio")
    record ProgrammeJson(
            @Schema(example = "GOL-P1") String code,
            String name,
            @Schema(description = "L'atto che lo adotta") String act,
            LocalDate validFrom,
            @Schema(description = "Ultimo giorno di vigore; null se aperto", nullable = true)
            @JsonInclude(JsonInclude.Include.ALWAYS) LocalDate validTo,
            @Schema(description = "La versione del repertorio cui si applica", example = "piemonte-2012")
            String catalogueVersion,
            String description,
            @Schema(description = "Chi può esservi servito") EligibilityJson eligibility,
            @Schema(description = "I servizi finanziati, con output ulteriori e ore") List<FinancedServiceJson> services,
            @Schema(description = "Costo standard di un'ora erogata, in euro", example = "35.50")
            java.math.BigDecimal hourlyRate,
            @Schema(description = "Ciò che la Regione deve confermare") List<String> toBeConfirmed,
            @Schema(description = "In vigore oggi") boolean inForce) {

        static ProgrammeJson of(it.retelavoro.catalogue.Programme programme, LocalDate today) {
            var rule = programme.eligibility();
            return new ProgrammeJson(programme.code(), programme.name(), programme.act(), programme.validFrom(),
                    programme.validTo().orElse(null), programme.catalogueVersion(), programme.description(),
                    new EligibilityJson(rule.minAge().orElse(null), rule.maxAge().orElse(null), rule.didInForce(),
                            rule.naspiRecipient(), rule.complexTargets(), rule.minUnemploymentMonths().orElse(null)),
                    programme.services().values().stream().map(financed -> new FinancedServiceJson(
                            financed.service(), financed.extraOutputs(), financed.minHours().orElse(null),
                            financed.maxHours().orElse(null))).toList(),
                    programme.hourlyRate(), programme.toBeConfirmed(), programme.isInForceOn(today));
        }
    }

    record EligibilityJson(Integer minAge, Integer maxAge, boolean didInForce,
            @Schema(description = "Percettore di NASpI: DID resa con la domanda di NASpI") boolean naspiRecipient,
            @Schema(description = "Almeno uno di questi target; vuoto se nessuna condizione") Set<ComplexTarget> complexTargets,
            @Schema(description = "Mesi interi dalla DID in vigore") Integer minUnemploymentMonths) {
    }

    record FinancedServiceJson(ServiceCode service, Set<OutputCode> extraOutputs,
            @Schema(description = "Durata minima di un'erogazione finanziata") java.math.BigDecimal minHours,
            @Schema(description = "Ore massime del servizio per persona nel programma") java.math.BigDecimal maxHours) {
    }
}
