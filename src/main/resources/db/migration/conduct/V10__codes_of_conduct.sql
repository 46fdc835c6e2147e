-- Codes of conduct (quy tắc ứng xử): versioned documents with chapters and articles, assigned to units; every staff
-- member of an assigned unit confirms having read the code ("quán triệt đến 100%").
create table conduct.code_of_conduct (
    id               bigserial primary key,
    code             varchar(40)  not null unique,
    title            varchar(300) not null,
    legal_basis      varchar(200) not null,
    legal_basis_date date         not null,
    audience         varchar(20)  not null check (audience in ('STAFF', 'PUBLIC')),
    valid_from       date         not null,
    valid_to         date
);
comment on table conduct.code_of_conduct is 'Quy tắc ứng xử (có căn cứ pháp lý, thời gian hiệu lực, đối tượng áp dụng)';

create table conduct.code_article (
    id        bigserial primary key,
    code_id   bigint       not null references conduct.code_of_conduct (id),
    chapter   varchar(100) not null,
    number    int          not null,
    title     varchar(300) not null,
    summary   text         not null,
    unique (code_id, number)
);
comment on table conduct.code_article is 'Điều của quy tắc; summary là tóm tắt bằng lời của hệ thống, không phải nguyên văn';

create table conduct.code_assignment (
    code_id     bigint not null references conduct.code_of_conduct (id),
    unit_id     bigint not null references orgunit.org_unit (id),
    assigned_on date   not null,
    primary key (code_id, unit_id)
);
comment on table conduct.code_assignment is 'Đơn vị được giao quán triệt quy tắc';

create table conduct.acknowledgement (
    code_id         bigint      not null references conduct.code_of_conduct (id),
    staff_id        bigint      not null references staff.staff_member (id),
    acknowledged_at timestamptz not null,
    account         varchar(60) not null,
    primary key (code_id, staff_id)
);
comment on table conduct.acknowledgement is 'Xác nhận đã đọc, hiểu quy tắc ứng xử của từng cán bộ';
