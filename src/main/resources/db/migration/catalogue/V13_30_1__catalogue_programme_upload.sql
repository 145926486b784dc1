-- Programmes ("Atti programmatici", issue 13) uploaded by an administrator, kept as the YAML text they were
-- accepted as: at start-up they are registered again, after the programmes shipped with the application. A
-- programme once in force has judged deliveries, so a row is never changed nor removed.

create table catalogue_programme_upload (
    id           uuid         primary key,
    programme    varchar(40)  not null unique,
    yaml         text         not null,
    uploaded_by  varchar(100) not null,
    uploaded_at  timestamptz  not null
);

create index catalogue_programme_upload_at_idx on catalogue_programme_upload (uploaded_at, id);

create trigger catalogue_programme_upload_no_update_or_delete
    before update or delete on catalogue_programme_upload
    for each row execute function catalogue_version_upload_is_append_only();

create trigger catalogue_programme_upload_no_truncate
    before truncate on catalogue_programme_upload
    for each statement execute function catalogue_version_upload_is_append_only();
