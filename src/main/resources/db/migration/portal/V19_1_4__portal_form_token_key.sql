-- Issue 19: the key that signs the public forms' tokens, one for every instance: a token issued by one instance is
-- good on another (a load balancer sends the page and the form to any of them). Made once, by the first instance
-- that needs it.
create table portal_form_token_key (
    id          smallint    primary key check (id = 1),
    signing_key bytea       not null check (octet_length(signing_key) = 32),
    created_at  timestamptz not null default now()
);
