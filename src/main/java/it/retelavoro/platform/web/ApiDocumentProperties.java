package it.retelavoro.platform.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the API's OpenAPI document says of the service that publishes it ({@code retelavoro.api.*}, issue 18): the
 * office to contact, the terms of use, the servers where the API answers. The defaults are the Region's; an
 * installation sets its own.
 *
 * @param contact        the office that answers for the API
 * @param termsOfService the address of the terms of use (the licence and the privacy notice)
 * @param servers        where the API answers: the public https address first; a local or test one is a sandbox
 */
@ConfigurationProperties("retelavoro.api")
record ApiDocumentProperties(Contact contact, String termsOfService, List<Server> servers) {

    ApiDocumentProperties {
        contact = contact == null ? new Contact(null, null, null) : contact;
        termsOfService = termsOfService == null || termsOfService.isBlank()
                ? "https://retelavoro.regione.piemonte.it/privacy/api-terms" : termsOfService;
        servers = servers == null || servers.isEmpty()
                ? List.of(new Server("https://retelavoro.regione.piemonte.it", "Servizio della Regione Piemonte",
                        false))
                : List.copyOf(servers);
    }

    /**
     * @param name  the office
     * @param email its address
     * @param url   its page
     */
    record Contact(String name, String email, String url) {

        Contact {
            name = name == null ? "Regione Piemonte - Settore Politiche del lavoro" : name;
            email = email == null ? "servizi.lavoro@regione.piemonte.it" : email;
            url = url == null ? "https://www.regione.piemonte.it/web/temi/istruzione-formazione-lavoro/lavoro" : url;
        }
    }

    /**
     * @param url         the base address, without a trailing slash
     * @param description what the server is
     * @param sandbox     a local or test installation (marked {@code x-sandbox: true}), never the service
     */
    record Server(String url, String description, boolean sandbox) {
    }
}
