-- API tokens: a client authenticates with a random token instead of a password, so that a request costs a
-- SHA-256 and one indexed lookup rather than a bcrypt. Only the hash of the token is stored.

create table api_token (
    id           uuid primary key,
    user_id      uuid         not null references user_account (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   bytea        not null check (octet_length(token_hash) = 32),
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    version      integer      not null
);

create unique index api_token_hash_uk on api_token (token_hash);
create index api_token_user_idx on api_token (user_id, created_at desc);
