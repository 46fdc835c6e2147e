-- Chỉ số cải cách hành chính (PAR Index): a yearly methodology per kind of unit (contents → criteria → sub-criteria
-- with maximum points), each unit's self-assessment with evidence, the appraisal council's adjustments with their
-- justification and its majority vote, the unit's one response, the survey component, and frozen publications that
-- anyone can recompute.
create schema if not exists reformindex;

create table reformindex.methodology (
    id            bigserial primary key,
    year          int          not null check (year between 2000 and 2100),
    unit_type     varchar(30)  not null,
    name          varchar(300) not null,
    legal_basis   varchar(300) not null,
    survey_points numeric(6,2) not null check (survey_points between 0 and 100),
    status        varchar(10)  not null default 'DRAFT' check (status in ('DRAFT', 'IN_USE', 'PUBLISHED')),
    copied_from   bigint references reformindex.methodology (id),
    caveat        text,
    created_by    varchar(200) not null,
    created_at    timestamptz  not null
);
create unique index methodology_one_in_use on reformindex.methodology (year, unit_type) where status <> 'DRAFT';
comment on table reformindex.methodology is 'Bộ chỉ số CCHC của một năm cho một loại đơn vị; đã dùng thì không sửa cấu trúc, đã công bố thì không đổi';
comment on column reformindex.methodology.caveat is 'Điều người đọc kết quả cần biết (dữ liệu mẫu, phần chưa xác nhận)';
comment on column reformindex.methodology.survey_points is 'Điểm điều tra xã hội học trên thang 100 (phần còn lại là điểm thẩm định)';

-- Contents (level 1) → criteria (2) → sub-criteria (3). Points are given on leaves; parents add up their children.
create table reformindex.item (
    id                bigserial primary key,
    methodology_id    bigint       not null references reformindex.methodology (id),
    code              varchar(20)  not null,
    parent_code       varchar(20),
    level             smallint     not null check (level between 1 and 3),
    position          int          not null,
    name              varchar(500) not null,
    max_points        numeric(6,2) not null check (max_points >= 0),
    scoring           varchar(10)  not null default 'MANUAL' check (scoring in ('MANUAL', 'BONUS', 'PENALTY', 'COMPUTED')),
    source            varchar(20) check (source in ('ONE_STOP_ON_TIME', 'SATISFACTION', 'CORRECTIVE_ON_TIME')),
    evidence_required boolean      not null default false,
    guidance          text,
    weight_low        numeric(6,2) check (weight_low > 0),
    weight_high       numeric(6,2),
    unique (methodology_id, code),
    constraint item_source check ((scoring = 'COMPUTED') = (source is not null)),
    constraint item_weights check ((weight_low is null) = (weight_high is null) and (weight_high is null or weight_high >= weight_low))
);
comment on column reformindex.item.weight_low is 'Nội dung: hệ số trọng số thấp nhất (%) khi ước lượng độ bất định của thứ hạng';

create table reformindex.group_threshold (
    methodology_id bigint       not null references reformindex.methodology (id),
    label          varchar(20)  not null,
    min_percent    numeric(5,2) not null check (min_percent between 0 and 100),
    primary key (methodology_id, label)
);
comment on table reformindex.group_threshold is 'Nhóm xếp loại theo ngưỡng phần trăm (ví dụ A từ 90%)';

create table reformindex.council_member (
    methodology_id bigint      not null references reformindex.methodology (id),
    staff_id       bigint      not null references staff.staff_member (id),
    role           varchar(10) not null check (role in ('CHAIR', 'DEPUTY', 'MEMBER')),
    primary key (methodology_id, staff_id)
);
comment on table reformindex.council_member is 'Hội đồng thẩm định: quyết định theo đa số (trên 50% tổng số thành viên)';

