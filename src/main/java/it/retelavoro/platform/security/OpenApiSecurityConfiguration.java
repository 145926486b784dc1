package it.retelavoro.platform.security;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.util.AntPathMatcher;

/**
 * The two ways a client authenticates to the API, as the OpenAPI document names them: {@code bearer}, an API
 * token from {@code POST /api/v1/tokens} (fast: a SHA-256 per request), and {@code basic}, kept for
 * compatibility (slow: bcrypt on every request). Every operation that is not public accepts either, except
 * issuing a token, which takes a password.
 */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = OpenApiSecurityConfiguration.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "rtl_...",
        description = "Token API emesso da POST /api/v1/tokens, inviato nell'intestazione Authorization come "
                + "Bearer seguito dal token. "
                + "Consigliato: costa un hash SHA-256 per richiesta.")
@SecurityScheme(name = OpenApiSecurityConfiguration.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "Nome utente e password a ogni richiesta: mantenuto per compatibilità ma lento (bcrypt a "
                + "ogni richiesta, decine di millisecondi). Per i client automatici usare un token.")
@SecurityScheme(name = OpenApiSecurityConfiguration.CITIZEN_SESSION, type = SecuritySchemeType.APIKEY,
        in = io.swagger.v3.oas.annotations.enums.SecuritySchemeIn.COOKIE, paramName = "SESSION",
        description = "La sessione del cittadino entrato con SPID o CIE (/oauth2/authorization/citizen), solo per "
                + "/api/v1/citizen/**; le modifiche portano anche l'intestazione X-CSRF-TOKEN con il token della "
                + "sessione.")
class OpenApiSecurityConfiguration {

    static final String BEARER = "bearerAuth";
    static final String BASIC = "basicAuth";
    static final String CITIZEN_SESSION = "citizenSession";
    private static final AntPathMatcher PATHS = new AntPathMatcher();

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    OpenApiCustomizer apiSecuritySchemes() {
        return api -> {
            // every operation needs one of the two unless it says otherwise (the public ones say: none)
            api.setSecurity(List.of(requirement(BEARER), requirement(BASIC)));
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> {
                for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
                    Operation operation = entry.getValue();
                    boolean declared = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
                    if (PATHS.match(SecurityConfiguration.CITIZEN_API, path)) {
                        operation.setSecurity(List.of(requirement(CITIZEN_SESSION)));
                    } else if (path.equals("/api/v1/tokens") && entry.getKey() == PathItem.HttpMethod.POST) {
                        operation.setSecurity(List.of(requirement(BASIC)));
                    } else if (declared || !isPublic(path)) {
                        // a public path with a declared requirement is an administrator's operation under it
                        operation.setSecurity(List.of(requirement(BEARER), requirement(BASIC)));
                    } else {
                        operation.setSecurity(List.of());
                    }
                }
            });
        };
    }

    private static boolean isPublic(String path) {
        return path.equals("/status") || Arrays.stream(SecurityConfiguration.PUBLIC_API).anyMatch(pattern -> PATHS.match(pattern, path));
    }

    private static SecurityRequirement requirement(String scheme) {
        return new SecurityRequirement().addList(scheme);
    }
}
