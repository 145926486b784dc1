package it.retelavoro.platform.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document says of itself: the name, version and purpose of retelavoro's API (not the
 * generator's "OpenAPI definition v0"). The version is the one of the paths, {@code /api/v1}: fields are added
 * to it, never renamed or removed.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = OpenApiInfoConfiguration.TITLE, version = OpenApiInfoConfiguration.VERSION,
        description = """
                API di retelavoro, il sistema informativo della rete regionale pubblico/privata dei servizi per il \
                lavoro: persone e percorsi (DID, Patto di Servizio, PAI, servizi A.1-A.6), imprese e offerte di \
                lavoro (servizi B.1-B.4), invii a colloquio, repertorio degli standard dei servizi, indicatori e \
                dati aperti. Ogni prestazione è valutata sulle regole del repertorio in vigore alla sua data: un \
                rifiuto è una risposta 422 application/problem+json che cita la regola e la sua fonte. \
                Autenticazione con token (POST /api/v1/tokens) o, per compatibilità, con nome utente e password.""",
        license = @License(name = "EUPL-1.2", url = "https://eupl.eu/1.2/it/")))
class OpenApiInfoConfiguration {

    static final String TITLE = "retelavoro - API della rete regionale dei servizi per il lavoro";
    static final String VERSION = "v1";
}
