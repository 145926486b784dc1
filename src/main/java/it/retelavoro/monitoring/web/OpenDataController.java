package it.retelavoro.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.retelavoro.catalogue.Catalogue;
import it.retelavoro.monitoring.OpenData;
import it.retelavoro.monitoring.OpenDataCell;
import it.retelavoro.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The open data of the indicators: public, no login. */
@RestController
@Tag(name = "Dati aperti", description = "Indicatori aggregati per provincia e mese, senza dati personali")
class OpenDataController {

    /** The columns, as documented in docs/architecture.md. */
    static final List<String> COLUMNS = List.of("anno", "mese", "provincia", "indicatore", "valore", "soppresso");

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
            vuoto e soppresso = true. Le combinazioni senza alcun soggetto non compaiono (valore zero).""")
    @ApiResponse(responseCode = "200", description = "Il file CSV")
    @ApiResponse(responseCode = "400", description = "Anno mancante o fuori intervallo")
    ResponseEntity<byte[]> indicators(
            @Parameter(description = "anno (AAAA)") @RequestParam(required = false) Integer year) {
        int current = catalogue.today().getYear();
        if (year == null || year < 2000 || year > current) {
            throw InvalidInputException.of("year", "monitoring.open-data.year", 2000, current);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (OpenDataCell cell : openData.indicators(year)) {
            rows.add(java.util.Arrays.asList(cell.year(), cell.month(), cell.province(), cell.code(), cell.value(),
                    cell.suppressed()));
        }
        return new ExportTable("indicatori_dati_aperti_" + year, COLUMNS, rows).response("csv");
    }
}
