package it.retelavoro.interop.co;

import java.util.List;

/** The code tables of the CO shipped under {@code reference/co/}, with the columns each must have. */
public enum CoCodeTable {
    /** {@code TipologiaContrattuale}, with its validity and the matching {@code employer.ContractType}. */
    CONTRACT_TYPES("reference/co/contract-types.csv", List.of("code", "label", "valid_from", "valid_to",
            "contract_type")),
    /** {@code tipoOrario}: full time, the kinds of part time, undefined. */
    WORKING_TIME("reference/co/working-time.csv", List.of("code", "label", "part_time")),
    /** {@code codiceCausa} of a {@code Cessazione}: a partial list, see {@code reference/SOURCES.md}. */
    CESSATION_CAUSES("reference/co/cessation-causes.csv", List.of("code", "label")),
    /** {@code TipoComunicazione}: obbligatoria, urgenza, rettifica, annullamento, ... */
    COMMUNICATION_TYPES("reference/co/communication-types.csv", List.of("code", "label"));

    private final String classpathLocation;
    private final List<String> header;

    CoCodeTable(String classpathLocation, List<String> header) {
        this.classpathLocation = classpathLocation;
        this.header = header;
    }

    public String classpathLocation() {
        return classpathLocation;
    }

    /** The columns the file must have; more may follow. */
    public List<String> header() {
        return header;
    }
}
