-- Decree 335/2025 lets task results be measured monthly or quarterly (the year is the average of the periods,
-- Art. 21). A rule set says its period: 1 (a scorecard a month) or 3 (a scorecard a quarter, closed after the
-- quarter's last month and kept under the quarter's first month).
alter table evaluation.rule_set add column period_months int not null default 1 check (period_months in (1, 3));
comment on column evaluation.rule_set.period_months is 'Kỳ đánh giá: 1 = tháng, 3 = quý (Nghị định 335/2025 cho phép tháng hoặc quý)';
update evaluation.rule_set set unconfirmed = replace(unconfirmed,
    'Kỳ đánh giá theo quý (Nghị định cho phép tháng hoặc quý) chưa hỗ trợ: hệ thống đánh giá theo tháng. ',
    'Kỳ đánh giá là tháng; tỉnh chọn quý khi thêm bộ quy định. ')
where code = 'ND335-2025';