create table reformindex.assessment (
    id              bigserial primary key,
    methodology_id  bigint       not null references reformindex.methodology (id),
    unit_id         bigint       not null references orgunit.org_unit (id),
    deadline        date         not null,
    status          varchar(10)  not null default 'OPEN'
                                 check (status in ('OPEN', 'SUBMITTED', 'APPRAISED', 'RESPONDED', 'FINAL')),
    submitted_by    varchar(200),
    submitted_at    timestamptz,
    survey_points   numeric(6,2) check (survey_points >= 0),
    survey_source   varchar(200),
    response        text,
    responded_at    timestamptz,
    finalized_at    timestamptz,
    unique (methodology_id, unit_id)
);
comment on table reformindex.assessment is 'Tự đánh giá của một đơn vị (khóa khi nộp hoặc quá hạn), thẩm định, giải trình một lần, chốt kết quả';

create table reformindex.score (
    id               bigserial primary key,
    assessment_id    bigint       not null references reformindex.assessment (id),
    item_id          bigint       not null references reformindex.item (id),
    self_points      numeric(6,2) check (self_points >= 0),
    self_note        text,
    appraised_points numeric(6,2) check (appraised_points >= 0),
    justification    text,
    appraised_by     varchar(200),
    unique (assessment_id, item_id),
    constraint score_justified check (appraised_points is null or justification is not null)
);

create table reformindex.evidence (
    id           bigserial primary key,
    score_id     bigint       not null references reformindex.score (id),
    file_name    varchar(200) not null,
    content_type varchar(60)  not null,
    size_bytes   int          not null,
    sha256       char(64)     not null,
    content      bytea        not null
);
create index evidence_score on reformindex.evidence (score_id);

create table reformindex.appraisal_vote (
    assessment_id bigint      not null references reformindex.assessment (id),
    staff_id      bigint      not null references staff.staff_member (id),
    approve       boolean     not null,
    voted_at      timestamptz not null,
    primary key (assessment_id, staff_id)
);

-- One-stop dossier statistics per unit and month, imported from the one-stop system's export.
create table reformindex.one_stop_month (
    unit_id    bigint not null references orgunit.org_unit (id),
    month      date   not null check (extract(day from month) = 1),
    received   int    not null check (received >= 0),
    on_time    int    not null check (on_time >= 0),
    late       int    not null check (late >= 0),
    apologies  int    not null check (apologies >= 0),
    imported_by varchar(200) not null,
    primary key (unit_id, month),
    constraint one_stop_counts check (on_time + late <= received)
);
comment on table reformindex.one_stop_month is 'Thống kê hồ sơ một cửa theo tháng: tiếp nhận, đúng hạn, trễ hạn, thư xin lỗi';

-- Corrective actions ordered by public-duty inspections, as conduct announces them: due when, and whether the
-- re-check found them done in time.
create table reformindex.corrective_action (
    action_id    bigint primary key,
    unit_id      bigint  not null references orgunit.org_unit (id),
    due_on       date    not null,
    done         boolean,
    rechecked_on date
);
create index corrective_action_unit on reformindex.corrective_action (unit_id, due_on);
comment on table reformindex.corrective_action is 'Yêu cầu khắc phục sau kiểm tra công vụ: hạn và kết quả kiểm tra lại (từ sự kiện của phân hệ kỷ cương)';

-- A frozen publication: everything needed to recompute every figure, byte for byte, and its SHA-256.
create table reformindex.publication (
    id             bigserial primary key,
    methodology_id bigint       not null unique references reformindex.methodology (id),
    year           int          not null,
    unit_type      varchar(30)  not null,
    published_at   timestamptz  not null,
    published_by   varchar(200) not null,
    seed           bigint       not null,
    draws          int          not null check (draws > 0),
    snapshot       text         not null,
    sha256         char(64)     not null,
    pdf            bytea        not null,
    pdf_sha256     char(64)     not null
);
create index publication_pdf on reformindex.publication (pdf_sha256);
comment on column reformindex.publication.pdf is 'Văn bản công bố (PDF) đã ký số PAdES; pdf_sha256 là SHA-256 của chính tệp đó';
comment on column reformindex.publication.snapshot is 'JSON: bộ chỉ số, số liệu đầu vào, kết quả, hạt giống ngẫu nhiên; SHA-256 tính trên chính chuỗi này (UTF-8)';
