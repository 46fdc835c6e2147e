-- Failed sign-ins are counted per account AND per client address, and the lock applies to that pair: five wrong
-- passwords from one address lock the account for that address only, so a stranger cannot lock the administrator
-- out of their own office. The sum over one address (across all names) limits how fast any client may guess.
-- The account's own failed_logins and locked_until columns are no longer written.
create table platform.sign_in_failure (
    username       text        not null,
    client         text        not null,
    failures       integer     not null,
    locked_until   timestamptz,
    last_failed_at timestamptz not null,
    primary key (username, client)
);
create index sign_in_failure_by_client on platform.sign_in_failure (client, last_failed_at);

comment on table platform.sign_in_failure is 'Đăng nhập sai: số lần sai theo tài khoản và địa chỉ máy khách';
