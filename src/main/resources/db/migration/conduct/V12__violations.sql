-- Violations (vi phạm): what was broken (a code article, when known), by whom (a person and/or a unit), how serious,
-- and where it came from (an inspection finding, a substantiated citizen report). States move only along the
-- workflow in conduct.ViolationStatus; every step is kept in conduct.violation_step.
create table conduct.violation (
    id                   bigserial primary key,
    unit_id              bigint       not null references orgunit.org_unit (id),
    staff_id             bigint       references staff.staff_member (id),
    article_id           bigint       references conduct.code_article (id),
    severity             varchar(20)  not null,
    description          text         not null,
    source               varchar(20)  not null,
    source_ref           varchar(60),
    occurred_on          date         not null,
    status               varchar(20)  not null,
    explanation_due      date,
    explanation          text,
    handling             varchar(20),
    recorded_at          timestamptz  not null default now()
);
create index violation_unit on conduct.violation (unit_id);
create unique index violation_once_per_source on conduct.violation (source, source_ref) where source_ref is not null;
comment on table conduct.violation is 'Vi phạm kỷ luật, kỷ cương hành chính';

create table conduct.violation_step (
    id           bigserial primary key,
    violation_id bigint      not null references conduct.violation (id),
    from_status  varchar(20),
    to_status    varchar(20) not null,
    actor        varchar(60) not null,
    note         text,
    at           timestamptz not null default now()
);
