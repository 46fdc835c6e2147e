-- A background job that fails says why (a message key shown on its progress page) and where it can be run again; a
-- job whose node stopped mid-way is recognised by its silent heartbeat and ends as failed instead of running forever.
alter table platform.job
    add column failure      varchar(80),
    add column retry_path   varchar(300),
    add column heartbeat_at timestamptz;
update platform.job set status = 'FAILED', failure = 'job.failed.interrupted', finished_at = now()
where status = 'RUNNING';
comment on column platform.job.failure is 'Khóa thông báo lý do thất bại, hiển thị cho người chạy';
comment on column platform.job.retry_path is 'Trang để chạy lại tác vụ';
comment on column platform.job.heartbeat_at is 'Lần cuối máy chủ đang chạy tác vụ báo còn sống (10 giây một lần)';
