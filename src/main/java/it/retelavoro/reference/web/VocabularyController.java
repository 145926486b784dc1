package it.retelavoro.reference.web;

import it.retelavoro.reference.Vocabulary;
import it.retelavoro.reference.VocabularyEntry;
import it.retelavoro.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
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

    private final Map<String, Vocabulary> vocabularies;

    VocabularyController(List<Vocabulary> vocabularies) {
        this.vocabularies = vocabularies.stream()
                .collect(Collectors.toMap(Vocabulary::name, Function.identity(), (a, b) -> {
                    throw new IllegalStateException("Vocabolario duplicato: " + a.name());
                }, TreeMap::new));
    }

    @GetMapping
    @Operation(summary = "Nomi dei vocabolari disponibili")
    List<String> names() {
        return List.copyOf(vocabularies.keySet());
    }

    @GetMapping("/{name}")
    @Operation(summary = "Voci di un vocabolario, filtrate per testo con q (occupations: anche level da 1 a 5)")
    List<VocabularyEntry> entries(@PathVariable String name, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "" + MAX_LIMIT) int limit, @RequestParam Map<String, String> parameters,
            Locale locale) {
        Vocabulary vocabulary = vocabularies.get(name);
        if (vocabulary == null) {
            throw new NotFoundException("vocabulary", name);
        }
        return vocabulary.entries(q, parameters, locale, Math.max(1, Math.min(limit, MAX_LIMIT)));
    }
}
