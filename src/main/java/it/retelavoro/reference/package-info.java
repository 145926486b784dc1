/**
 * Public reference data the other modules code their records with: comuni (cadastral codes), and the
 * vocabularies that forms and API clients read under {@code /api/v1/vocabularies/{name}}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "audit" })
package it.retelavoro.reference;
