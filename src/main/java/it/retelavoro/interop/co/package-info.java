/**
 * The reader of Comunicazioni Obbligatorie: {@link it.retelavoro.interop.co.CoDocumentReader} (one UniLav or
 * UniSomm document), {@link it.retelavoro.interop.co.CoBatchReader} (a request body: one document or a zip of
 * many) and {@link it.retelavoro.interop.co.CoCodeTables} (contract types, working time, causes of cessation,
 * communication types). The element names and where they come from are in {@code docs/interop-co-model.md}.
 *
 * <p>The intake ({@link it.retelavoro.interop.co.CoIntake}: one transaction per document, idempotent on its code,
 * rectifications and cancellations, refused documents kept raw), the work history it folds
 * ({@code CoEmployment}, table {@code interop_co_employment}), who reads it
 * ({@link it.retelavoro.interop.co.WorkHistory}) and what the administrators see
 * ({@link it.retelavoro.interop.co.CoAdministration}). What the intake does with each kind of communication is in
 * {@code docs/interop-co-model.md}, "What the intake does".
 *
 * <p>A named interface ({@code interop :: co}) for the synthetic generator, which applies the demo's communications
 * through {@link it.retelavoro.interop.co.CoIntake} as the regional CO node would.
 */
@org.springframework.modulith.NamedInterface("co")
package it.retelavoro.interop.co;
