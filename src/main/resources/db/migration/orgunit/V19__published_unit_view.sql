-- What other modules may read of the unit tree. They join this view, never orgunit.org_unit itself, so the table
-- can change behind it; search columns stay private. A plain view: PostgreSQL inlines it, so it costs nothing.
create view orgunit.published_unit as
select id, code, name, type, parent_id, path, level, valid_from, valid_to
from orgunit.org_unit;
comment on view orgunit.published_unit is 'Đơn vị (công bố cho các phân hệ khác): mã, tên, loại, cấp trên, đường dẫn, hiệu lực';
