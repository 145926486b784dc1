-- The outbox of the mails the application sends (issue 16): every mail is written here in the transaction of the
-- change that sends it, then sent over SMTP by the dispatcher (one instance at a time, each row taken with
-- "for update skip locked"), with its delivery status. Without a mail server (the embedded default) a mail is
-- held here, and the administrators read it on /admin/outbox. The rows hold personal data (addresses, names,
-- appointments): they are deleted after the retention period.
create table mail_message (
    id              uuid primary key,
    topic           varchar(40)  not null,
    reference_id    uuid,
    recipient       varchar(254) not null,
    subject         varchar(200) not null,
    body            text         not null,
    status          varchar(20)  not null check (status in ('QUEUED', 'SENT', 'FAILED', 'HELD')),
    attempts        smallint     not null default 0,
    next_attempt_at timestamptz,
    last_error      varchar(500),
    created_at      timestamptz  not null,
    sent_at         timestamptz,
    check (status <> 'QUEUED' or next_attempt_at is not null),
    check (status <> 'SENT' or sent_at is not null)
);

create index mail_message_due on mail_message (next_attempt_at) where status = 'QUEUED';
create index mail_message_created on mail_message (created_at desc, id);
create index mail_message_reference on mail_message (reference_id) where reference_id is not null;

create table mail_attachment (
    message_id   uuid         not null references mail_message (id) on delete cascade,
    position     smallint     not null,
    file_name    varchar(100) not null,
    content_type varchar(100) not null,
    content      bytea        not null,
    primary key (message_id, position)
);
