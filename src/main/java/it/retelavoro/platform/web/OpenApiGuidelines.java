package it.retelavoro.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import it.retelavoro.shared.Citizen;
import it.retelavoro.shared.CurrentUser;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The OpenAPI document as the Italian interoperability guidelines want it (issue 18; Developers Italia's ruleset
 * {@code italia/api-oas-checker-rules}): the API's identity (title, semantic version, one-line summary, description,
 * contact, terms of use, licence, {@code x-api-id}), the servers from the configuration, and every error an operation
 * can answer documented as {@code application/problem+json} with the {@code Problem} schema: the ones the operation
 * declares itself keep their description, the generic ones are added where they can occur (401 and 403 where the
 * operation is not public, 404 where the path names a resource, 400 where there is input, 409 and 422 where something
 * changes, 413 where there is a body, 500 and 503 always).
 *
 * <p>The version is the contract's: raised with every change of it (a field added is a minor version, a correction
 * of the document a patch); the paths keep {@code /api/v1} as long as nothing is removed or renamed.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiDocumentProperties.class)
class OpenApiGuidelines {

    static final String TITLE = "retelavoro - API della rete regionale dei servizi per il lavoro";
    static final String VERSION = "1.0.0";
    /** Stable across versions and installations: the API, not a release of it. */
    static final String API_ID = "5b1c7e42-9f3d-4c1a-8e67-2d4b9a0f7c31";
    static final String SUMMARY = "Persone, percorsi, imprese, offerte e indicatori della rete regionale dei servizi "
            + "per il lavoro";
    static final String DESCRIPTION = """
            API di retelavoro, il sistema informativo della rete regionale pubblico/privata dei servizi per il lavoro: \
            persone e percorsi (DID, Patto di Servizio, PAI, servizi A.1-A.6), imprese e offerte di lavoro (servizi \
            B.1-B.4), invii a colloquio, agenda dei Centri per l'Impiego, flussi nazionali (Comunicazioni \
            Obbligatorie, DID, SAP), repertorio degli standard dei servizi, indicatori e dati aperti. Ogni prestazione \
            è valutata sulle regole del repertorio in vigore alla sua data: un rifiuto è una risposta 422 \
            application/problem+json che cita la regola e la sua fonte. Ogni errore è un application/problem+json \
            (RFC 9457).

            Autenticazione: token (bearerAuth, emesso da POST /api/v1/tokens) o, per compatibilità, nome utente e \
            password (basicAuth). Le operazioni pubbliche (vocabolari, repertorio, dati aperti, /status) non la \
            chiedono. Le richieste POST accettano l'intestazione Idempotency-Key. Stato del servizio: GET /status.""";

