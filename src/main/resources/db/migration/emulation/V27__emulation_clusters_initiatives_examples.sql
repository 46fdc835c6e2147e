-- Emulation, second part: clusters of units that compete together (cụm, khối thi đua), individual registrations in a
-- campaign, initiatives submitted and reviewed (sáng kiến), good examples told with photos and published (gương điển
-- hình, người tốt việc tốt), certificates of merit (giấy khen), and who awards each title as dated data.

-- Cụm thi đua (units grouped by area) and khối thi đua (units grouped by function), per year. A unit belongs to at
-- most one group of a year, so that a campaign's ranking can be read group by group.
create table emulation.cluster (
    id                bigserial primary key,
    organizer_unit_id bigint       not null references orgunit.org_unit (id),
    year              int          not null check (year between 2000 and 2100),
    kind              varchar(7)   not null check (kind in ('CLUSTER', 'BLOCK')),
    name              varchar(300) not null,
    leader_unit_id    bigint references orgunit.org_unit (id),
    created_by        varchar(200) not null,
    unique (organizer_unit_id, year, name),
    unique (id, year)
);
comment on table emulation.cluster is 'Cụm (theo địa bàn), khối (theo lĩnh vực) thi đua của một năm; cụm trưởng là đơn vị dẫn đầu';
create table emulation.cluster_member (
    cluster_id bigint not null,
    year       int    not null,
    unit_id    bigint not null references orgunit.org_unit (id),
    primary key (cluster_id, unit_id),
    unique (unit_id, year),
    foreign key (cluster_id, year) references emulation.cluster (id, year)
);

-- Individuals register in a campaign with the title they aim for and what they commit to.
create table emulation.personal_registration (
    campaign_id   bigint       not null references emulation.campaign (id),
    staff_id      bigint       not null references staff.staff_member (id),
    unit_id       bigint       not null references orgunit.org_unit (id),
    title_code    varchar(20)  not null,
    commitment    text         not null,
    registered_at timestamptz  not null,
    primary key (campaign_id, staff_id)
);
comment on table emulation.personal_registration is 'Đăng ký thi đua cá nhân: danh hiệu phấn đấu và nội dung cam kết';

-- An initiative as its author submits it, then reviewed: recognised (it enters the register) or not, with a reason.
create table emulation.initiative_submission (
    id            bigserial primary key,
    staff_id      bigint        not null references staff.staff_member (id),
    unit_id       bigint        not null references orgunit.org_unit (id),
    title         varchar(500)  not null,
    description   text          not null,
    applied_since date          not null,
    benefits      text          not null,
    submitted_at  timestamptz   not null,
    status        varchar(10)   not null default 'SUBMITTED' check (status in ('SUBMITTED', 'RECOGNIZED', 'REJECTED')),
    reviewed_by   varchar(200),
    reviewed_at   timestamptz,
    review_note   text,
    initiative_id bigint references emulation.initiative (id),
    constraint submission_reviewed check ((status = 'SUBMITTED') = (reviewed_at is null)),
    constraint submission_recognized check ((status = 'RECOGNIZED') = (initiative_id is not null)),
    constraint submission_rejected check (status <> 'REJECTED' or review_note is not null)
);
create index initiative_submission_unit on emulation.initiative_submission (unit_id, status);
comment on table emulation.initiative_submission is 'Đơn yêu cầu công nhận sáng kiến: nội dung, ngày áp dụng, hiệu quả; xét công nhận hoặc không';
create table emulation.initiative_file (
    id            bigserial primary key,
    submission_id bigint       not null references emulation.initiative_submission (id),
    file_name     varchar(200) not null,
    content_type  varchar(60)  not null,
    size_bytes    int          not null,
    sha256        char(64)     not null,
    content       bytea        not null
);
create index initiative_file_submission on emulation.initiative_file (submission_id);

-- Good examples: a story about a person or a collective, written in a unit, approved and published by an officer
-- other than its writer, withdrawn with a reason. Published stories are what the public portal shows.
create table emulation.good_example (
    id              bigserial primary key,
    unit_id         bigint        not null references orgunit.org_unit (id),
    subject_kind    varchar(6)    not null check (subject_kind in ('PERSON', 'GROUP')),
    subject_name    varchar(300)  not null,
    headline        varchar(300)  not null,
    story           text          not null,
    written_by      varchar(200)  not null,
    written_by_user varchar(100)  not null,
    written_at      timestamptz   not null,
    status          varchar(10)   not null default 'SUBMITTED'
                                  check (status in ('SUBMITTED', 'RETURNED', 'PUBLISHED', 'WITHDRAWN')),
    decided_by      varchar(200),
    decided_at      timestamptz,
    note            text,
    constraint example_decided check ((status = 'SUBMITTED') = (decided_at is null)),
    constraint example_note check (status not in ('RETURNED', 'WITHDRAWN') or note is not null)
);
create index good_example_published on emulation.good_example (decided_at desc) where status = 'PUBLISHED';
comment on table emulation.good_example is 'Gương điển hình tiên tiến, người tốt việc tốt: bài viết có ảnh, được duyệt rồi đăng lên cổng thông tin';
create table emulation.good_example_photo (
    id           bigserial primary key,
    example_id   bigint       not null references emulation.good_example (id),
    file_name    varchar(200) not null,
    content_type varchar(60)  not null,
    size_bytes   int          not null,
    sha256       char(64)     not null,
    content      bytea        not null
);
create index good_example_photo_example on emulation.good_example_photo (example_id);

