-- Inspection visits: the checklist ticked on a phone (items from the code's articles plus free items), findings with
-- evidence and the people or units involved, corrective actions with an owner and a deadline, and the conclusion the
-- team leader confirms (its PDF is kept with its checksum).
alter table conduct.violation add constraint violation_severity
    check (severity in ('MINOR', 'SERIOUS', 'VERY_SERIOUS', 'ESPECIALLY_SERIOUS'));
create index violation_occurred on conduct.violation (occurred_on);
create index violation_article on conduct.violation (article_id);
create index violation_staff on conduct.violation (staff_id);

create table conduct.checklist_item (
    id          bigserial primary key,
    plan_id     bigint       not null references conduct.inspection_plan (id),
    position    int          not null,
    article_id  bigint       references conduct.code_article (id),
    label       varchar(300) not null,
    result      varchar(20)  check (result in ('COMPLIANT', 'VIOLATION', 'NOT_APPLICABLE')),
    note        varchar(2000),
    unique (plan_id, position)
);
comment on table conduct.checklist_item is 'Nội dung kiểm tra của một cuộc kiểm tra; result trống là chưa đánh giá (bản nháp)';

create table conduct.finding (
    id          bigserial primary key,
    plan_id     bigint       not null references conduct.inspection_plan (id),
    unit_id     bigint       not null references orgunit.org_unit (id),
    staff_id    bigint       references staff.staff_member (id),
    article_id  bigint       references conduct.code_article (id),
    severity    varchar(20)  not null check (severity in ('MINOR', 'SERIOUS', 'VERY_SERIOUS', 'ESPECIALLY_SERIOUS')),
    description text         not null,
    recorded_by varchar(60)  not null,
    recorded_at timestamptz  not null default now()
);
create index finding_plan on conduct.finding (plan_id);
comment on table conduct.finding is 'Phát hiện khi kiểm tra: đơn vị, người liên quan, điều khoản vi phạm';

create table conduct.finding_evidence (
    id           bigserial primary key,
    finding_id   bigint       not null references conduct.finding (id),
    file_name    varchar(200) not null,
    content_type varchar(60)  not null,
    size_bytes   int          not null,
    sha256       char(64)     not null,
    content      bytea        not null
);
create index finding_evidence_finding on conduct.finding_evidence (finding_id);

create table conduct.corrective_action (
    id             bigserial primary key,
    plan_id        bigint       not null references conduct.inspection_plan (id),
    unit_id        bigint       not null references orgunit.org_unit (id),
    owner_staff_id bigint       references staff.staff_member (id),
    description    text         not null,
    due_on         date         not null,
    status         varchar(12)  not null default 'OPEN' check (status in ('OPEN', 'DONE', 'NOT_DONE')),
    rechecked_on   date,
    recheck_note   text,
    rechecked_by   varchar(60)
);
create index corrective_action_open on conduct.corrective_action (due_on) where status = 'OPEN';
comment on table conduct.corrective_action is 'Yêu cầu khắc phục: người chịu trách nhiệm, thời hạn, kết quả kiểm tra lại';

create table conduct.conclusion (
    plan_id      bigint       primary key references conduct.inspection_plan (id),
    summary      text         not null,
    drafted_by   varchar(60)  not null,
    drafted_at   timestamptz  not null default now(),
    confirmed_by varchar(60),
    confirmed_at timestamptz,
    pdf          bytea,
    pdf_sha256   char(64)
);
comment on table conduct.conclusion is 'Kết luận kiểm tra; trưởng đoàn xác nhận thì sinh văn bản PDF';

-- Disciplinary cases (xử lý kỷ luật): chosen rule set, deadlines, steps, postponements, decision. Only the accounts
-- in case_handler see a case.
create table conduct.disciplinary_case (
    id               bigserial primary key,
    violation_id     bigint       not null unique references conduct.violation (id),
    staff_id         bigint       not null references staff.staff_member (id),
    unit_id          bigint       not null references orgunit.org_unit (id),
    category         varchar(30)  not null,
    leader           boolean      not null,
    rule_set         varchar(40)  not null,
    committed_on     date         not null,
    detected_on      date         not null,
    complex          boolean      not null,
    decision_due     date         not null,
    limitation_ends  date         not null,
    stage            varchar(20)  not null
        check (stage in ('OPENED', 'REVIEW_MEETING', 'COUNCIL', 'DECIDED', 'NO_DISCIPLINE')),
    measure          varchar(30),
    decision_number  varchar(60),
    decision_date    date,
    effect_from      date,
    effect_until     date,
    decision_pdf     bytea,
    opened_by        varchar(60)  not null,
    opened_at        timestamptz  not null default now()
);
comment on table conduct.disciplinary_case is 'Vụ việc xem xét kỷ luật theo bộ quy định có hiệu lực tại ngày vi phạm';

create table conduct.case_handler (
    case_id  bigint      not null references conduct.disciplinary_case (id),
    username varchar(60) not null,
    primary key (case_id, username)
);

create table conduct.case_step (
    id       bigserial primary key,
    case_id  bigint      not null references conduct.disciplinary_case (id),
    stage    varchar(20) not null,
    held_on  date        not null,
    note     text,
    actor    varchar(60) not null,
    at       timestamptz not null default now()
);

create table conduct.case_postponement (
    id         bigserial primary key,
    case_id    bigint      not null references conduct.disciplinary_case (id),
    reason     varchar(30) not null check (reason in ('ILLNESS', 'PREGNANCY_OR_YOUNG_CHILD', 'UNDER_PROSECUTION')),
    from_on    date        not null,
    until_on   date        not null check (until_on >= from_on),
    note       text,
    actor      varchar(60) not null
);
comment on table conduct.case_postponement is 'Trường hợp chưa xem xét kỷ luật; số ngày tạm hoãn không tính vào thời hạn xử lý';
