-- One row per form sent, keyed by the token the page put in the form: a double click or a retried post carries the
-- same token and is not carried out twice. Rows older than a day are removed as new ones arrive.
create table platform.form_submission (
    token       uuid         primary key,
    account     varchar(60)  not null,
    at          timestamptz  not null
);
create index form_submission_at on platform.form_submission (at);
comment on table platform.form_submission is 'Biểu mẫu đã gửi (chống gửi trùng khi bấm hai lần hoặc gửi lại)';
