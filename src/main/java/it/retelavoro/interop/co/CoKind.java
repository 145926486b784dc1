package it.retelavoro.interop.co;

import java.util.Arrays;
import java.util.Optional;

/** The two models of Comunicazione Obbligatoria this reader knows, by root element and namespace. */
public enum CoKind {
    /** Unificato Lav: hire, extension, transformation, cessation of a direct employment relationship. */
    UNILAV("UniLav", "http://servizi.lavoro.gov.it/unilav"),
    /** Unificato Somm: temporary agency work, the agency being the employer and the user company apart. */
    UNISOMM("UniSomm", "http://servizi.lavoro.gov.it/unisomm");

    private final String rootElement;
    private final String namespace;

    CoKind(String rootElement, String namespace) {
        this.rootElement = rootElement;
        this.namespace = namespace;
    }

    public String rootElement() {
        return rootElement;
    }

    public String namespace() {
        return namespace;
    }

    static Optional<CoKind> byRootElement(String localName) {
        return Arrays.stream(values()).filter(kind -> kind.rootElement.equals(localName)).findFirst();
    }
}
