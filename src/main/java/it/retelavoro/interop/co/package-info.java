/**
 * The reader of Comunicazioni Obbligatorie: {@link it.retelavoro.interop.co.CoDocumentReader} (one UniLav or
 * UniSomm document), {@link it.retelavoro.interop.co.CoBatchReader} (a request body: one document or a zip of
 * many) and {@link it.retelavoro.interop.co.CoCodeTables} (contract types, working time, causes of cessation,
 * communication types). The element names and where they come from are in {@code docs/interop-co-model.md}.
 */
package it.retelavoro.interop.co;
