/**
 * Interoperability with the national and regional systems of the public employment services. For now the
 * reader of the Comunicazioni Obbligatorie (issue 15, part 1, {@code interop.co}): UniLav and UniSomm
 * documents parsed into immutable records, alone or in a zip, and the CO code tables they use.
 *
 * <p>Depends on nothing yet: the parsing layer needs no other module. The issue allows {@code shared} and
 * {@code reference}; they are declared when the code uses them, because {@code ModuleContractTests} wants the
 * declaration to match the code exactly.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package it.retelavoro.interop;
