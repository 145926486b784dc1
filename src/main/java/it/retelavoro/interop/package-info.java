/**
 * Interoperability with the national and regional systems of the public employment services (issue 15), through
 * the public services of the other modules:
 * <ul>
 * <li>{@code interop.co}: the reader of the Comunicazioni Obbligatorie, UniLav and UniSomm documents parsed into
 * immutable records, alone or in a zip, and the CO code tables they use;</li>
 * <li>{@code interop.did}: the DIDs made on the national portal ({@code POST /api/v1/did/national}), each
 * recorded once for the CPI of the person's domicile, the person registered when absent;</li>
 * <li>{@code interop.sap}: the Scheda Anagrafico-Professionale of a person ({@code GET /api/v1/persons/{id}/sap},
 * {@code .xml}, {@code .pdf}), read through the person and pathway modules, for who may read the person.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "person", "pathway", "reference",
        "catalogue", "audit"})
package it.retelavoro.interop;
