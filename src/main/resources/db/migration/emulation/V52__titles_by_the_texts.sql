-- The titles as the texts say, dated. Three corrections and two new periods:
--  * 2024-01-01 to 2025-07-01 (Law 06/2022, Decree 98/2023), corrected where the rows said otherwise:
--    - Tập thể lao động tiên tiến is awarded 0.8 times the base salary (Decree 98/2023 Art. 54), not 0;
--    - Tập thể lao động xuất sắc (Law 2022 Art. 27): every member completes their tasks, at least 70% of them hold
--      the Lao động tiên tiến title, and one member is a Chiến sĩ thi đua cơ sở. The earlier row asked for 70% rated
--      "good" and for nobody disciplined from a warning up, which Art. 27 does not say.
--  * from 2025-07-01: Decree 152/2025 replaces Decree 98/2023 as the Law's implementing decree. Its amounts and
--    details were not found in the sources at hand: the rows carry the 98/2023 values, marked unconfirmed.
--  * 2017-07-31 to 2024-01-01 (Law on Emulation and Commendation 2003, amended 2013; Decree 91/2017): the rules a
--    year such as 2019 was judged by, so that rounds of those years can be checked and compared.
alter table emulation.title add column initiative_required boolean not null default false;
comment on column emulation.title.initiative_required is 'Phải có sáng kiến được công nhận (không thay bằng hoàn thành xuất sắc nhiệm vụ)';

-- The rows of 98/2023 end where 152/2025 begins.
update emulation.title set valid_to = '2025-07-01' where valid_from = '2024-01-01' and valid_to is null;

update emulation.title set cash_multiple = 0.8,
    legal_basis = 'Luật Thi đua, khen thưởng số 06/2022/QH15, Điều 28; Nghị định 98/2023/NĐ-CP, Điều 54',
    unconfirmed = null
where code = 'TTLDTT' and valid_from = '2024-01-01';

update emulation.title set member_title = 'LDTT', member_share_percent = 70, member_good_share_percent = null,
    member_disqualifying_measure = null,
    unconfirmed = 'Điều kiện "hoàn thành xuất sắc nhiệm vụ, có phong trào thi đua thường xuyên, nội bộ đoàn kết" '
        || 'do hội đồng thi đua xem xét, hệ thống không kiểm tra.'
where code = 'TTLDXS' and valid_from = '2024-01-01';

-- Decree 152/2025: the same titles from its effective date, the values of 98/2023 carried over.
insert into emulation.title (code, name, kind, legal_basis, valid_from, valid_to, min_grade, requires_title,
    excellent_or_initiative, disqualifying_measure, member_title, member_share_percent, member_good_share_percent,
    all_members_completed, requires_member_title, member_disqualifying_measure, cash_multiple, awarding_authority,
    unconfirmed, sort_order, initiative_required)
select code, name, kind, replace(legal_basis, 'Nghị định 98/2023/NĐ-CP', 'Nghị định 152/2025/NĐ-CP'), '2025-07-01', null,
       min_grade, requires_title, excellent_or_initiative, disqualifying_measure, member_title, member_share_percent,
       member_good_share_percent, all_members_completed, requires_member_title, member_disqualifying_measure,
       cash_multiple, awarding_authority,
       'Nghị định 152/2025/NĐ-CP thay Nghị định 98/2023/NĐ-CP (ngày áp dụng 01/07/2025 theo nguồn thứ cấp); mức tiền '
           || 'thưởng và điều kiện chi tiết chưa đối chiếu được văn bản, giữ như Nghị định 98/2023: cấu hình được.'
           || coalesce(' ' || unconfirmed, ''),
       sort_order, initiative_required
from emulation.title where valid_to = '2025-07-01';
update emulation.title set legal_basis = legal_basis || '; Nghị định 152/2025/NĐ-CP'
where valid_from = '2025-07-01' and legal_basis not like '%152/2025%';

-- The earlier regime: Law 2003 (amended 2013) and Decree 91/2017.
insert into emulation.title (code, name, kind, legal_basis, valid_from, valid_to, min_grade, requires_title,
    excellent_or_initiative, disqualifying_measure, member_title, member_share_percent, member_good_share_percent,
    all_members_completed, requires_member_title, member_disqualifying_measure, cash_multiple, awarding_authority,
    unconfirmed, sort_order, initiative_required)
values
  ('LDTT', 'Lao động tiên tiến', 'INDIVIDUAL',
   'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013), Điều 24; Nghị định 91/2017/NĐ-CP',
   '2017-07-31', '2024-01-01', 'GOOD', null, false, 'REPRIMAND', null, null, null, false, null, null, 0.3,
   'Chủ tịch Ủy ban nhân dân cấp huyện; thủ trưởng cơ quan chuyên môn cấp tỉnh',
   'Ngày áp dụng lấy theo ngày ký Nghị định 91/2017; điều kiện "không bị kỷ luật từ khiển trách" là cách đọc của hệ thống.', 1, false),
  ('CSTDCS', 'Chiến sĩ thi đua cơ sở', 'INDIVIDUAL',
   'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013), Điều 23; Nghị định 91/2017/NĐ-CP',
   '2017-07-31', '2024-01-01', 'GOOD', 'LDTT', false, 'REPRIMAND', null, null, null, false, null, null, 1.0,
   'Chủ tịch Ủy ban nhân dân cấp huyện; thủ trưởng cơ quan chuyên môn cấp tỉnh',
   'Ngày áp dụng lấy theo ngày ký Nghị định 91/2017. Luật 2013 đòi hỏi sáng kiến (hoàn thành xuất sắc nhiệm vụ không thay được).', 2, true),
  ('TTLDTT', 'Tập thể lao động tiên tiến', 'COLLECTIVE',
   'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013), Điều 28; Nghị định 91/2017/NĐ-CP',
   '2017-07-31', '2024-01-01', null, null, false, null, 'LDTT', 50, null, false, null, 'WARNING', 0.8,
   'Chủ tịch Ủy ban nhân dân cấp huyện; thủ trưởng cơ quan chuyên môn cấp tỉnh',
   'Luật 2003 ghi "trên 50%" thành viên đạt Lao động tiên tiến (theo nguồn thứ cấp); hệ thống so từ 50% trở lên. Ngày áp dụng lấy theo ngày ký Nghị định 91/2017.', 3, false),
  ('TTLDXS', 'Tập thể lao động xuất sắc', 'COLLECTIVE',
   'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013), Điều 27; Nghị định 91/2017/NĐ-CP',
   '2017-07-31', '2024-01-01', null, null, false, null, 'LDTT', 70, null, true, 'CSTDCS', 'WARNING', 1.5,
   'Chủ tịch Ủy ban nhân dân cấp tỉnh',
   'Ngày áp dụng lấy theo ngày ký Nghị định 91/2017.', 4, false);

-- The base salary of those years, for the amounts of their awards.
insert into emulation.base_salary values
  ('2018-07-01', 1390000, 'Nghị định 72/2018/NĐ-CP'),
  ('2019-07-01', 1490000, 'Nghị định 38/2019/NĐ-CP')
on conflict (valid_from) do nothing;
