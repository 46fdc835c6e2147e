-- A rename or a move keeps the unit (its id, its staff, its desks, its records) and is written here with its legal
-- basis, so the unit's page can tell its history. Merges, splits and dissolutions end units and are recorded as
-- reorganisations with lineage instead.
create table orgunit.unit_change (
    id                 bigserial primary key,
    unit_id            bigint       not null references orgunit.org_unit (id),
    kind               varchar(20)  not null check (kind in ('RENAME', 'MOVE')),
    effective_date     date         not null,
    legal_basis_number varchar(100) not null,
    legal_basis_date   date         not null,
    old_name           varchar(300) not null,
    new_name           varchar(300) not null,
    old_parent_id      bigint references orgunit.org_unit (id),
    new_parent_id      bigint references orgunit.org_unit (id),
    recorded_at        timestamptz  not null default now()
);
create index unit_change_unit on orgunit.unit_change (unit_id);
comment on table orgunit.unit_change is 'Đổi tên, điều chuyển đơn vị (giữ nguyên đơn vị), kèm văn bản làm căn cứ';
