-- A generated city for the benchmarks: one root ('BENCH'), :units - 1 wards and divisions under it, :staff people
-- with their assignments (the first :big in one unit, the rest spread evenly), the first person of each unit its
-- head. Run with psql -v units=… -v staff=… -v big=…
-- one root and UNITS - 1 units under it; unit 1 (the first child) holds BIG people, the others share the rest
insert into orgunit.org_unit (code, name, search_text, type, parent_id, path, level, valid_from)
values ('BENCH', 'Thành phố thử tải', 'thanh pho thu tai', 'PROVINCE', null, '/tmp/', 0, '2020-01-01');
update orgunit.org_unit set path = '/' || id || '/' where code = 'BENCH';
insert into orgunit.org_unit (code, name, search_text, type, parent_id, path, level, valid_from)
select 'B' || g, 'Đơn vị thử tải ' || g, 'don vi thu tai ' || g, case when g % 10 = 0 then 'WARD' else 'DIVISION' end,
       r.id, r.path, 1, '2020-01-01'
from generate_series(1, (:units) - 1) g, orgunit.org_unit r where r.code = 'BENCH';
update orgunit.org_unit u set path = r.path || u.id || '/' from orgunit.org_unit r
where r.code = 'BENCH' and u.parent_id = r.id;

create temporary table bench_units as
select row_number() over (order by id) as n, id from orgunit.org_unit where code like 'B%' and code <> 'BENCH';

insert into staff.staff_member (staff_code, full_name, search_text, sort_key, category, gender, created_at)
select 'BS' || g,
       (array['Nguyễn','Trần','Lê','Phạm','Hoàng','Vũ','Đặng','Bùi'])[1 + g % 8] || ' '
         || (array['Văn','Thị','Minh','Ngọc','Đức','Thu'])[1 + g % 6] || ' '
         || (array['An','Bình','Chi','Dũng','Hà','Khánh','Lan','Nam','Phương','Quân','Sơn','Trang'])[1 + g % 12],
       'bench ' || g, convert_to(lpad(g::text, 8, '0'), 'UTF8'),
       (array['CIVIL_SERVANT','CIVIL_SERVANT','CIVIL_SERVANT','PUBLIC_EMPLOYEE','CADRE','WORKER'])[1 + g % 6],
       case when g % 2 = 0 then 'FEMALE' else 'MALE' end, now()
from generate_series(1, (:staff)) g;

-- people 1..BIG in the big unit; the rest round-robin over the others; the first person of each unit is its head
insert into staff.assignment (staff_id, unit_id, position, leadership, valid_from)
select s.id, u.id, 'Chuyên viên', null, '2024-01-01'
from (select id, row_number() over (order by id) as n from staff.staff_member where staff_code like 'BS%') s
join bench_units u on u.n = case when s.n <= (:big) then 1 else 2 + (s.n - (:big) - 1) % ((:units) - 2) end;
update staff.assignment a set leadership = 'HEAD', position = 'Trưởng đơn vị'
from (select distinct on (unit_id) id from staff.assignment where unit_id in (select id from bench_units)
      order by unit_id, staff_id) h where a.id = h.id;

