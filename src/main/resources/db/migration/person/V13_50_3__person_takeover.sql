-- Taking over on the person's choice (issue 13, point 5): "L'utente vi accede da qualsiasi punto della rete".
-- A move of the person's pathway is either a transfer by the organisation in charge (with its reason) or a
-- taking over by the organisation the person chose (with the date and the reference of the signed choice).
-- The organisation that lost the person by a taking over keeps reading what it registered: its rows here
-- (from_organisation, kind CHOICE) are what grants it.

alter table person_transfer
    add column kind               varchar(16) not null default 'TRANSFER' check (kind in ('TRANSFER', 'CHOICE')),
    add column choice_date        date,
    add column document_reference varchar(100),
    add constraint person_transfer_choice check (kind = 'TRANSFER'
        or (choice_date is not null and document_reference is not null));

create index person_transfer_former_idx on person_transfer (person_id, from_organisation) where kind = 'CHOICE';
