package it.retelavoro.reference.web;

import it.retelavoro.reference.ReferenceData;
import it.retelavoro.shared.Callers;
import it.retelavoro.shared.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/vocabularies/{name}/import}: an administrator replaces comuni, education levels or
 * occupations with a newer official CSV (same header as the shipped file), as multipart {@code file} or
 * as the raw {@code text/csv} body.
 *
 * <p>The vocabularies' paths are public for reading, so the security chain lets an anonymous request
 * through: this controller answers it 401 itself.
 */
@RestController
@Tag(name = "Vocabolari", description = "Codici e descrizioni per moduli e client")
@SecurityRequirement(name = "basicAuth")
class VocabularyImportController {

    private final ReferenceData referenceData;
    private final MessageSource messages;

    VocabularyImportController(ReferenceData referenceData, MessageSource messages) {
        this.referenceData = referenceData;
        this.messages = messages;
    }

    @PostMapping(path = "/api/v1/vocabularies/{name}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Importa un file ufficiale più recente (comuni, education-levels, occupations; solo amministratori)",
            description = """
            Sostituisce le voci del vocabolario (comuni, education-levels, occupations) con il file ufficiale più \
            recente, un CSV con la stessa intestazione di quello distribuito, in UTF-8 e al più 5 MB, nella parte \
            file del multipart/form-data; risponde con il vocabolario e le righe ora in uso. 400 sul campo file se \
            il file non è una tabella valida; 404 per un vocabolario che non si importa. Solo un amministratore \
            (ruolo ADMIN): 401 senza credenziali, 403 per gli altri ruoli; l'importazione è registrata nell'audit.""")
    ResponseEntity<?> importMultipart(@PathVariable String name, @RequestParam("file") MultipartFile file,
            Locale locale) throws IOException {
        return importBytes(name, file.getBytes(), locale);
    }

    @PostMapping(path = "/api/v1/vocabularies/{name}/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Importa un file ufficiale più recente, come corpo text/csv (solo amministratori)",
            description = """
            Sostituisce le voci del vocabolario (comuni, education-levels, occupations) con il file ufficiale più \
            recente, un CSV con la stessa intestazione di quello distribuito, in UTF-8 e al più 5 MB, come corpo \
            text/csv o text/plain; risponde con il vocabolario e le righe ora in uso. 400 sul campo file se il file \
            non è una tabella valida; 404 per un vocabolario che non si importa. Solo un amministratore (ruolo \
            ADMIN): 401 senza credenziali, 403 per gli altri ruoli; l'importazione è registrata nell'audit.""")
    ResponseEntity<?> importBody(@PathVariable String name, @org.springframework.web.bind.annotation.RequestBody byte[] body,
            Locale locale) {
        return importBytes(name, body, locale);
    }

    private ResponseEntity<?> importBytes(String name, byte[] content, Locale locale) {
        Optional<CurrentUser> caller = Callers.current();
        if (caller.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    messages.getMessage("problem.unauthorized.detail", null, "Authentication required", locale));
            problem.setType(java.net.URI.create("https://retelavoro.it/problems/unauthorized"));
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"retelavoro\"")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        int rows = referenceData.importFile(name, content, caller.get());
        return ResponseEntity.ok(Map.of("vocabulary", name, "rows", rows));
    }
}
