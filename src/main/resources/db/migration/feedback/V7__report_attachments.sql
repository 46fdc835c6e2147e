-- Photos or documents a citizen attaches to a report. Stored in the database with the report, so a report and its
-- evidence are written (and backed up) together; the checksum shows the file was not altered.
create table feedback.report_attachment (
    id           bigserial primary key,
    report_id    bigint       not null references feedback.report (id),
    file_name    varchar(200) not null,
    content_type varchar(60)  not null,
    size_bytes   int          not null,
    sha256       char(64)     not null,
    content      bytea        not null
);
create index report_attachment_report on feedback.report_attachment (report_id);
comment on table feedback.report_attachment is 'Tệp đính kèm phản ánh (ảnh, PDF), kiểm tra loại tệp theo nội dung';
