-- What other modules may read of the staff registry: names, codes, categories and assignments, but no personal data
-- (birth dates, e-mail addresses), which stay behind the staff module's own rights. Other modules join these views,
-- never staff.staff_member or staff.assignment. Plain views, inlined by PostgreSQL.
create view staff.published_member as
select id, staff_code, full_name, sort_key, category, gender
from staff.staff_member;
comment on view staff.published_member is 'Cán bộ (công bố cho các phân hệ khác): mã, họ tên, khoá sắp xếp, loại; không có dữ liệu cá nhân';
create view staff.published_assignment as
select id, staff_id, unit_id, position, leadership, valid_from, valid_to
from staff.assignment;
comment on view staff.published_assignment is 'Bố trí công tác (công bố cho các phân hệ khác)';
