-- A published PAR Index result is evidence: its snapshot, its SHA-256 and its signed PDF must stay exactly as
-- published, and so must the scores of an assessment once its result is final. The database itself refuses to
-- change or remove them, whoever connects (the application's own role included); a correction is a new record.
create function reformindex.refuse_change_of_published() returns trigger language plpgsql as $$
begin
    raise exception 'reformindex.%: a published record is never changed or removed (%)', tg_table_name, tg_op
        using errcode = 'P0001';
end $$;

create trigger publication_append_only before update or delete on reformindex.publication
    for each row execute function reformindex.refuse_change_of_published();

create function reformindex.refuse_change_of_final_score() returns trigger language plpgsql as $$
begin
    if exists (select 1 from reformindex.assessment a where a.id = old.assessment_id and a.finalized_at is not null) then
        raise exception 'reformindex.score: the scores of a final result are never changed or removed (%)', tg_op
            using errcode = 'P0001';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger score_final_append_only before update or delete on reformindex.score
    for each row execute function reformindex.refuse_change_of_final_score();
