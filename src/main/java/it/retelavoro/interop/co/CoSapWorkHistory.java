package it.retelavoro.interop.co;

import it.retelavoro.interop.sap.Sap.Coded;
import it.retelavoro.interop.sap.SapEmployment;
import it.retelavoro.interop.sap.SapWorkHistory;
import it.retelavoro.person.PersonId;
import it.retelavoro.reference.Occupations;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The SAP's employments ({@code esperienzeLavorative/rapporti}) from the work history the Comunicazioni
 * Obbligatorie make: each employment as it is now folded, oldest first, the codes with their descriptions. Called
 * by the SAP after its own access check, inside its transaction: no check, no audit here.
 */
@Component
class CoSapWorkHistory implements SapWorkHistory {

    private final CoWorkHistoryQueries store;
    private final CoCodeTables codeTables;
    private final Occupations occupations;

    CoSapWorkHistory(CoWorkHistoryQueries store, CoCodeTables codeTables, Occupations occupations) {
        this.store = store;
        this.codeTables = codeTables;
        this.occupations = occupations;
    }

    @Override
    public List<SapEmployment> employments(PersonId person, Locale locale) {
        List<SapEmployment> employments = new ArrayList<>();
        for (CoEmployment employment : store.employmentsOf(person)) {
            employments.add(new SapEmployment(employment.employerFiscalCode(), employment.employerName(),
                    employment.startDate(), employment.endDate(),
                    coded(employment.contractTypeCode(), codeTables.label(CoCodeTable.CONTRACT_TYPES,
                            employment.contractTypeCode()).orElse(null)),
                    coded(employment.workingTimeCode(), codeTables.label(CoCodeTable.WORKING_TIME,
                            employment.workingTimeCode()).orElse(null)),
                    coded(employment.occupationCode(), employment.occupationCode() == null ? null
                            : occupations.labelOf(employment.occupationCode(), locale))));
        }
        // the store gives the most recent first; the SAP lists them as they happened
        Collections.reverse(employments);
        return employments;
    }

    private static Coded coded(String code, String description) {
        return code == null ? null : new Coded(code, description);
    }
}
