-- Evaluation: tasks with one accountable owner, monthly scorecards and annual classification. The rules are data with
-- effective dates (rule_set); a scorecard keeps the rule set it was scored under, so a later rule never rewrites an
-- earlier month. Approved scorecards are immutable (trigger below): a correction is a new version that supersedes it.
create schema if not exists evaluation;

create table evaluation.rule_set (
    id                         bigserial primary key,
    code                       varchar(40)  not null unique,
    name                       varchar(200) not null,
    legal_basis                varchar(300) not null,
    legal_basis_date           date         not null,
    valid_from                 date         not null,
    valid_to                   date,
    general_points             numeric(5,2) not null check (general_points >= 0),
    results_points             numeric(5,2) not null check (results_points >= 0),
    bonus_points               numeric(5,2) not null check (bonus_points >= 0),
    excellent_from             numeric(5,2) not null,
    good_from                  numeric(5,2) not null,
    completed_from             numeric(5,2) not null,
    grade_letters              varchar(20),
    quota_basis                varchar(10)  not null check (quota_basis in ('RATED', 'GOOD')),
    quota_percent              numeric(5,2) not null check (quota_percent between 0 and 100),
    quota_percent_exceptional  numeric(5,2) check (quota_percent_exceptional between 0 and 100),
    rework_deduction_percent   numeric(5,2) not null check (rework_deduction_percent between 0 and 100),
    late_deduction_percent     numeric(5,2) not null check (late_deduction_percent between 0 and 100),
    violation_points           varchar(40)  not null,
    unit_violation_points      numeric(5,2) not null,
    report_points              numeric(5,2) not null,
    rollup                     varchar(20)  not null check (rollup in ('MEAN_OF_MONTHS')),
    annual_deadline            varchar(5)   not null,
    minimum_months_worked      int          not null,
    absence_cap_months         int          not null,
    self_due_day               int          not null check (self_due_day between 1 and 28),
    review_due_day             int          not null check (review_due_day between 1 and 28),
    approval_due_day           int          not null check (approval_due_day between 1 and 28),
    leader_good_share_percent  numeric(5,2) not null,
    unconfirmed                text,
    created_by                 varchar(60)  not null default 'system',
    constraint rule_set_dates check (valid_to is null or valid_to > valid_from),
    constraint rule_set_bands check (excellent_from > good_from and good_from > completed_from and completed_from > 0),
    constraint rule_set_no_overlap exclude using gist (daterange(valid_from, valid_to) with &&)
);
comment on table evaluation.rule_set is 'Bộ quy định đánh giá, xếp loại theo thời gian (3814-QĐ/TU, Nghị định 335/2025...)';
comment on column evaluation.rule_set.violation_points is 'Điểm trừ phần tiêu chí chung cho mỗi vi phạm theo mức độ: ít nghiêm trọng, nghiêm trọng, rất nghiêm trọng, đặc biệt nghiêm trọng';
comment on column evaluation.rule_set.quota_basis is 'RATED: tỷ lệ xuất sắc tính trên số được đánh giá; GOOD: tính trên số hoàn thành tốt';

insert into evaluation.rule_set (code, name, legal_basis, legal_basis_date, valid_from, valid_to, general_points,
    results_points, bonus_points, excellent_from, good_from, completed_from, grade_letters, quota_basis, quota_percent,
    quota_percent_exceptional, rework_deduction_percent, late_deduction_percent, violation_points,
    unit_violation_points, report_points, rollup, annual_deadline, minimum_months_worked, absence_cap_months,
    self_due_day, review_due_day, approval_due_day, leader_good_share_percent, unconfirmed)
values
  ('HN-3814-2018', 'Đánh giá hằng tháng của Thành ủy Hà Nội', 'Quyết định 3814-QĐ/TU của Thành ủy Hà Nội',
   '2018-05-16', '2018-05-16', '2026-01-01', 20, 70, 10, 90, 70, 50, 'A,B,C,D', 'RATED', 30, 40, 25, 25,
   '5,10,15,20', 2, 2, 'MEAN_OF_MONTHS', '12-15', 6, 3, 5, 10, 15, 70,
   'Khung 20/70/10 và ngưỡng A/B/C/D theo 3814-QĐ/TU. Mức trừ khi sản phẩm bị trả lại hoặc trễ hạn, điểm trừ theo vi phạm, '
   || 'cách tổng hợp cả năm từ các tháng (trung bình) là cách đọc của hệ thống, chưa đối chiếu văn bản gốc: cấu hình được.'),
  ('ND335-2025', 'Đánh giá, xếp loại công chức theo Nghị định 335/2025/NĐ-CP', 'Nghị định 335/2025/NĐ-CP',
   '2025-12-21', '2026-01-01', null, 30, 70, 0, 90, 70, 50, null, 'GOOD', 20, null, 25, 25,
   '5,10,15,20', 2, 2, 'MEAN_OF_MONTHS', '12-15', 6, 3, 5, 10, 15, 70,
   'Tổng hợp cả năm bằng trung bình điểm các kỳ (Điều 19 nói đến điểm bình quân) là cách đọc của hệ thống. Điểm trừ theo '
   || 'vi phạm, theo phản ánh được xác minh và theo vi phạm của đơn vị (đối với người đứng đầu) là mặc định của hệ thống.');