    static {
        // what the application resolves itself, never a parameter a client sends: the caller and the citizen of the
        // request's authentication
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class, Citizen.class);
        // amounts, hours and rates: arbitrary-precision decimals, written as JSON numbers
        SpringDocUtils.getConfig().replaceWithSchema(java.math.BigDecimal.class,
                new io.swagger.v3.oas.models.media.NumberSchema().format("decimal128"));
    }

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    /** The generic errors, by status: the component's name and what it says. */
    private static final Map<Integer, String[]> ERRORS = errors();

    private static Map<Integer, String[]> errors() {
        Map<Integer, String[]> errors = new LinkedHashMap<>();
        errors.put(400, new String[] {"BadRequest", "Richiesta non valida: un parametro o un campo mancante, di "
                + "formato errato o fuori dai limiti (errors elenca i campi)"});
        errors.put(401, new String[] {"Unauthorized", "Credenziali mancanti, errate o scadute; dopo troppi tentativi "
                + "falliti Retry-After dice quando riprovare"});
        errors.put(403, new String[] {"Forbidden", "Il chiamante non può compiere l'operazione (ruolo od "
                + "organizzazione)"});
        errors.put(404, new String[] {"NotFound", "La risorsa non esiste o non è visibile al chiamante"});
        errors.put(409, new String[] {"Conflict", "In conflitto con lo stato della risorsa: modificata nel frattempo "
                + "(If-Match), già registrata, o la stessa Idempotency-Key è ancora in corso"});
        errors.put(413, new String[] {"ContentTooLarge", "Il corpo della richiesta supera la dimensione ammessa"});
        errors.put(422, new String[] {"UnprocessableContent", "Rifiutata da una regola del repertorio (rule e source "
                + "la citano) o Idempotency-Key già usata per un'altra richiesta"});
        errors.put(429, new String[] {"TooManyRequests", "Troppe richieste: riprovare dopo Retry-After secondi"});
        errors.put(500, new String[] {"InternalError", "Errore inatteso: errorId lo identifica nel registro del "
                + "servizio"});
        errors.put(503, new String[] {"ServiceUnavailable", "Servizio momentaneamente non disponibile (base dati non "
                + "raggiungibile): riprovare dopo Retry-After secondi"});
        return errors;
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    OpenApiCustomizer interoperabilityGuidelines(ApiDocumentProperties properties) {
        return api -> {
            api.info(info(properties));
            api.servers(properties.servers().stream().map(OpenApiGuidelines::server).toList());
            Components components = api.getComponents() == null ? new Components() : api.getComponents();
            api.components(components);
            components.addSchemas(PROBLEM, problemSchema());
            Set<Integer> used = new LinkedHashSet<>();
            Set<String> tags = new LinkedHashSet<>();
            if (api.getPaths() != null) {
                api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    errors(path, method, operation, used);
                    if (operation.getTags() != null) {
                        tags.addAll(operation.getTags());
                    }
                }));
            }
            for (int status : used) {
                components.addResponses(ERRORS.get(status)[0], problemResponse(status, ERRORS.get(status)[1]));
            }
            declareTags(api, tags);
        };
    }

    /**
     * A handler selected by a query parameter's value ({@code params = "inCharge=true"}) shares its path and method with
     * another, so the document has one operation for both: the parameter that selects it is declared there, or a client
     * reading the document alone could never reach it.
     */
    @Bean
    OperationCustomizer selectingParameters() {
        return (operation, handler) -> {
            org.springframework.web.bind.annotation.RequestMapping mapping = org.springframework.core.annotation
                    .AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(),
                            org.springframework.web.bind.annotation.RequestMapping.class);
            if (mapping == null) {
                return operation;
            }
            for (String condition : mapping.params()) {
                String[] pair = condition.split("=", 2);
                if (pair.length != 2 || pair[0].startsWith("!") || (operation.getParameters() != null
                        && operation.getParameters().stream().anyMatch(p -> pair[0].equals(p.getName())))) {
                    continue;
                }
                operation.addParametersItem(new io.swagger.v3.oas.models.parameters.QueryParameter().name(pair[0])
                        .required(false).schema(new StringSchema()._enum(List.of(pair[1])))
                        .description("Con " + condition + ": " + operation.getSummary()));
            }
            return operation;
        };
    }

    private static Info info(ApiDocumentProperties properties) {
        Info info = new Info().title(TITLE).version(VERSION).description(DESCRIPTION)
                .termsOfService(properties.termsOfService())
                .contact(new Contact().name(properties.contact().name()).email(properties.contact().email())
                        .url(properties.contact().url()))
                .license(new License().name("EUPL-1.2").url("https://eupl.eu/1.2/it/"));
        info.addExtension("x-summary", SUMMARY);
        info.addExtension("x-api-id", API_ID);
        return info;
    }

    private static Server server(ApiDocumentProperties.Server configured) {
        Server server = new Server().url(configured.url()).description(configured.description());
        if (configured.sandbox()) {
            server.addExtension("x-sandbox", true);
        }
        return server;
    }

    /**
     * The operation's errors: those it declares get the problem's media type and schema, the generic ones that can
     * occur there are added (springdoc copies none from the exception handlers: override-with-generic-response).
     */
    private static void errors(String path, PathItem.HttpMethod method, Operation operation, Set<Integer> used) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        responses.forEach((code, response) -> {
            if (isError(code) && response.get$ref() == null) {
                response.setContent(problemContent());
                if (code.equals("503") || code.equals("429")) {
                    response.addHeaderObject("Retry-After", retryAfter());
                }
            }
        });
        boolean secured = operation.getSecurity() == null || !operation.getSecurity().isEmpty();
        if (!secured && operation.getParameters() != null) {
            // the idempotency keys belong to an authenticated caller: an anonymous request's key is ignored
            operation.getParameters().removeIf(parameter -> "Idempotency-Key".equals(parameter.getName()));
        }
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean input = operation.getRequestBody() != null
                || (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> !"path".equals(parameter.getIn())));
        addError(responses, 400, input || path.contains("{"), used);
        addError(responses, 401, secured, used);
        addError(responses, 403, secured, used);
        addError(responses, 404, path.contains("{"), used);
        addError(responses, 409, changes && secured, used);
        addError(responses, 413, operation.getRequestBody() != null, used);
        addError(responses, 422, changes && secured, used);
        addError(responses, 500, true, used);
        addError(responses, 503, true, used);
    }

    private static boolean isError(String code) {
        return code.startsWith("4") || code.startsWith("5") || code.equals("default");
    }

    private static void addError(ApiResponses responses, int status, boolean occurs, Set<Integer> used) {
        if (occurs && !responses.containsKey(Integer.toString(status))) {
            responses.addApiResponse(Integer.toString(status),
                    new ApiResponse().$ref("#/components/responses/" + ERRORS.get(status)[0]));
            used.add(status);
        }
    }

    private static ApiResponse problemResponse(int status, String description) {
        ApiResponse response = new ApiResponse().description(description).content(problemContent());
        if (status == 503 || status == 429) {
            response.addHeaderObject("Retry-After", retryAfter());
        }
        return response;
    }

    private static Header retryAfter() {
        return new Header().description("Dopo quanti secondi riprovare")
                .schema(new IntegerSchema().format("int32").minimum(java.math.BigDecimal.ONE));
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    /** RFC 9457, with the members retelavoro adds where they apply. */
    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().format("uri").description("Il tipo di problema, stabile")
                .example("https://retelavoro.it/problems/not-found"));
        properties.put("title", new StringSchema().description("Il tipo di problema, in breve").example(
                "Risorsa non trovata"));
        properties.put("status", new IntegerSchema().format("int32").minimum(java.math.BigDecimal.valueOf(100))
                .maximum(java.math.BigDecimal.valueOf(599)).description("Lo stato HTTP").example(404));
        properties.put("detail", new StringSchema().description("Che cosa è accaduto, per chi legge"));
        properties.put("instance", new StringSchema().format("uri-reference").description("La richiesta"));
        properties.put("rule", new StringSchema().description("La regola del repertorio che ha rifiutato (422)"));
        properties.put("source", new StringSchema().description("La fonte della regola (422)"));
        properties.put("errorId", new StringSchema().description("L'errore nel registro del servizio (500)"));
        Schema fieldError = new ObjectSchema().addProperty("field", new StringSchema().description("Il campo"))
                .addProperty("message", new StringSchema().description("Perché è stato rifiutato"));
        properties.put("errors", new io.swagger.v3.oas.models.media.ArraySchema().items(fieldError)
                .description("I campi rifiutati, ognuno con il motivo (400)"));
        Schema problem = new ObjectSchema().description("Un errore, come RFC 9457 (application/problem+json)");
        problem.setProperties(properties);
        return problem;
    }

    /** Every tag an operation uses is declared at the root, with the descriptions the controllers give. */
    private static void declareTags(OpenAPI api, Set<String> used) {
        List<Tag> declared = api.getTags() == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(
                api.getTags());
        Set<String> names = new LinkedHashSet<>();
        declared.forEach(tag -> names.add(tag.getName()));
        for (String tag : used) {
            if (names.add(tag)) {
                declared.add(new Tag().name(tag));
            }
        }
        api.setTags(declared);
    }
}
