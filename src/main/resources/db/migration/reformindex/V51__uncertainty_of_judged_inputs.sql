-- The rank-uncertainty analysis varies every judged input, not only the lines the council changed: a methodology may
-- give a spread to self-assessed lines accepted as they are (percent of the line's maximum), and a spread to the
-- survey component for units whose number of answers is unknown (points). The number of answers behind a unit's
-- survey points gives its sampling error.
alter table reformindex.methodology
    add column accepted_line_spread numeric(5, 2) check (accepted_line_spread between 0 and 50),
    add column survey_spread numeric(5, 2) check (survey_spread >= 0);
alter table reformindex.assessment add column survey_answers int check (survey_answers > 0);
comment on column reformindex.methodology.accepted_line_spread is 'Độ dao động (% điểm tối đa) của tiêu chí thành phần được chấp nhận như đơn vị tự chấm, trong phân tích độ bất định';
comment on column reformindex.methodology.survey_spread is 'Độ dao động (điểm) của điểm điều tra xã hội học khi không biết số phiếu';
comment on column reformindex.assessment.survey_answers is 'Số phiếu trả lời làm nên điểm điều tra của đơn vị';
-- A weight range must contain the nominal weight (100%): the analysis is centred on the published figures. Ranges
-- already published stay in their snapshots; drafts and methodologies in use are held to it from now on.
update reformindex.item set weight_low = least(weight_low, 100), weight_high = greatest(weight_high, 100)
where weight_low is not null and (weight_low > 100 or weight_high < 100)
  and methodology_id in (select id from reformindex.methodology where status <> 'PUBLISHED');
