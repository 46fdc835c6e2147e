-- A conclusion names the people who drafted and confirmed it as they are called, not by their user names: the
-- columns take a full name (up to 200 characters, as an account's display name).
alter table conduct.conclusion alter column drafted_by type varchar(200);
alter table conduct.conclusion alter column confirmed_by type varchar(200);
