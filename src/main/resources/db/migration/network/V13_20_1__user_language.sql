-- Issue 13, point 2: the languages an operator speaks (ISO 639-1), compared by the rule engine with the
-- language a person of a complex target needs ("Conoscenza lingue straniere").
create table user_language (
    user_id  uuid       not null references user_account (id) on delete cascade,
    language varchar(2) not null check (language ~ '^[a-z]{2}$'),
    primary key (user_id, language)
);
