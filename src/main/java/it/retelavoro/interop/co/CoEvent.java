package it.retelavoro.interop.co;

import java.time.LocalDate;

/**
 * The one event a CO document communicates. Codes are the CO's own, as {@link CoCodeTables} lists them;
 * the reader checks their form, not whether the tables know them.
 */
public sealed interface CoEvent {

    /**
     * The date the event is about: the start of a hire, the new end date of an extension, the date of a
     * transformation or of a cessation.
     */
    LocalDate date();

    /**
     * A hire ({@code InizioRapporto}; in UniSomm the mission's {@code Inizio} with the agency's contract).
     *
     * @param endDate          {@code null} for an open-ended relationship
     * @param workingTimeCode  {@code tipoOrario@codice} (F, P, V, M, N); {@code null} when absent
     * @param occupationCode   {@code qualificaProfessionale}, an ISTAT CP code; {@code null} when absent
     * @param contractTypeCode {@code TipologiaContrattuale}, such as {@code A.01.00}
     */
    record Start(LocalDate startDate, LocalDate endDate, String workingTimeCode, String occupationCode,
            String contractTypeCode) implements CoEvent {
        @Override
        public LocalDate date() {
            return startDate;
        }
    }

    /**
     * An extension ({@code Proroga}) of a fixed-term relationship or mission.
     *
     * @param startDate        the start of the relationship extended; {@code null} when the document omits it
     * @param extendedTo       {@code dataFineProroga}, the new end date
     * @param contractTypeCode {@code null} when the document omits it
     */
    record Extension(LocalDate startDate, LocalDate extendedTo, String contractTypeCode) implements CoEvent {
        @Override
        public LocalDate date() {
            return extendedTo;
        }
    }

    /**
     * A transformation ({@code Trasformazione}), such as fixed-term to open-ended or full to part time.
     *
     * @param transformationCode {@code codiceTrasformazione}, two letters (e.g. DI)
     * @param contractTypeCode   the contract after the transformation; {@code null} when absent
     * @param workingTimeCode    the working time after the transformation; {@code null} when absent
     * @param startDate          the start of the relationship transformed, as the document repeats it
     *                           ({@code dataInizio} below the event); {@code null} when the document omits it
     */
    record Transformation(LocalDate date, String transformationCode, String contractTypeCode,
            String workingTimeCode, LocalDate startDate) implements CoEvent {
    }

    /**
     * A cessation ({@code Cessazione}).
     *
     * @param causeCode {@code codiceCausa}, two characters
     * @param startDate the start of the relationship ended, as the document repeats it ({@code dataInizio}
     *                  below the event); {@code null} when the document omits it
     */
    record Cessation(LocalDate date, String causeCode, LocalDate startDate) implements CoEvent {
    }
}
