-- Taking a company in charge on its own choice (issue 13, point 5): "L'impresa vi accede da qualsiasi punto
-- della rete pubblico/privata regionale" (B.2). Any organisation may take the company in charge from another by
-- registering the company's signed choice; the move is an act, never rewritten. The organisation that lost the
-- company keeps reading what it registered: its rows here (from_organisation) are what grants it.

create table employer_takeover (
    id                 bigint       generated always as identity primary key,
    employer_id        uuid         not null references employer (id),
    from_organisation  uuid         not null,
    to_organisation    uuid         not null,
    choice_date        date         not null,
    document_reference varchar(100) not null,
    taken_at           timestamptz  not null,
    taken_by           uuid         not null
);

create index employer_takeover_employer_idx on employer_takeover (employer_id, from_organisation);
