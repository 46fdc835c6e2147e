-- The public portal, first part: polls. Each vote is a row keyed by (poll, voter), so a voter votes once and every
-- count is exact whatever the concurrency; the voter is a signed browser token or a signed-in account, as the poll
-- declares.
create schema if not exists portal;

-- The key that signs voters' browser tokens (one per installation, shared by every app node).
create table portal.token_key (
    id       int   primary key check (id = 1),
    hmac_key bytea not null
);

create table portal.poll (
    id            bigserial primary key,
    unit_id       bigint       not null references orgunit.org_unit (id),
    question      varchar(500) not null,
    opens_at      timestamptz  not null,
    closes_at     timestamptz  not null,
    integrity     varchar(10)  not null check (integrity in ('BROWSER', 'SIGNED_IN')),
    results_shown varchar(12)  not null check (results_shown in ('AFTER_VOTE', 'AFTER_CLOSE')),
    created_by    varchar(200) not null,
    created_at    timestamptz  not null,
    check (closes_at > opens_at)
);
comment on column portal.poll.integrity is 'Một phiếu mỗi người: theo mã trình duyệt có chữ ký (kèm giới hạn tần suất) hoặc theo tài khoản đăng nhập';

create table portal.poll_option (
    id       bigserial primary key,
    poll_id  bigint       not null references portal.poll (id),
    position int          not null,
    label    varchar(300) not null,
    unique (poll_id, position)
);

create table portal.poll_vote (
    poll_id   bigint       not null references portal.poll (id),
    voter     varchar(120) not null,
    option_id bigint       not null references portal.poll_option (id),
    voted_at  timestamptz  not null,
    primary key (poll_id, voter)
);
create index poll_vote_option on portal.poll_vote (option_id);
