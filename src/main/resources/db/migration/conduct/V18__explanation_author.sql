-- An explanation is the accused's own word: who wrote it and when is kept with it (before, an officer could type
-- one in and it was stored as if the person concerned had written it).
alter table conduct.violation add column explained_by text, add column explained_at timestamptz;
comment on column conduct.violation.explained_by is 'Người viết giải trình (tài khoản)';
comment on column conduct.violation.explained_at is 'Thời điểm giải trình';
