-- The ATECO classification joins the reference files an administrator may import.
alter table reference_file drop constraint reference_file_name_check;
alter table reference_file add constraint reference_file_name_check
    check (name in ('comuni', 'education-levels', 'occupations', 'ateco'));
