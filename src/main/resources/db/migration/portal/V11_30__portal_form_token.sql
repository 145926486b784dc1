-- The application forms' tokens already used: a token is good for one application only.
create table portal_form_token (
    nonce   text primary key,
    used_at timestamptz not null
);
create index portal_form_token_used_at on portal_form_token (used_at);