-- Nhiệm vụ "5 rõ": one accountable owner is a column, so the database cannot hold a second one.
create table evaluation.task (
    id               bigserial primary key,
    unit_id          bigint        not null references orgunit.org_unit (id),
    owner_staff_id   bigint        not null references staff.staff_member (id),
    title            varchar(500)  not null,
    expected_product varchar(1000) not null,
    steps            text,
    origin           varchar(20)   not null check (origin in ('DIRECTIVE', 'CONFERENCE', 'CORRECTIVE_ACTION', 'PAR_CRITERION')),
    origin_ref       varchar(200),
    due_on           date          not null,
    status           varchar(12)   not null check (status in ('OPEN', 'SUBMITTED', 'REWORK', 'ACCEPTED', 'CANCELLED')),
    progress_percent int           not null default 0 check (progress_percent between 0 and 100),
    submitted_on     date,
    first_submitted_late boolean   not null default false,
    rework_count     int           not null default 0,
    accepted_on      date,
    objective_cause  text,
    assigned_by      varchar(60)   not null,
    assigned_at      timestamptz   not null
);
-- a corrective action becomes one task, however often its event is heard
create unique index task_origin_once on evaluation.task (origin, origin_ref) where origin = 'CORRECTIVE_ACTION';
create index task_owner on evaluation.task (owner_staff_id, due_on);
create index task_unit on evaluation.task (unit_id, due_on);
comment on table evaluation.task is 'Nhiệm vụ "5 rõ": rõ người (một đầu mối), rõ việc, rõ quy trình, rõ trách nhiệm, rõ hiệu quả';
comment on column evaluation.task.owner_staff_id is 'Đầu mối chịu trách nhiệm: đúng một người';

create table evaluation.task_coworker (
    task_id  bigint not null references evaluation.task (id),
    staff_id bigint not null references staff.staff_member (id),
    primary key (task_id, staff_id)
);
comment on table evaluation.task_coworker is 'Người phối hợp thực hiện nhiệm vụ';

create table evaluation.task_step (
    id       bigserial primary key,
    task_id  bigint       not null references evaluation.task (id),
    kind     varchar(20)  not null,
    note     text,
    actor    varchar(200) not null,
    at       timestamptz  not null
);
create index task_step_task on evaluation.task_step (task_id, id);
comment on table evaluation.task_step is 'Diễn biến nhiệm vụ: giao, chuyển đầu mối (có lý do), báo cáo tiến độ, nộp, nghiệm thu, trả lại';

-- Inputs that other modules announce (violations, discipline, substantiated reports), kept per person and day.
create table evaluation.recorded_input (
    id          bigserial primary key,
    staff_id    bigint      not null references staff.staff_member (id),
    kind        varchar(20) not null check (kind in ('VIOLATION', 'UNIT_VIOLATION', 'DISCIPLINE', 'REPORT')),
    detail      varchar(40) not null,
    occurred_on date        not null,
    source_ref  varchar(60) not null,
    unique (kind, source_ref, staff_id)
);
create index recorded_input_staff on evaluation.recorded_input (staff_id, occurred_on);
comment on table evaluation.recorded_input is 'Dữ liệu đầu vào từ các phân hệ khác: vi phạm, kỷ luật, phản ánh được xác minh';

create table evaluation.supervision (
    staff_id            bigint primary key references staff.staff_member (id),
    supervisor_staff_id bigint not null references staff.staff_member (id),
    check (staff_id <> supervisor_staff_id)
);
comment on table evaluation.supervision is 'Người quản lý trực tiếp (nếu không ghi: thủ trưởng đơn vị)';

