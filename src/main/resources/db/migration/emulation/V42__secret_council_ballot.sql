-- The emulation council's ballot is secret by construction, as the appraisal council's (V41): who took part in the
-- vote on a proposal (or was recused from it) and how the council voted on it are stored apart and cannot be joined.
-- A participation row names the member, with no choice and no time; the choices are two counters per proposal, with
-- no member and no time. (emulation.ballot kept member, choice and the moment of the vote together.)
create table emulation.ballot_participation (
    session_id  bigint  not null references emulation.session (id),
    proposal_id bigint  not null references emulation.proposal (id),
    member_id   bigint  not null references staff.staff_member (id),
    recused     boolean not null,
    primary key (session_id, proposal_id, member_id)
);
comment on table emulation.ballot_participation is 'Thành viên hội đồng đã bỏ phiếu hoặc không tham gia biểu quyết (không ghi lựa chọn, không ghi thời điểm)';

create table emulation.ballot_tally (
    session_id  bigint  not null references emulation.session (id),
    proposal_id bigint  not null references emulation.proposal (id),
    approvals   integer not null check (approvals >= 0),
    rejections  integer not null check (rejections >= 0),
    primary key (session_id, proposal_id)
);
comment on table emulation.ballot_tally is 'Kết quả bỏ phiếu kín theo đề nghị: số phiếu đồng ý và không đồng ý, không gắn với thành viên';

insert into emulation.ballot_participation (session_id, proposal_id, member_id, recused)
select session_id, proposal_id, member_id, recused from emulation.ballot order by session_id, proposal_id, member_id;

insert into emulation.ballot_tally (session_id, proposal_id, approvals, rejections)
select session_id, proposal_id, count(*) filter (where approve), count(*) filter (where approve = false)
from emulation.ballot where not recused group by session_id, proposal_id;

drop table emulation.ballot;
