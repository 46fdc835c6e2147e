create schema if not exists feedback;

-- A counter where citizens are served: a one-stop desk (bộ phận một cửa) or another counter of a unit.
create table feedback.service_point (
    id               bigserial primary key,
    code             varchar(40)  not null unique,
    name             varchar(300) not null,
    unit_id          bigint       not null references orgunit.org_unit (id),
    hotline          varchar(40),
    receipt_required boolean      not null default false,
    valid_from       date         not null,
    valid_to         date
);
comment on table feedback.service_point is 'Điểm phục vụ: bộ phận một cửa, quầy tiếp nhận của đơn vị';

-- Surveys are versioned forms: a new version is a new row; answers point at the version they were given on.
create table feedback.survey (
    id          bigserial primary key,
    code        varchar(40)  not null,
    version     int          not null,
    name_vi     varchar(300) not null,
    name_en     varchar(300) not null,
    legal_basis varchar(300),
    valid_from  date         not null,
    valid_to    date,
    unique (code, version)
);
comment on table feedback.survey is 'Phiếu khảo sát sự hài lòng (có phiên bản, hiệu lực theo ngày)';

create table feedback.survey_question (
    id        bigserial primary key,
    survey_id bigint       not null references feedback.survey (id),
    code      varchar(40)  not null,
    element   varchar(30)  not null,
    text_vi   varchar(500) not null,
    text_en   varchar(500) not null,
    min_value int          not null,
    max_value int          not null,
    position  int          not null,
    unique (survey_id, code)
);
comment on table feedback.survey_question is 'Câu hỏi của phiếu; element là yếu tố SIPAS mà câu hỏi đo';

create table feedback.kiosk (
    id               bigserial primary key,
    service_point_id bigint      not null references feedback.service_point (id),
    name             varchar(200) not null,
    token_hash       char(64)    not null unique,
    created_at       timestamptz not null default now()
);
comment on table feedback.kiosk is 'Thiết bị đánh giá tại quầy (máy tính bảng), xác thực bằng mã thiết bị';

create table feedback.duty (
    id               bigserial primary key,
    service_point_id bigint      not null references feedback.service_point (id),
    staff_id         bigint      not null references staff.staff_member (id),
    starts_at        timestamptz not null,
    ends_at          timestamptz not null,
    check (ends_at > starts_at)
);
create index duty_point_time on feedback.duty (service_point_id, starts_at);
comment on table feedback.duty is 'Lịch trực tại quầy: ai phục vụ ở điểm nào, khi nào';

-- Append-only: a response is never updated except the moderation flag of its comment.
create table feedback.response (
    id               uuid        primary key,
    client_ref       uuid        unique,
    service_point_id bigint      not null references feedback.service_point (id),
    unit_id          bigint      not null references orgunit.org_unit (id),
    staff_id         bigint      references staff.staff_member (id),
    survey_id        bigint      not null references feedback.survey (id),
    channel          varchar(10) not null,
    kiosk_id         bigint      references feedback.kiosk (id),
    receipt_code     varchar(60),
    comment          text,
    comment_hidden   boolean     not null default false,
    burst            boolean     not null default false,
    received_at      timestamptz not null
);
create unique index response_one_per_receipt on feedback.response (service_point_id, receipt_code)
    where receipt_code is not null;
create index response_point_time on feedback.response (service_point_id, received_at);
create index response_unit_time on feedback.response (unit_id, received_at);
comment on table feedback.response is 'Lượt đánh giá của người dân';

create table feedback.answer (
    response_id   uuid        not null references feedback.response (id),
    question_code varchar(40) not null,
    value         int         not null,
    primary key (response_id, question_code)
);
comment on table feedback.answer is 'Câu trả lời (bảng dài: lượt đánh giá, câu hỏi, giá trị)';

create table feedback.comment_moderation (
    id          bigserial primary key,
    response_id uuid         not null references feedback.response (id),
    hidden      boolean      not null,
    reason      varchar(300) not null,
    actor       varchar(60)  not null,
    at          timestamptz  not null default now()
);
comment on table feedback.comment_moderation is 'Kiểm duyệt góp ý: ẩn (không bao giờ xoá) nội dung không phù hợp';

create table feedback.unit_contact (
    unit_id            bigint primary key references orgunit.org_unit (id),
    hotline            varchar(40)  not null,
    email              varchar(200) not null,
    reception_schedule varchar(500) not null
);
comment on table feedback.unit_contact is 'Đường dây nóng, hộp thư và lịch tiếp công dân của thủ trưởng (Chỉ thị 10/CT-TTg)';

create table feedback.report (
    id               bigserial primary key,
    tracking_code    varchar(20)  not null unique,
    unit_id          bigint       not null references orgunit.org_unit (id),
    kind             varchar(30)  not null,
    occurred_on      date         not null,
    description      text         not null,
    anonymous        boolean      not null,
    reporter_name    varchar(200),
    reporter_contact varchar(200),
    status           varchar(20)  not null,
    handling_unit_id bigint       references orgunit.org_unit (id),
    investigator     varchar(60),
    due_on           date         not null,
    substantiated    boolean,
    public_answer    text,
    apology          boolean      not null default false,
    received_at      timestamptz  not null,
    resolved_at      timestamptz
);
create index report_unit on feedback.report (unit_id);
comment on table feedback.report is 'Phản ánh nhũng nhiễu, gây phiền hà (Chỉ thị 10/CT-TTg); danh tính người phản ánh chỉ người xử lý được xem';

create table feedback.report_step (
    id          bigserial primary key,
    report_id   bigint       not null references feedback.report (id),
    from_status varchar(20),
    to_status   varchar(20)  not null,
    actor       varchar(60)  not null,
    note        text,
    at          timestamptz  not null default now()
);
comment on table feedback.report_step is 'Các bước xử lý phản ánh';
