package it.retelavoro.catalogue;

import java.util.Optional;

/**
 * A fact about the recipient that the modalità di accesso of a service requires besides the services
 * delivered before.
 *
 * <p>A condition holds when the recipient's history records it on or before the date of the delivery,
 * or when it is established in the same sitting: the Patto is signed by the A.2 (or B.2) delivered
 * together with the service and registered with the matching output. The specific need that opens A.4
 * has no such output: it must already be recorded.
 */
public enum AccessCondition {
    /** Patto di Servizio della persona sottoscritto. */
    PACT_SIGNED(ServiceCode.A2, OutputCode.PACT_SIGNED),
    /** Specifico fabbisogno individuale rilevato (apre la consulenza orientativa A.4). */
    SPECIFIC_NEED_RECORDED(null, null),
    /** Patto di Servizio dell'impresa sottoscritto. */
    COMPANY_PACT_SIGNED(ServiceCode.B2, OutputCode.COMPANY_PACT_SIGNED);

    private final ServiceCode establishedBy;
    private final OutputCode establishingOutput;

    AccessCondition(ServiceCode establishedBy, OutputCode establishingOutput) {
        this.establishedBy = establishedBy;
        this.establishingOutput = establishingOutput;
    }

    /** The service that, delivered in the same sitting, can establish this condition. */
    public Optional<ServiceCode> establishedBy() {
        return Optional.ofNullable(establishedBy);
    }

    /** The output that service must carry for the condition to be established in the sitting. */
    public Optional<OutputCode> establishingOutput() {
        return Optional.ofNullable(establishingOutput);
    }

    public String labelKey() {
        return "catalogue.condition." + name();
    }
}