create table evaluation.scorecard (
    id                  bigserial primary key,
    staff_id            bigint       not null references staff.staff_member (id),
    month               date         not null check (extract(day from month) = 1),
    unit_id             bigint       not null references orgunit.org_unit (id),
    rule_set_id         bigint       not null references evaluation.rule_set (id),
    staff_category      varchar(30)  not null,
    leader              boolean      not null,
    supervisor_staff_id bigint       references staff.staff_member (id),
    status              varchar(15)  not null check (status in ('DRAFT', 'SELF_ASSESSED', 'REVIEWED', 'APPROVED', 'ABSENT')),
    general_points      numeric(5,2) not null,
    results_points      numeric(5,2) not null,
    bonus_points        numeric(5,2) not null,
    total               numeric(5,2) not null,
    grade               varchar(15)  not null,
    disciplined         boolean      not null default false,
    version             int          not null default 1,
    supersedes_id       bigint       references evaluation.scorecard (id),
    current             boolean      not null default true,
    approved_by         varchar(200),
    approved_at         timestamptz,
    created_at          timestamptz  not null
);
create unique index scorecard_one_current on evaluation.scorecard (staff_id, month) where current;
create index scorecard_unit_month on evaluation.scorecard (unit_id, month) where current;
comment on table evaluation.scorecard is 'Phiếu đánh giá hằng tháng của một người (phiên bản hiện hành: current)';

-- Each stage's points (suggested by the system, self-assessment, supervisor, head) in a narrow table.
create table evaluation.scorecard_stage (
    scorecard_id   bigint       not null references evaluation.scorecard (id),
    stage          varchar(12)  not null check (stage in ('SUGGESTED', 'SELF', 'SUPERVISOR', 'HEAD')),
    general_points numeric(5,2) not null,
    results_points numeric(5,2) not null,
    bonus_points   numeric(5,2) not null,
    comment        text,
    actor          varchar(200) not null,
    at             timestamptz  not null,
    primary key (scorecard_id, stage)
);
comment on table evaluation.scorecard_stage is 'Điểm theo từng bước: hệ thống đề xuất, tự đánh giá, quản lý trực tiếp, thủ trưởng';

create table evaluation.scorecard_input (
    scorecard_id bigint       not null references evaluation.scorecard (id),
    part         varchar(10)  not null check (part in ('GENERAL', 'RESULTS', 'BONUS', 'GRADE')),
    source       varchar(20)  not null,
    label        varchar(300) not null,
    points       numeric(6,2) not null
);
create index scorecard_input_card on evaluation.scorecard_input (scorecard_id);
comment on table evaluation.scorecard_input is 'Nguồn của điểm đề xuất: nhiệm vụ, vi phạm, phản ánh, kỷ luật';

create table evaluation.appeal (
    scorecard_id bigint       primary key references evaluation.scorecard (id),
    text         text         not null,
    filed_at     timestamptz  not null,
    answer       text,
    upheld       boolean,
    answered_by  varchar(200),
    answered_at  timestamptz
);
comment on table evaluation.appeal is 'Kiến nghị về kết quả đánh giá: một lần cho mỗi phiếu, thủ trưởng trả lời';

create function evaluation.refuse_change_of_approved() returns trigger language plpgsql as $$
begin
    if old.status = 'APPROVED' and (new.status, new.general_points, new.results_points, new.bonus_points, new.total,
            new.grade, new.disciplined) is distinct from (old.status, old.general_points, old.results_points,
            old.bonus_points, old.total, old.grade, old.disciplined) then
        raise exception 'scorecard % is approved and cannot change; record an amendment', old.id;
    end if;
    return new;
end $$;
create trigger scorecard_immutable_when_approved before update on evaluation.scorecard
    for each row execute function evaluation.refuse_change_of_approved();

create table evaluation.annual_classification (
    id          bigserial primary key,
    unit_id     bigint       not null references orgunit.org_unit (id),
    year        int          not null,
    rule_set_id bigint       not null references evaluation.rule_set (id),
    approved_by varchar(200) not null,
    approved_at timestamptz  not null,
    unique (unit_id, year)
);
create table evaluation.annual_result (
    classification_id bigint       not null references evaluation.annual_classification (id),
    staff_id          bigint       not null references staff.staff_member (id),
    months_scored     int          not null,
    months_absent     int          not null,
    mean_total        numeric(5,2),
    grade             varchar(15)  not null,
    reason            varchar(300),
    primary key (classification_id, staff_id)
);
comment on table evaluation.annual_classification is 'Xếp loại chất lượng hằng năm của một đơn vị (đã phê duyệt, không sửa)';
