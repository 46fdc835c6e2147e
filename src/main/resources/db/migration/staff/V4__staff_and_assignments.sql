create table staff.staff_member (
    id           bigserial primary key,
    staff_code   varchar(30)  not null unique,
    full_name    varchar(200) not null,
    search_text  varchar(200) not null,
    sort_key     bytea        not null,
    category     varchar(30)  not null,
    gender       varchar(10)  not null,
    birth_date   date,
    email        varchar(200),
    created_at   timestamptz  not null default now()
);
create index staff_member_sort on staff.staff_member (sort_key);
comment on table staff.staff_member is 'Cán bộ, công chức, viên chức, người lao động';
comment on column staff.staff_member.sort_key is 'Khoá sắp xếp tên kiểu Việt Nam (tên, đệm, họ)';

create table staff.assignment (
    id          bigserial primary key,
    staff_id    bigint       not null references staff.staff_member (id),
    unit_id     bigint       not null references orgunit.org_unit (id),
    position    varchar(200) not null,
    leadership  varchar(10),
    valid_from  date         not null,
    valid_to    date,
    constraint assignment_dates check (valid_to is null or valid_to > valid_from)
);
create index assignment_staff on staff.assignment (staff_id);
create index assignment_unit on staff.assignment (unit_id);
comment on table staff.assignment is 'Bố trí công tác: người, đơn vị, chức vụ, thời gian hiệu lực';
