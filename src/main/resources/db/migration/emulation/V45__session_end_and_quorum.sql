-- A session's announced end and its council's quorum. The count is made when every member has voted or recused on
-- every proposal, or, once the announced end has passed, when each proposal has the quorum's share of the members;
-- the quorum is rule data of the council with its basis, like the passing share. No text read for this product fixes
-- the quorum of an emulation council: two thirds of the members is the common rule of the councils' own regulations
-- (unconfirmed). Sessions opened before this change have no announced end: they close when everyone has voted.
alter table emulation.council
    add column quorum_percent numeric(5,2) not null default 66.67 check (quorum_percent > 0 and quorum_percent <= 100),
    add column quorum_basis varchar(300) not null
        default 'Quy chế hoạt động của hội đồng: phiên họp hợp lệ khi có ít nhất hai phần ba số thành viên tham gia (thông lệ, chưa xác nhận)';
alter table emulation.session add column ends_at timestamptz;
