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
    @Operation(summary = "Le misure di condizionalità della persona (proposte, confermate, ritirate)", description = """
            Le misure di condizionalità della persona: proposte per un'assenza ingiustificata a una convocazione, \
            confermate dal CPI o ritirate per un'assenza giustificata, con passo, misura e norma di riferimento. \
            Solo un operatore dell'organizzazione che ha in carico la persona; la lettura è registrata nel registro \
            di audit.""")
    List<MeasureView> ofPerson(@PathVariable UUID id, CurrentUser caller) {
        return measures.ofPerson(new PersonId(id), caller).stream().map(MeasureView::of).toList();
    }

    @PostMapping("/api/v1/conditionality/{id}/confirmation")
    @Operation(summary = "Il CPI conferma la misura proposta (l'ultima revoca la DID: decadenza)", description = """
            Il CPI conferma una misura di condizionalità proposta (D.Lgs. 150/2015, art. 21, c. 7): da quel momento \
            è dovuta la comunicazione all'INPS, e la misura dell'ultimo passo revoca la DID in vigore (decadenza). \
            Solo un operatore del CPI della misura, funzione esclusiva dei CPI secondo il repertorio: 403 per \
            un'agenzia accreditata o un altro CPI. 409 se la misura non è più proposta.""")
    MeasureView confirmApi(@PathVariable UUID id, CurrentUser caller, Locale locale) {
        return MeasureView.of(measures.confirm(new ConditionalityMeasureId(id), caller, locale));
    }

    @GetMapping("/api/v1/conditionality/{id}/inps.pdf")
    @Operation(summary = "La comunicazione all'INPS di una misura confermata, in PDF", description = """
            La comunicazione all'INPS di una misura confermata (persona, assenza, misura e norma, CPI che l'ha \
            decisa e quando), come documento PDF. Solo un operatore del CPI della misura; 409 se la misura non è \
            confermata. La lettura è registrata nel registro di audit.""")
    ResponseEntity<byte[]> inpsPdf(@PathVariable UUID id, CurrentUser caller, Locale locale) {
        return inps.pdf(id, caller, locale);
    }

    @GetMapping("/api/v1/conditionality/inps.csv")
    @Operation(summary = "Le comunicazioni all'INPS delle misure confermate dal CPI dal giorno al giorno, in CSV per "
            + "la trasmissione regionale", description = """
            Le comunicazioni all'INPS delle misure confermate dal CPI dell'operatore tra from e to (date ISO, \
            estremi inclusi), in un file CSV (separatore punto e virgola, UTF-8) con una riga per misura, per la \
            trasmissione regionale. Solo un operatore di un CPI; 400 se from o to mancano o se to precede from.""")
    ResponseEntity<byte[]> inpsCsv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, CurrentUser caller) {
        return inps.csv(from, to, caller);
    }
}
