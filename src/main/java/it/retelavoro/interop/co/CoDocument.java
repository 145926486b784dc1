package it.retelavoro.interop.co;

import java.time.OffsetDateTime;

/**
 * One Comunicazione Obbligatoria as read from its XML: who, for whom, and the one event it communicates.
 *
 * @param kind              UniLav or UniSomm
 * @param code              {@code codiceComunicazione}
 * @param previousCode      {@code codiceComunicazionePrecedente}: the communication a rectification or a
 *                          cancellation corrects; {@code null} otherwise
 * @param sentAt            {@code dataInvio}, an xs:dateTime; without an offset it is read as Italian time
 * @param version           {@code versione} of the model (e.g. CO160201R1); {@code null} when absent
 * @param communicationType {@code TipoComunicazione}, two digits (01 obbligatoria, 03 rettifica,
 *                          04 annullamento, ...: {@link CoCodeTable#COMMUNICATION_TYPES})
 * @param employer          UniLav's {@code DatoreLavoro}; UniSomm's agency, the employer of record
 * @param userCompany       UniSomm's {@code DittaUtilizzatrice}; {@code null} for UniLav
 * @param worker            {@code Lavoratore}
 * @param event             the hire, extension, transformation or cessation
 */
public record CoDocument(CoKind kind, CoCode code, CoCode previousCode, OffsetDateTime sentAt, String version,
        String communicationType, CoEmployer employer, CoEmployer userCompany, CoWorker worker, CoEvent event) {

    /** {@code TipoComunicazione} of a rectification. */
    public static final String RECTIFICATION = "03";
    /** {@code TipoComunicazione} of a cancellation. */
    public static final String CANCELLATION = "04";

    public boolean isRectification() {
        return RECTIFICATION.equals(communicationType);
    }

    public boolean isCancellation() {
        return CANCELLATION.equals(communicationType);
    }
}
