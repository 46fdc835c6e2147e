-- Emulation and commendation: titles and their conditions as dated rule data, the annual round that checks every
-- person and unit against them from what the system knows, proposals, the emulation council's secret ballot, and
-- decisions with their cash amounts (a multiple of the base salary in force on the decision date).
create schema if not exists emulation;

create table emulation.title (
    id                         bigserial primary key,
    code                       varchar(20)  not null,
    name                       varchar(200) not null,
    kind                       varchar(12)  not null check (kind in ('INDIVIDUAL', 'COLLECTIVE')),
    legal_basis                varchar(300) not null,
    valid_from                 date         not null,
    valid_to                   date,
    -- individual conditions
    min_grade                  varchar(15) check (min_grade in ('EXCELLENT', 'GOOD', 'COMPLETED')),
    requires_title             varchar(20),
    excellent_or_initiative    boolean      not null default false,
    disqualifying_measure      varchar(25),
    -- collective conditions
    member_title               varchar(20),
    member_share_percent       numeric(5,2) check (member_share_percent between 0 and 100),
    member_good_share_percent  numeric(5,2) check (member_good_share_percent between 0 and 100),
    all_members_completed      boolean      not null default false,
    requires_member_title      varchar(20),
    member_disqualifying_measure varchar(25),
    -- award
    cash_multiple              numeric(4,2) not null check (cash_multiple >= 0),
    awarding_authority         varchar(300) not null,
    unconfirmed                text,
    sort_order                 int          not null,
    constraint title_dates check (valid_to is null or valid_to > valid_from),
    constraint title_one_at_a_time exclude using gist (code with =, daterange(valid_from, valid_to) with &&)
);
comment on table emulation.title is 'Danh hiệu thi đua và điều kiện (Luật Thi đua, khen thưởng 2022, Nghị định 98/2023), theo thời gian';
comment on column emulation.title.disqualifying_measure is 'Bị kỷ luật từ hình thức này trở lên trong năm thì không đủ điều kiện';

insert into emulation.title (code, name, kind, legal_basis, valid_from, min_grade, requires_title,
    excellent_or_initiative, disqualifying_measure, member_title, member_share_percent, member_good_share_percent,
    all_members_completed, requires_member_title, member_disqualifying_measure, cash_multiple, awarding_authority,
    unconfirmed, sort_order)
values
  ('LDTT', 'Lao động tiên tiến', 'INDIVIDUAL', 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 24; Nghị định 98/2023/NĐ-CP',
   '2024-01-01', 'GOOD', null, false, 'REPRIMAND', null, null, null, false, null, null, 0.3,
   'Chủ tịch Ủy ban nhân dân cấp xã; thủ trưởng cơ quan chuyên môn cấp tỉnh',
   'Điều kiện "hoàn thành tốt nhiệm vụ trở lên, không bị kỷ luật trong năm" là cách đọc của hệ thống.', 1),
  ('CSTDCS', 'Chiến sĩ thi đua cơ sở', 'INDIVIDUAL', 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 23; Nghị định 98/2023/NĐ-CP, Điều 54',
   '2024-01-01', 'GOOD', 'LDTT', true, 'REPRIMAND', null, null, null, false, null, null, 1.0,
   'Thủ trưởng cơ quan chuyên môn cấp tỉnh; thẩm quyền sau sắp xếp năm 2025 chưa đối chiếu được',
   'Thẩm quyền khen thưởng của cấp huyện trước đây sau năm 2025 chưa đối chiếu được văn bản: cấu hình được.', 2),
  ('TTLDTT', 'Tập thể lao động tiên tiến', 'COLLECTIVE', 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 28',
   '2024-01-01', null, null, false, null, 'LDTT', 70, null, false, null, 'WARNING', 0,
   'Thủ trưởng cơ quan chuyên môn cấp tỉnh; thẩm quyền sau sắp xếp năm 2025 chưa đối chiếu được',
   'Mức tiền thưởng của Tập thể lao động tiên tiến chưa đối chiếu được (để 0).', 3),
  ('TTLDXS', 'Tập thể lao động xuất sắc', 'COLLECTIVE', 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 27; Nghị định 98/2023/NĐ-CP, Điều 54',
   '2024-01-01', null, null, false, null, null, null, 70, true, 'CSTDCS', 'WARNING', 1.5,
   'Chủ tịch Ủy ban nhân dân cấp tỉnh',
   'Điều kiện (100% hoàn thành nhiệm vụ, từ 70% hoàn thành tốt trở lên, có chiến sĩ thi đua cơ sở, không ai bị kỷ luật '
   || 'từ cảnh cáo) chưa đối chiếu được văn bản: cấu hình được.', 4);

create table emulation.base_salary (
    valid_from  date   primary key,
    amount_vnd  bigint not null check (amount_vnd > 0),
    legal_basis varchar(300) not null
);
comment on table emulation.base_salary is 'Mức lương cơ sở theo thời gian: tiền thưởng tính theo mức có hiệu lực vào ngày ký quyết định';
insert into emulation.base_salary values
  ('2023-07-01', 1800000, 'Nghị định 24/2023/NĐ-CP'),
  ('2024-07-01', 2340000, 'Nghị định 73/2024/NĐ-CP');

