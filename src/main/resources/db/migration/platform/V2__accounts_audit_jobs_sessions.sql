create table platform.account (
    id              bigserial primary key,
    username        varchar(60)  not null unique,
    password_hash   varchar(200) not null,
    display_name    varchar(200) not null,
    role            varchar(30)  not null,
    scope_unit_id   bigint,
    enabled         boolean      not null default true,
    failed_logins   int          not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz  not null default now()
);
comment on table platform.account is 'Tài khoản người dùng; scope_unit_id là gốc cây đơn vị được phép xem (null = toàn bộ)';

-- Append-only, hash-chained: each row's hash covers its content and the previous row's hash.
create table platform.audit_entry (
    id           bigserial primary key,
    occurred_at  timestamptz  not null,
    actor        varchar(60)  not null,
    action       varchar(60)  not null,
    entity_type  varchar(60)  not null,
    entity_id    varchar(60)  not null,
    before_state text,
    after_state  text,
    prev_hash    char(64)     not null,
    hash         char(64)     not null
);
comment on table platform.audit_entry is 'Nhật ký thao tác (chỉ ghi thêm, có chuỗi băm)';

create function platform.audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'platform.audit_entry is append-only';
end $$;
create trigger audit_entry_no_update before update or delete on platform.audit_entry
    for each row execute function platform.audit_entry_is_append_only();

create table platform.job (
    id           uuid primary key,
    kind         varchar(60)  not null,
    owner        varchar(60)  not null,
    status       varchar(20)  not null,
    done         int          not null default 0,
    total        int          not null default 0,
    result       text,
    created_at   timestamptz  not null default now(),
    finished_at  timestamptz
);
comment on table platform.job is 'Tác vụ chạy nền (nhập, xuất, tính toán) với tiến độ';

create table platform.spring_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null unique,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100)
);
create index spring_session_expiry on platform.spring_session (expiry_time);
create index spring_session_principal on platform.spring_session (principal_name);

create table platform.spring_session_attributes (
    session_primary_id char(36)     not null references platform.spring_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);
comment on table platform.spring_session is 'Phiên đăng nhập lưu trong CSDL để các máy chủ ứng dụng không giữ trạng thái';
