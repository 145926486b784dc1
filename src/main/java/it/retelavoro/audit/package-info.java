/**
 * The append-only audit trail (tracciabilità): every write, every read of personal data, every denied
 * access and every login goes through {@link it.retelavoro.audit.AuditLog}. Rows never hold personal
 * data themselves, only who acted, on which object (by id), with which outcome.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared" })
package it.retelavoro.audit;