-- What other modules announce, kept as emulation needs it.
create table emulation.annual_grade (
    staff_id bigint      not null,
    year     int         not null,
    unit_id  bigint      not null,
    grade    varchar(15) not null,
    primary key (staff_id, year)
);
create table emulation.discipline (
    case_id    bigint primary key,
    staff_id   bigint      not null,
    measure    varchar(25) not null,
    decided_on date        not null
);
create index discipline_staff on emulation.discipline (staff_id, decided_on);
create table emulation.pending_case (
    case_id   bigint primary key,
    staff_id  bigint not null,
    opened_on date   not null,
    closed_on date
);
create index pending_case_open on emulation.pending_case (staff_id) where closed_on is null;
comment on table emulation.pending_case is 'Đang bị xem xét kỷ luật: không đề nghị khen thưởng (Nghị định 98/2023, Điều 4)';

create table emulation.initiative (
    id            bigserial primary key,
    staff_id      bigint       not null references staff.staff_member (id),
    title         varchar(500) not null,
    scope         varchar(20)  not null check (scope in ('GRASSROOTS', 'PROVINCE', 'NATIONAL')),
    recognized_on date         not null,
    recognized_by varchar(200) not null,
    decision_ref  varchar(100) not null
);
create index initiative_staff on emulation.initiative (staff_id, recognized_on);
comment on table emulation.initiative is 'Sáng kiến được công nhận (điều kiện của chiến sĩ thi đua cơ sở)';

-- The annual round: every person and unit in a scope checked against every title of the year.
create table emulation.round (
    id        bigserial primary key,
    year      int          not null,
    unit_id   bigint       not null references orgunit.org_unit (id),
    run_by    varchar(200) not null,
    run_at    timestamptz  not null,
    people    int          not null,
    units     int          not null
);
create table emulation.eligibility (
    round_id     bigint      not null references emulation.round (id),
    subject_kind varchar(6)  not null check (subject_kind in ('STAFF', 'UNIT')),
    subject_id   bigint      not null,
    unit_id      bigint      not null,
    title_code   varchar(20) not null,
    eligible     boolean     not null,
    reasons      text[]      not null,
    primary key (round_id, subject_kind, subject_id, title_code)
);
create index eligibility_unit on emulation.eligibility (round_id, unit_id);
comment on column emulation.eligibility.reasons is 'Điều kiện đạt hoặc không đạt: khóa thông điệp và tham số, cách nhau bởi |';

create table emulation.council (
    id                 bigserial primary key,
    unit_id            bigint       not null references orgunit.org_unit (id),
    name               varchar(300) not null,
    threshold_percent  numeric(5,2) not null check (threshold_percent > 0 and threshold_percent <= 100),
    threshold_basis    varchar(300) not null,
    unconfirmed        text,
    created_by         varchar(200) not null
);
create table emulation.council_member (
    council_id bigint      not null references emulation.council (id),
    staff_id   bigint      not null references staff.staff_member (id),
    role       varchar(12) not null check (role in ('CHAIR', 'DEPUTY', 'MEMBER', 'SECRETARY')),
    primary key (council_id, staff_id)
);

create table emulation.proposal (
    id            bigserial primary key,
    year          int          not null,
    title_code    varchar(20)  not null,
    subject_kind  varchar(6)   not null check (subject_kind in ('STAFF', 'UNIT')),
    subject_id    bigint       not null,
    unit_id       bigint       not null references orgunit.org_unit (id),
    achievements  text         not null,
    status        varchar(10)  not null check (status in ('PROPOSED', 'VOTING', 'PASSED', 'FAILED', 'AWARDED', 'REVOKED')),
    session_id    bigint,
    proposed_by   varchar(200) not null,
    proposed_at   timestamptz  not null,
    revoked_reason text
);
-- one achievement is rewarded once: a title of a year for a subject is proposed once (unless it failed)
create unique index proposal_once on emulation.proposal (year, title_code, subject_kind, subject_id) where status <> 'FAILED';

create table emulation.session (
    id          bigserial primary key,
    council_id  bigint       not null references emulation.council (id),
    held_on     date         not null,
    status      varchar(8)   not null check (status in ('OPEN', 'CLOSED')),
    members     int          not null,
    opened_by   varchar(200) not null,
    closed_at   timestamptz
);
-- A ballot says how a member voted; pages show only the counts, and only after the session closes.
create table emulation.ballot (
    session_id  bigint  not null references emulation.session (id),
    proposal_id bigint  not null references emulation.proposal (id),
    member_id   bigint  not null references staff.staff_member (id),
    approve     boolean,
    recused     boolean not null default false,
    cast_at     timestamptz not null,
    primary key (session_id, proposal_id, member_id),
    check (recused = (approve is null))
);

create table emulation.decision (
    id             bigserial primary key,
    number         varchar(60)  not null unique,
    signed_on      date         not null,
    issuer         varchar(300) not null,
    signer_title   varchar(200) not null,
    signer_name    varchar(200) not null,
    session_id     bigint       not null references emulation.session (id),
    base_salary    bigint       not null,
    created_by     varchar(200) not null,
    created_at     timestamptz  not null
);
create table emulation.award (
    decision_id bigint not null references emulation.decision (id),
    proposal_id bigint not null unique references emulation.proposal (id),
    amount_vnd  bigint not null,
    primary key (decision_id, proposal_id)
);
