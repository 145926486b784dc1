-- Bookings from the public portal (issue 16, point 4): a person asks for an A1 or A2 appointment at a site, with the
-- codice fiscale and an e-mail address; the request holds nothing until it is confirmed from the link sent by mail
-- (within its expiry), which books the appointment if the slot is still free; the same mail's other link cancels
-- it. Only the hashes of the links' secrets are kept. The appointment of a booking from the portal is held by the
-- booking (the person may not be in the registry yet): its holder is the person, the company or the booking.
create table agenda_portal_booking (
    id             uuid primary key,
    site_id        uuid         not null,
    type           varchar(20)  not null,
    operator_id    uuid         not null,
    starts_at      timestamptz  not null,
    fiscal_code    varchar(16)  not null,
    email          varchar(254) not null,
    confirm_hash   varchar(64)  not null unique,
    cancel_hash    varchar(64)  not null unique,
    status         varchar(20)  not null check (status in ('PENDING', 'CONFIRMED', 'CANCELLED')),
    appointment_id uuid references agenda_appointment (id),
    requested_at   timestamptz  not null,
    expires_at     timestamptz  not null,
    decided_at     timestamptz,
    check (status <> 'CONFIRMED' or appointment_id is not null)
);

create index agenda_portal_booking_requested on agenda_portal_booking (requested_at);

alter table agenda_appointment add column portal_booking_id uuid references agenda_portal_booking (id);

do $$
declare
    holder text;
begin
    select conname into holder from pg_constraint
     where conrelid = 'agenda_appointment'::regclass and contype = 'c'
       and pg_get_constraintdef(oid) like '%num_nonnulls(person_id, employer_id) = 1%';
    execute format('alter table agenda_appointment drop constraint %I', holder);
end $$;

alter table agenda_appointment add constraint agenda_appointment_holder
    check (mode = 'GROUP' or num_nonnulls(person_id, employer_id, portal_booking_id) = 1);
