package it.retelavoro.network.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import it.retelavoro.network.ApiToken;
import it.retelavoro.network.ApiTokenId;
import it.retelavoro.network.ApiTokens;
import it.retelavoro.network.ApiTokens.IssuedApiToken;
import it.retelavoro.shared.CurrentUser;
import it.retelavoro.shared.UserId;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** API tokens: issued with a password, then sent as {@code Authorization: Bearer <token>}. */
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "Token API", description = "Token per i client dell'API: più veloci dell'autenticazione Basic, "
        + "che calcola bcrypt a ogni richiesta")
class ApiTokenApiController {

    private final ApiTokens tokens;

    ApiTokenApiController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    @SecurityRequirement(name = "basicAuth")
    @Operation(summary = "Emette un token per il chiamante (autenticazione Basic o sessione, non con un token); "
            + "il token è restituito solo in questa risposta",
            description = """
                    Emette un token API a nome del chiamante, valido expiresInDays giorni (da 1 a 365), da mandare \
                    come Authorization: Bearer seguito dal token; il segreto compare solo in questa risposta. \
                    Qualsiasi utente autenticato con la password (Basic) o con la sessione delle pagine (allora con \
                    l'intestazione X-CSRF-TOKEN), compresi i sistemi dei flussi nazionali; mai con un altro token \
                    (403). 400 se il nome manca o è troppo lungo o la durata è fuori intervallo.""")
    ResponseEntity<IssuedTokenResponse> issue(@RequestBody TokenRequest request, CurrentUser caller) {
        IssuedApiToken issued = tokens.issue(request.name(), request.expiresInDays(), caller);
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.token().id()))
                .body(IssuedTokenResponse.of(issued));
    }

    @GetMapping
    @SecurityRequirement(name = "basicAuth")
    @SecurityRequirement(name = "bearerAuth")
    @Operation(summary = "I token del chiamante (mai il token stesso); un amministratore indica userId per "
            + "quelli di un altro utente",
            description = """
                    Elenca i token del chiamante (nome, creazione, scadenza, ultimo uso, revoca), mai il segreto. \
                    Qualsiasi utente autenticato, anche con un token; userId, per i token di un altro utente, solo per \
                    un amministratore (403 per gli altri).""")
    List<TokenResponse> list(@Parameter(description = "solo amministratori: i token di questo utente")
            @RequestParam Optional<UUID> userId, CurrentUser caller) {
        return tokens.tokensOf(userId.map(UserId::new), caller).stream().map(TokenResponse::of).toList();
    }

    @DeleteMapping("/{id}")
    @SecurityRequirement(name = "basicAuth")
    @SecurityRequirement(name = "bearerAuth")
    @Operation(summary = "Revoca un token del chiamante (un amministratore: qualsiasi token)",
            description = """
                    Revoca un token: da quel momento non autentica più nulla; revocarne uno già revocato non cambia \
                    niente. Il proprietario revoca i propri token, un amministratore qualsiasi token; il token di un \
                    altro utente risponde 404 come se non esistesse.""")
    ResponseEntity<Void> revoke(@PathVariable UUID id, CurrentUser caller) {
        tokens.revoke(new ApiTokenId(id), caller);
        return ResponseEntity.noContent().build();
    }

    record TokenRequest(String name, Integer expiresInDays) {
    }

    record TokenResponse(UUID id, UUID userId, String name, Instant createdAt, Instant expiresAt,
            Instant lastUsedAt, Instant revokedAt) {
        static TokenResponse of(ApiToken token) {
            return new TokenResponse(token.id().value(), token.owner().value(), token.name(), token.createdAt(),
                    token.expiresAt(), token.lastUsedAt().orElse(null), token.revokedAt().orElse(null));
        }
    }

    record IssuedTokenResponse(UUID id, String name, String token, Instant createdAt, Instant expiresAt) {
        static IssuedTokenResponse of(IssuedApiToken issued) {
            ApiToken token = issued.token();
            return new IssuedTokenResponse(token.id().value(), token.name(), issued.secret(), token.createdAt(),
                    token.expiresAt());
        }
    }
}
