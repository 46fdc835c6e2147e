-- A person's daily reminder is sent once per day, whatever the number of nodes or restarts: the row is taken before
-- the mail is sent and given back if sending fails, so the next run tries again.
create table platform.reminder_sent (
    username varchar(60) not null,
    sent_on  date        not null,
    items    int         not null,
    primary key (username, sent_on)
);
comment on table platform.reminder_sent is 'Thư nhắc việc hằng ngày đã gửi (mỗi người một thư một ngày)';
