package it.retelavoro.audit;

/** How an audited action ended. */
public enum AuditOutcome {
    SUCCESS, DENIED, FAILED
}
