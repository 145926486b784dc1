package it.retelavoro.pathway.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.retelavoro.pathway.ConditionalityMeasure;
import it.retelavoro.pathway.ConditionalityMeasureId;
import it.retelavoro.pathway.ConditionalityMeasures;
import it.retelavoro.person.PersonId;
import it.retelavoro.shared.CurrentUser;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Condizionalità through the API: a person's measures, the CPI's confirmation, the communications to INPS. */
@RestController
@Tag(name = "Condizionalità")
class ConditionalityApiController {

    private final ConditionalityMeasures measures;
    private final InpsCommunications inps;

    ConditionalityApiController(ConditionalityMeasures measures, InpsCommunications inps) {
        this.measures = measures;
        this.inps = inps;
    }

    record MeasureView(UUID id, UUID personId, LocalDate absenceOn, int step, String measure,
            BigDecimal monthlyFraction, String label, String basis, boolean rulesToConfirm, String status,
            Instant decidedAt) {

        static MeasureView of(ConditionalityMeasure m) {
            return new MeasureView(m.id().value(), m.personId().value(), m.absenceOn(), m.step(), m.measure(),
                    m.monthlyFraction().orElse(null), m.label(), m.basis(), m.rulesToConfirm(), m.status().name(),
                    m.decidedAt().orElse(null));
        }
    }

    @GetMapping("/api/v1/persons/{id}/conditionality")
    @Operation(summary = "Le misure di condizionalità della persona (proposte, confermate, ritirate)")
    List<MeasureView> ofPerson(@PathVariable UUID id, CurrentUser caller) {
        return measures.ofPerson(new PersonId(id), caller).stream().map(MeasureView::of).toList();
    }

    @PostMapping("/api/v1/conditionality/{id}/confirmation")
    @Operation(summary = "Il CPI conferma la misura proposta (l'ultima revoca la DID: decadenza)")
    MeasureView confirmApi(@PathVariable UUID id, CurrentUser caller, Locale locale) {
        return MeasureView.of(measures.confirm(new ConditionalityMeasureId(id), caller, locale));
    }

    @GetMapping("/api/v1/conditionality/{id}/inps.pdf")
    @Operation(summary = "La comunicazione all'INPS di una misura confermata, in PDF")
    ResponseEntity<byte[]> inpsPdf(@PathVariable UUID id, CurrentUser caller, Locale locale) {
        return inps.pdf(id, caller, locale);
    }

    @GetMapping("/api/v1/conditionality/inps.csv")
    @Operation(summary = "Le comunicazioni all'INPS delle misure confermate dal CPI dal giorno al giorno, in CSV per la "
            + "trasmissione regionale")
    ResponseEntity<byte[]> inpsCsv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, CurrentUser caller) {
        return inps.csv(from, to, caller);
    }
}
