/**
 * The mails the application sends (issue 16): an outbox in the database, written in the transaction of the change
 * that sends a mail ({@link it.retelavoro.mail.Mailer#enqueue}), then sent over SMTP ({@code spring.mail.*}) by a
 * dispatcher that runs on one instance at a time (ShedLock) and takes each mail with {@code for update skip
 * locked}, retrying a refused one with a growing delay; its delivery status is kept
 * ({@link it.retelavoro.mail.Mailer#status}). Without a mail server (the embedded default) a mail is held in the
 * outbox, which the administrators read on {@code /admin/outbox}. Mails are deleted after the retention period
 * ({@code retelavoro.mail.retention-days}). It owns the tables {@code mail_*}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit" })
package it.retelavoro.mail;
