/**
 * Interoperability with the national and regional systems of the public employment services (issue 15), through
 * the public services of the other modules:
 * <ul>
 * <li>{@code interop.co}: the reader of the Comunicazioni Obbligatorie, UniLav and UniSomm documents parsed into
 * immutable records, alone or in a zip, and the CO code tables they use; their intake
 * ({@code POST /api/v1/co/communications} for the regional CO node, {@code /admin/co} for the administrators:
 * {@code CoIntake}) and the work history they make, apart from the experiences the operators type and read-only
 * ({@code WorkHistory}, {@code /persons/{id}/work-history}); the events {@link it.retelavoro.interop.CoEvents}, and
 * each employment's current state for aggregate statistics ({@link it.retelavoro.interop.CoEmploymentsForStatistics},
 * the monitoring's outcomes);</li>
 * <li>{@code interop.did}: the DIDs made on the national portal ({@code POST /api/v1/did/national}), each
 * recorded once for the CPI of the person's domicile, the person registered when absent;</li>
 * <li>{@code interop.sap}: the Scheda Anagrafico-Professionale of a person ({@code GET /api/v1/persons/{id}/sap},
 * {@code .xml}, {@code .pdf}), read through the person and pathway modules, for who may read the person.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "catalogue", "network", "person",
        "pathway", "reference"})
package it.retelavoro.interop;
