-- Issue 17: an account of the network may be linked to an identity of the Region's staff provider (OpenID
-- Connect): the value of the claim the installation names (retelavoro.identity.operator.link-claim, for example
-- the fiscal code or the username there). Role, organisation and sites stay here; one identity, one account.
alter table user_account add column identity_link varchar(200);

create unique index user_account_identity_link_key on user_account (identity_link) where identity_link is not null;
