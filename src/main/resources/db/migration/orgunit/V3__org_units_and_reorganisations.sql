-- A row is one unit for the span of its life. Official codes are reused across time (00070 was Hàng Trống ward
-- until 30/06/2025 and is Hoàn Kiếm ward from 01/07/2025), so a code names a unit only together with a date.
-- valid_to is exclusive: the first day the unit no longer exists.
create table orgunit.org_unit (
    id          bigserial primary key,
    code        varchar(20)  not null,
    name        varchar(300) not null,
    search_text varchar(300) not null,
    type        varchar(30)  not null,
    parent_id   bigint references orgunit.org_unit (id),
    path        varchar(600) not null,
    level       int          not null,
    valid_from  date         not null,
    valid_to    date,
    constraint org_unit_dates check (valid_to is null or valid_to > valid_from),
    constraint org_unit_code_once_at_a_time exclude using gist
        (code with =, daterange(valid_from, valid_to) with &&)
);
create index org_unit_path on orgunit.org_unit (path varchar_pattern_ops);
create index org_unit_parent on orgunit.org_unit (parent_id);
comment on table orgunit.org_unit is 'Cơ quan, đơn vị (cây đơn vị theo thời gian; path là đường dẫn id vật chất hoá)';
comment on column orgunit.org_unit.code is 'Mã đơn vị chính thức (mã hành chính), có thể được dùng lại theo thời gian';

create table orgunit.reorganisation (
    id                 bigserial primary key,
    kind               varchar(20)  not null,
    effective_date     date         not null,
    legal_basis_number varchar(100) not null,
    legal_basis_date   date         not null,
    note               text
);
comment on table orgunit.reorganisation is 'Sắp xếp tổ chức: sáp nhập, chia tách, đổi tên, điều chuyển, giải thể';

create table orgunit.lineage (
    id                bigserial primary key,
    reorganisation_id bigint      not null references orgunit.reorganisation (id),
    predecessor_id    bigint      not null references orgunit.org_unit (id),
    successor_id      bigint references orgunit.org_unit (id),
    share             varchar(10) not null check (share in ('WHOLE', 'PART'))
);
create index lineage_predecessor on orgunit.lineage (predecessor_id);
create index lineage_successor on orgunit.lineage (successor_id);
comment on table orgunit.lineage is 'Quan hệ kế thừa giữa đơn vị cũ và mới (toàn bộ hay một phần); successor null = giải thể';
