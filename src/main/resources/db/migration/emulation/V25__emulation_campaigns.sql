-- Phong trào thi đua: a campaign launched by a unit for the units under it, with its criteria and points, the units'
-- registrations with their commitments, and the mid-term and final reviews (sơ kết, tổng kết) scoring each
-- registered unit on each criterion, with its evidence.
create table emulation.campaign (
    id              bigserial primary key,
    unit_id         bigint       not null references orgunit.org_unit (id),
    name            varchar(300) not null,
    goals           text         not null,
    legal_basis     varchar(300) not null,
    launch_decision varchar(200) not null,
    launched_on     date         not null,
    starts_on       date         not null,
    ends_on         date         not null,
    created_by      varchar(200) not null,
    created_at      timestamptz  not null,
    check (ends_on > starts_on and starts_on >= launched_on)
);
comment on table emulation.campaign is 'Phong trào thi đua: mục tiêu, tiêu chí, thời gian, đơn vị phát động';

create table emulation.campaign_criterion (
    id          bigserial primary key,
    campaign_id bigint       not null references emulation.campaign (id),
    position    int          not null,
    name        varchar(300) not null,
    max_points  numeric(6,2) not null check (max_points > 0),
    unique (campaign_id, position)
);

create table emulation.campaign_registration (
    campaign_id   bigint       not null references emulation.campaign (id),
    unit_id       bigint       not null references orgunit.org_unit (id),
    commitment    text         not null,
    registered_by varchar(200) not null,
    registered_at timestamptz  not null,
    primary key (campaign_id, unit_id)
);
comment on table emulation.campaign_registration is 'Đăng ký thi đua của đơn vị, với nội dung cam kết';

create table emulation.campaign_review (
    id          bigserial primary key,
    campaign_id bigint      not null references emulation.campaign (id),
    kind        varchar(8)  not null check (kind in ('MIDTERM', 'FINAL')),
    held_on     date        not null,
    created_by  varchar(200) not null,
    unique (campaign_id, kind)
);
create table emulation.review_score (
    review_id    bigint       not null references emulation.campaign_review (id),
    unit_id      bigint       not null references orgunit.org_unit (id),
    criterion_id bigint       not null references emulation.campaign_criterion (id),
    points       numeric(6,2) not null check (points >= 0),
    evidence     text,
    primary key (review_id, unit_id, criterion_id)
);
comment on table emulation.campaign_review is 'Sơ kết (MIDTERM), tổng kết (FINAL) phong trào';
