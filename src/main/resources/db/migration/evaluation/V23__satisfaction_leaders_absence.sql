-- Two more inputs of the monthly scorecard, as rule data: the satisfaction index of an officer who serves citizens
-- (counted once the minimum number of ratings is reached), and, for leaders, the results of the unit they lead
-- (Decree 335/2025: 100% when everyone in the unit is at least "completed", 50% otherwise). A month a person was
-- away is marked absent with its reason.
alter table evaluation.rule_set
    add column satisfaction_floor_percent numeric(5,2) not null default 80
        check (satisfaction_floor_percent between 0 and 100),
    add column satisfaction_points        numeric(5,2) not null default 0 check (satisfaction_points >= 0),
    add column leader_unit_weight_percent numeric(5,2) not null default 0
        check (leader_unit_weight_percent between 0 and 100);
comment on column evaluation.rule_set.satisfaction_floor_percent is 'Chỉ số hài lòng của người phục vụ dưới mức này thì bị trừ điểm phần tiêu chí chung';
comment on column evaluation.rule_set.leader_unit_weight_percent is 'Phần điểm kết quả của người lãnh đạo đo bằng kết quả của đơn vị (100% nếu mọi người từ hoàn thành trở lên, 50% nếu không)';

update evaluation.rule_set set satisfaction_points = 2,
    unconfirmed = unconfirmed || ' Trừ 2 điểm tiêu chí chung khi chỉ số hài lòng của người trực tiếp phục vụ dưới 80% '
        || '(đủ số phiếu tối thiểu) là mặc định của hệ thống.'
where code = 'HN-3814-2018';
update evaluation.rule_set set satisfaction_points = 2, leader_unit_weight_percent = 30,
    unconfirmed = unconfirmed || ' Trừ 2 điểm tiêu chí chung khi chỉ số hài lòng của người trực tiếp phục vụ dưới 80% '
        || '(đủ số phiếu tối thiểu), và tỷ trọng 30% điểm kết quả của người lãnh đạo đo bằng kết quả của đơn vị '
        || '(100% hoặc 50% theo Nghị định 335/2025) là mặc định của hệ thống.'
where code = 'ND335-2025';

alter table evaluation.scorecard add column absence_reason varchar(500);
alter table evaluation.scorecard add constraint scorecard_absence_has_reason
    check ((status = 'ABSENT') = (absence_reason is not null));