-- Who awards a title, by the kind of unit proposing, over time. The district level ended on 01/07/2025; how its
-- powers were redistributed was not found in a primary text, so those rows are marked unconfirmed and editable.
create table emulation.awarding_authority (
    id          bigserial primary key,
    title_code  varchar(20)  not null,
    unit_type   varchar(30)  not null,
    authority   varchar(300) not null,
    legal_basis varchar(300) not null,
    valid_from  date         not null,
    valid_to    date,
    unconfirmed text,
    created_by  varchar(200) not null default 'system',
    constraint authority_dates check (valid_to is null or valid_to > valid_from),
    constraint authority_one_at_a_time exclude using gist
        (title_code with =, unit_type with =, daterange(valid_from, valid_to) with &&)
);
comment on table emulation.awarding_authority is 'Thẩm quyền quyết định khen thưởng theo danh hiệu và loại đơn vị đề nghị (Luật Thi đua, khen thưởng 2022, Điều 80), theo thời gian';

-- Giấy khen, for a person and for a collective. Its conditions and amounts were not found in the current texts.
insert into emulation.title (code, name, kind, legal_basis, valid_from, min_grade, requires_title,
    excellent_or_initiative, disqualifying_measure, member_title, member_share_percent, member_good_share_percent,
    all_members_completed, requires_member_title, member_disqualifying_measure, cash_multiple, awarding_authority,
    unconfirmed, sort_order)
values
  ('GKCN', 'Giấy khen (cá nhân)', 'INDIVIDUAL', 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 75, Điều 80',
   '2024-01-01', 'GOOD', null, false, 'REPRIMAND', null, null, null, false, null, null, 0.3,
   'Chủ tịch Ủy ban nhân dân cấp xã; thủ trưởng cơ quan chuyên môn cấp tỉnh',
   'Điều kiện (hoàn thành tốt nhiệm vụ, không bị kỷ luật) và mức tiền 0,3 lần lương cơ sở theo quy định trước đây chưa đối chiếu với Nghị định 98/2023: cấu hình được.', 5),
  ('GKTT', 'Giấy khen (tập thể)', 'COLLECTIVE', 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 75, Điều 80',
   '2024-01-01', null, null, false, null, null, null, null, true, null, 'WARNING', 0.6,
   'Chủ tịch Ủy ban nhân dân cấp xã; thủ trưởng cơ quan chuyên môn cấp tỉnh',
   'Điều kiện (mọi thành viên hoàn thành nhiệm vụ, không ai bị kỷ luật từ cảnh cáo) và mức tiền 0,6 lần lương cơ sở theo quy định trước đây chưa đối chiếu với Nghị định 98/2023: cấu hình được.', 6);

insert into emulation.awarding_authority (title_code, unit_type, authority, legal_basis, valid_from, valid_to, unconfirmed)
select t.code, x.unit_type, x.authority, 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 80', x.valid_from, x.valid_to,
       x.unconfirmed
from (values ('LDTT'), ('CSTDCS'), ('TTLDTT'), ('TTLDXS'), ('GKCN'), ('GKTT')) t(code)
cross join lateral (values
    -- a ward's own chairman: advanced workers and certificates of merit (Art. 80)
    ('WARD', 'Chủ tịch Ủy ban nhân dân phường, xã', date '2024-01-01', null::date, null::text,
     t.code in ('LDTT', 'GKCN', 'GKTT')),
    -- before 01/07/2025 a ward's other titles went to the district chairman
    ('WARD', 'Chủ tịch Ủy ban nhân dân quận, huyện', date '2024-01-01', date '2025-07-01', null,
     t.code in ('CSTDCS', 'TTLDTT')),
    ('WARD', 'Chủ tịch Ủy ban nhân dân phường, xã', date '2025-07-01', null,
     'Thẩm quyền của cấp huyện sau ngày 01/07/2025 chưa đối chiếu được văn bản: cấu hình được.',
     t.code in ('CSTDCS', 'TTLDTT')),
    ('DISTRICT', 'Chủ tịch Ủy ban nhân dân quận, huyện', date '2024-01-01', date '2025-07-01', null,
     t.code in ('LDTT', 'CSTDCS', 'TTLDTT', 'GKCN', 'GKTT')),
    ('DIVISION', 'Thủ trưởng cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh', date '2024-01-01', null, null,
     t.code in ('LDTT', 'CSTDCS', 'TTLDTT', 'GKCN', 'GKTT')),
    ('WARD', 'Chủ tịch Ủy ban nhân dân thành phố', date '2024-01-01', null, null, t.code = 'TTLDXS'),
    ('DISTRICT', 'Chủ tịch Ủy ban nhân dân thành phố', date '2024-01-01', date '2025-07-01', null, t.code = 'TTLDXS'),
    ('DIVISION', 'Chủ tịch Ủy ban nhân dân thành phố', date '2024-01-01', null, null, t.code = 'TTLDXS')
) x(unit_type, authority, valid_from, valid_to, unconfirmed, applies)
where x.applies;
