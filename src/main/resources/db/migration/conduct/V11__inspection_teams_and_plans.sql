-- Public-duty inspection (kiểm tra công vụ): standing teams with a leader and members, the units each team covers,
-- and inspection plans, regular (on a calendar, visible to the unit) or surprise (invisible to the inspected unit
-- until the visit starts). A member never inspects the unit they work in; the service refuses such a plan.
create table conduct.inspection_team (
    id          bigserial primary key,
    name        varchar(200) not null,
    leader_id   bigint       not null references staff.staff_member (id),
    valid_from  date         not null,
    valid_to    date
);
comment on table conduct.inspection_team is 'Đoàn kiểm tra công vụ';

create table conduct.team_member (
    team_id  bigint not null references conduct.inspection_team (id),
    staff_id bigint not null references staff.staff_member (id),
    primary key (team_id, staff_id)
);

create table conduct.team_coverage (
    team_id bigint not null references conduct.inspection_team (id),
    unit_id bigint not null references orgunit.org_unit (id),
    primary key (team_id, unit_id)
);
comment on table conduct.team_coverage is 'Đơn vị mà đoàn kiểm tra phụ trách';

create table conduct.inspection_plan (
    id          bigserial primary key,
    team_id     bigint       not null references conduct.inspection_team (id),
    unit_id     bigint       not null references orgunit.org_unit (id),
    kind        varchar(10)  not null check (kind in ('REGULAR', 'SURPRISE')),
    title       varchar(300) not null,
    planned_on  date         not null,
    started_at  timestamptz,
    created_at  timestamptz  not null default now()
);
create index inspection_plan_unit on conduct.inspection_plan (unit_id);
comment on table conduct.inspection_plan is 'Kế hoạch kiểm tra: định kỳ hoặc đột xuất (đơn vị bị kiểm tra không thấy cho đến khi bắt đầu)';
