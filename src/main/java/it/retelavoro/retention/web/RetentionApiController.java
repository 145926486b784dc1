package it.retelavoro.retention.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.retelavoro.retention.RetentionCatalogue;
import it.retelavoro.retention.RetentionCategory;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The retention catalogue as JSON, public. */
@RestController
@Tag(name = "Dati aperti")
class RetentionApiController {

    private final RetentionCatalogue catalogue;

    RetentionApiController(RetentionCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/api/v1/public/retention-policy")
    @Operation(summary = "Per quanto tempo è conservata ciascuna categoria di dati, che cosa accade dopo e perché",
            description = """
            Elenca le categorie di dati che il sistema conserva, ciascuna con il periodo di conservazione (ISO 8601, \
            ad esempio P5Y), il fatto da cui decorre, che cosa accade dopo (ERASE: cancellazione, ANONYMISE: \
            anonimizzazione) e la base giuridica. Pubblica, senza autenticazione.""")
    List<Category> policy() {
        return catalogue.categories().stream().map(Category::of).toList();
    }

    /** A category with its period as ISO 8601 ({@code P12M}). */
    record Category(String code, String keep, RetentionCategory.Action action, String from, String data,
            String legalBasis) {

        static Category of(RetentionCategory category) {
            return new Category(category.code(), category.keep().toString(), category.action(), category.from(),
                    category.data(), category.legalBasis());
        }
    }
}
