package it.retelavoro.mail;

/** Where a mail of the outbox stands. */
public enum MailState {
    /** Waiting for the dispatcher (again, after a refused attempt). */
    QUEUED,
    /** Accepted by the mail server. */
    SENT,
    /** Refused at every attempt: it will not be sent. */
    FAILED,
    /** Kept in the outbox only: no mail server is configured (the embedded default). */
    HELD
}
