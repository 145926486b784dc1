/**
 * The Scheda Anagrafico-Professionale (issue 15, part 3): {@link it.retelavoro.interop.sap.SapSheets} reads it for
 * who may read the person, as a {@link it.retelavoro.interop.sap.Sap} written as JSON, XML
 * ({@link it.retelavoro.interop.sap.SapXmlWriter}) or PDF; {@link it.retelavoro.interop.sap.SapWorkHistory} is
 * where the CO intake adds the employments. The sections, the names and their sources are in {@code docs/sap.md}.
 */
package it.retelavoro.interop.sap;
