/**
 * Public reference data the other modules code their records with: comuni (cadastral codes), and the
 * vocabularies that forms and API clients read under {@code /api/v1/vocabularies/{name}}.
 */
package it.retelavoro.reference;
