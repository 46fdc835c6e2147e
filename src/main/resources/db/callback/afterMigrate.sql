-- After every migration, run as the role that owns the schemas: the role the application connects as may read and
-- write the rows of every table (and use the sequences and functions), nothing more: no DDL, no disabling of the
-- triggers that keep the audit log and published records append-only, and not the migration history. When the
-- application connects as the owner itself (an external database configured with one user), there is nothing to grant.
do $$
declare
    app text := '${applicationRole}';
    s record;
begin
    if app = '' or app = current_user or not exists (select 1 from pg_roles where rolname = app) then
        return;
    end if;
    for s in select nspname from pg_namespace
             where nspowner = (select oid from pg_roles where rolname = current_user) and nspname not like 'pg\_%'
               and nspname <> 'public' loop
        execute format('grant usage on schema %I to %I', s.nspname, app);
        execute format('grant select, insert, update, delete on all tables in schema %I to %I', s.nspname, app);
        execute format('grant usage, select, update on all sequences in schema %I to %I', s.nspname, app);
        execute format('grant execute on all functions in schema %I to %I', s.nspname, app);
    end loop;
    execute format('revoke all on table %I.flyway_schema_history from %I',
        (select n.nspname from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where c.relname = 'flyway_schema_history' limit 1), app);
end $$;
