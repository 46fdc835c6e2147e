-- An issued commendation decision is never changed or removed: the one change the database lets through is the
-- signing of its PDF, once (the PDF column from empty to set); the awards it grants are as fixed as the decision.
create function emulation.refuse_change_of_decision() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.pdf is null and new.pdf is not null
            and (new.id, new.number, new.signed_on, new.issuer, new.signer_title, new.signer_name, new.session_id,
                 new.base_salary, new.created_by, new.created_at)
            is not distinct from (old.id, old.number, old.signed_on, old.issuer, old.signer_title, old.signer_name,
                 old.session_id, old.base_salary, old.created_by, old.created_at) then
        return new;
    end if;
    raise exception 'emulation.%: an issued decision is never changed or removed (%)', tg_table_name, tg_op
        using errcode = 'P0001';
end $$;

create trigger decision_append_only before update or delete on emulation.decision
    for each row execute function emulation.refuse_change_of_decision();

create function emulation.refuse_change_of_award() returns trigger language plpgsql as $$
begin
    raise exception 'emulation.award: the awards of an issued decision are never changed or removed (%)', tg_op
        using errcode = 'P0001';
end $$;

create trigger award_append_only before update or delete on emulation.award
    for each row execute function emulation.refuse_change_of_award();
