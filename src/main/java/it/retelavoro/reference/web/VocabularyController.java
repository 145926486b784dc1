package it.retelavoro.reference.web;

import it.retelavoro.reference.Vocabularies;
import it.retelavoro.reference.Vocabulary;
import it.retelavoro.reference.VocabularyEntry;
import it.retelavoro.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/vocabularies")
@Tag(name = "Vocabolari", description = "Codici e descrizioni per moduli e client")
class VocabularyController {

    private static final int MAX_LIMIT = 1000;

    private final Vocabularies vocabularies;

    VocabularyController(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    @GetMapping
    @Operation(summary = "Nomi dei vocabolari disponibili", description = """
            Elenca i nomi dei vocabolari (comuni, ateco, occupations, education-levels...) che si leggono con GET \
            /api/v1/vocabularies/{name}. Pubblica, senza autenticazione.""")
    List<String> names() {
        return vocabularies.names();
    }

    @GetMapping("/{name}")
    @Operation(summary = "Voci di un vocabolario, cercate per nome o codice con q (accenti e maiuscole ignorati: "
            + "prima il codice, poi i nomi che iniziano col testo, poi quelli con parole che iniziano con le sue "
            + "parole, poi quelli che lo contengono), al più limit; occupations: anche level da 1 a 5",
            description = """
            Restituisce le voci del vocabolario, codice e descrizione nella lingua della richiesta; 404 per un \
            vocabolario sconosciuto. Il parametro limit va da 1 a 1000 (predefinito 1000); gli altri parametri della \
            query sono i filtri propri del vocabolario. Pubblica, senza autenticazione.""")
    List<VocabularyEntry> entries(@PathVariable String name, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "" + MAX_LIMIT) int limit, @RequestParam Map<String, String> parameters,
            Locale locale) {
        Vocabulary vocabulary = vocabularies.named(name).orElseThrow(() -> new NotFoundException("vocabulary", name));
        return vocabulary.entries(q, parameters, locale, Math.max(1, Math.min(limit, MAX_LIMIT)));
    }
}
