package it.retelavoro.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.retelavoro.catalogue.Catalogue;
import it.retelavoro.monitoring.OpenData;
import it.retelavoro.monitoring.OpenDataCell;
import it.retelavoro.monitoring.OpenOutcomeCell;
import it.retelavoro.monitoring.OutcomeCohort;
import it.retelavoro.shared.InvalidInputException;
import it.retelavoro.shared.ReportReads;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The open data of the indicators and of the employment outcomes: public, no login. */
@ReportReads
@RestController
@Tag(name = "Dati aperti", description = "Indicatori aggregati per provincia e mese, esiti occupazionali per "
        + "provincia e anno, senza dati personali")
class OpenDataController {

    /** The columns, as documented in docs/architecture.md. */
    static final List<String> COLUMNS = List.of("anno", "mese", "provincia", "indicatore", "valore", "soppresso");

    /** The columns of the outcomes, as documented in docs/outcomes.md. */
    static final List<String> OUTCOME_COLUMNS = List.of("anno", "provincia", "coorte", "mesi", "numerosita",
            "osservati", "occupati", "occupati_6_mesi_o_piu", "soppresso");

    private final OpenData openData;
    private final Catalogue catalogue;

    OpenDataController(OpenData openData, Catalogue catalogue) {
        this.openData = openData;
        this.catalogue = catalogue;
    }

    @GetMapping("/api/v1/open-data/indicators.csv")
    @Operation(summary = "Indicatori dell'anno per provincia e mese (dati aperti, CSV)", description = """
            Colonne anno, mese (1-12), provincia (sigla della provincia della sede che ha erogato il servizio; \
            ND se non determinabile), indicatore (codice del repertorio), valore (persone, aziende o elementi \
            distinti nella provincia e nel mese), soppresso. I valori da 1 a 4 non sono pubblicati: valore \
            vuoto e soppresso = true. Le combinazioni senza alcun soggetto non compaiono (valore zero). \
            Pubblica, senza autenticazione; year obbligatorio, dal 2000 all'anno in corso (400 altrimenti).""")
    @ApiResponse(responseCode = "200", description = "Il file CSV")
    @ApiResponse(responseCode = "400", description = "Anno mancante o fuori intervallo")
    ResponseEntity<byte[]> indicators(
            @Parameter(description = "anno (AAAA)") @RequestParam(required = false) Integer year) {
        requireYear(year);
        List<List<Object>> rows = new ArrayList<>();
        for (OpenDataCell cell : openData.indicators(year)) {
            rows.add(java.util.Arrays.asList(cell.year(), cell.month(), cell.province(), cell.code(), cell.value(),
                    cell.suppressed()));
        }
        return new ExportTable("indicatori_dati_aperti_" + year, COLUMNS, rows).response("csv");
    }

    @GetMapping("/api/v1/open-data/outcomes.csv")
    @Operation(summary = "Esiti occupazionali dell'anno per provincia (dati aperti, CSV)", description = """
            Secondo le Comunicazioni Obbligatorie, per le coorti dell'anno: persone che hanno firmato un Patto di \
            servizio (coorte patto, mesi 3, 6, 12 dopo il primo Patto dell'anno), persone inviate a colloqui di \
            selezione (invio_colloquio, mesi 3, 6, 12) e tirocini la cui fine prevista cade nell'anno (tirocinio, \
            assunzione entro 6 mesi dalla fine). Colonne anno, provincia (sigla, attribuita come per gli indicatori; \
            ND se non determinabile), coorte, mesi, numerosita (persone o tirocini), osservati (chi ha raggiunto \
            l'orizzonte alla data della richiesta), occupati (con qualsiasi contratto), occupati_6_mesi_o_piu (a \
            tempo indeterminato o di almeno 6 mesi), soppresso. Ogni valore da 1 a 4 non è pubblicato (vuoto, \
            soppresso = true); con una numerosità da 1 a 4 l'intera riga è vuota. Le combinazioni senza alcun \
            membro non compaiono. Pubblica, senza autenticazione; year obbligatorio, dal 2000 all'anno in corso.""")
    @ApiResponse(responseCode = "200", description = "Il file CSV")
    @ApiResponse(responseCode = "400", description = "Anno mancante o fuori intervallo")
    ResponseEntity<byte[]> outcomes(
            @Parameter(description = "anno (AAAA)") @RequestParam(required = false) Integer year) {
        requireYear(year);
        List<List<Object>> rows = new ArrayList<>();
        for (OpenOutcomeCell cell : openData.outcomes(year)) {
            rows.add(java.util.Arrays.asList(cell.year(), cell.province(), COHORTS.get(cell.cohort()), cell.months(),
                    cell.size(), cell.observed(), cell.employed(), cell.employedSixMonths(), cell.suppressed()));
        }
        return new ExportTable("esiti_occupazionali_dati_aperti_" + year, OUTCOME_COLUMNS, rows).response("csv");
    }

    /** The cohorts as the file names them: stable codes in Italian, as its columns. */
    static final Map<OutcomeCohort, String> COHORTS = Map.of(OutcomeCohort.PACT, "patto",
            OutcomeCohort.REFERRAL, "invio_colloquio", OutcomeCohort.INTERNSHIP, "tirocinio");

    private void requireYear(Integer year) {
        int current = catalogue.today().getYear();
        if (year == null || year < 2000 || year > current) {
            throw InvalidInputException.of("year", "monitoring.open-data.year", 2000, current);
        }
    }
}
