-- An account may belong to a staff member (staff sign in to confirm codes of conduct, see their own results).
-- No foreign key: platform sits below the staff module and must not depend on its tables.
alter table platform.account add column staff_id bigint;
comment on column platform.account.staff_id is 'Cán bộ gắn với tài khoản (nếu có)';
