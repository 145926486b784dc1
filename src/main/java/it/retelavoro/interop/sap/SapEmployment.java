package it.retelavoro.interop.sap;

import it.retelavoro.interop.sap.Sap.Coded;
import java.time.LocalDate;

/**
 * rapporto: one employment as the Comunicazioni Obbligatorie tell it (hire, extensions, transformations,
 * cessation folded into one), the part of the SAP's work experiences that {@link SapWorkHistory} fills.
 *
 * @param employerFiscalCode codiceFiscaleAzienda
 * @param employerName       denominazioneAzienda
 * @param start              dataInizioRapporto
 * @param end                dataFineRapporto: the cessation, else the end of a fixed term; null when open-ended
 * @param contractType       contratto: the CO's tipologia contrattuale, may be null
 * @param workingTime        tipoOrario: the CO's tipo orario, may be null
 * @param occupation         qualifica: ISTAT CP2021, may be null
 */
public record SapEmployment(String employerFiscalCode, String employerName, LocalDate start, LocalDate end,
        Coded contractType, Coded workingTime, Coded occupation) {
}
