-- Catalogue versions uploaded by an administrator (a later regional act), kept as the YAML text they
-- were accepted as: at start-up they are read again, after the versions shipped with the application.
-- A version once in force has judged deliveries, so a row is never changed nor removed: a correction is
-- a new version with a later validFrom.

create table catalogue_version_upload (
    id          uuid         primary key,
    version_id  varchar(64)  not null unique,
    yaml        text         not null,
    uploaded_by varchar(100) not null,
    uploaded_at timestamptz  not null
);

create index catalogue_version_upload_at_idx on catalogue_version_upload (uploaded_at, id);

create function catalogue_version_upload_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'catalogue_version_upload è in sola aggiunta: % non consentito', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger catalogue_version_upload_no_update_or_delete
    before update or delete on catalogue_version_upload
    for each row execute function catalogue_version_upload_is_append_only();

create trigger catalogue_version_upload_no_truncate
    before truncate on catalogue_version_upload
    for each statement execute function catalogue_version_upload_is_append_only();
