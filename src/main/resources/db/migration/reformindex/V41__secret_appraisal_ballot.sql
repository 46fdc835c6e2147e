-- The appraisal council's ballot is secret by construction: who voted and how the council voted are stored apart
-- and cannot be joined. A participation row names the member, with no choice and no time; the choices are two
-- counters per assessment, with no member and no time. (appraisal_vote kept member, choice and the time of the vote
-- together, so a reader of the table, or of the audit log at the same instant, could name each member's choice.)
create table reformindex.appraisal_participation (
    assessment_id bigint not null references reformindex.assessment (id),
    staff_id      bigint not null references staff.staff_member (id),
    primary key (assessment_id, staff_id)
);
comment on table reformindex.appraisal_participation is 'Thành viên hội đồng đã bỏ phiếu (không ghi lựa chọn, không ghi thời điểm)';

create table reformindex.appraisal_tally (
    assessment_id bigint  primary key references reformindex.assessment (id),
    approvals     integer not null check (approvals >= 0),
    rejections    integer not null check (rejections >= 0)
);
comment on table reformindex.appraisal_tally is 'Kết quả bỏ phiếu kín: số phiếu tán thành và không tán thành, không gắn với thành viên';

insert into reformindex.appraisal_participation (assessment_id, staff_id)
select assessment_id, staff_id from reformindex.appraisal_vote order by assessment_id, staff_id;

insert into reformindex.appraisal_tally (assessment_id, approvals, rejections)
select assessment_id, count(*) filter (where approve), count(*) filter (where not approve)
from reformindex.appraisal_vote group by assessment_id;

drop table reformindex.appraisal_vote;
