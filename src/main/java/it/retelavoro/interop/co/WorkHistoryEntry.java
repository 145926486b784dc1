package it.retelavoro.interop.co;

import it.retelavoro.interop.CoEmploymentId;
import java.time.LocalDate;
import java.util.List;

/**
 * One employment of a worker's work history as the Comunicazioni Obbligatorie tell it (source {@code CO}):
 * read-only, apart from the experiences the operators type. Each code comes with its label ({@code null} when the
 * tables do not know the code).
 *
 * @param workplaceComune the comune of the workplace (cadastral code), {@code workplaceLabel} its name
 * @param userCompanyName for temporary agency work, the company where the worker works; {@code null} otherwise
 * @param endDate         {@code null} while open-ended
 * @param communications  the codes of the communications it is made of, in their order
 */
public record WorkHistoryEntry(CoEmploymentId id, String source, String employerFiscalCode, String employerName,
        String atecoCode, String atecoLabel, String workplaceComune, String workplaceLabel,
        String userCompanyFiscalCode, String userCompanyName, LocalDate startDate, LocalDate endDate,
        String contractTypeCode, String contractTypeLabel, String workingTimeCode, String workingTimeLabel,
        String occupationCode, String occupationLabel, LocalDate cessationDate, String cessationCauseCode,
        String cessationCauseLabel, List<String> communications) {

    /** The source of every entry: the Comunicazioni Obbligatorie. */
    public static final String SOURCE = "CO";

    public WorkHistoryEntry {
        communications = List.copyOf(communications);
    }
}
