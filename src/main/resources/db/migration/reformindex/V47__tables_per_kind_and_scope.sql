-- A PAR table per year, kinds of unit and the scope that runs it. A province publishes separate tables for its wards,
-- its communes and special zones, and its departments; the city next to it runs its own 2025 tables. A methodology
-- names the kinds it ranks together (one table) and the unit whose subtree it covers (null: every unit).
alter table reformindex.methodology add column unit_types varchar(30)[];
update reformindex.methodology set unit_types = array[unit_type];
alter table reformindex.methodology
    alter column unit_types set not null,
    add constraint methodology_kinds check (cardinality(unit_types) between 1 and 10),
    add column scope_unit_id bigint references orgunit.org_unit (id);
drop index reformindex.methodology_one_in_use;
alter table reformindex.methodology drop column unit_type;
comment on column reformindex.methodology.unit_types is 'Các loại đơn vị được xếp hạng chung trong một bảng (ví dụ xã và đặc khu)';
comment on column reformindex.methodology.scope_unit_id is 'Đơn vị tổ chức đánh giá (tỉnh, thành phố); null: toàn hệ thống';

-- Which methodology ranks a kind of unit in a scope for a year, taken when its self-assessments open: a kind is in one
-- table per year and scope, by the primary key.
create table reformindex.ranked_kind (
    year           int         not null,
    scope_key      bigint      not null,
    unit_type      varchar(30) not null,
    methodology_id bigint      not null references reformindex.methodology (id),
    primary key (year, scope_key, unit_type)
);
insert into reformindex.ranked_kind (year, scope_key, unit_type, methodology_id)
select m.year, 0, k.kind, m.id from reformindex.methodology m cross join unnest(m.unit_types) k(kind)
where m.status <> 'DRAFT';
comment on table reformindex.ranked_kind is 'Loại đơn vị đã được một bộ chỉ số xếp hạng trong năm và phạm vi (scope_key 0: toàn hệ thống)';

alter table reformindex.publication alter column unit_type type varchar(200);
comment on column reformindex.publication.unit_type is 'Các loại đơn vị của bảng xếp hạng, cách nhau bởi dấu phẩy (WARD; COMMUNE,SPECIAL_ZONE)';

-- A deadline can be extended (never shortened); the first one is kept so that the unit sees it was moved.
alter table reformindex.assessment add column first_deadline date;
comment on column reformindex.assessment.first_deadline is 'Hạn ban đầu khi đã được gia hạn (null: chưa gia hạn)';
