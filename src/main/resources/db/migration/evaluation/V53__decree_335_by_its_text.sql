-- Decree 335/2025 as its text says: the year's result is the average of the period results (Art. 21), so the mean of
-- the months is no longer only the system's reading. A collective whose outstanding achievements are recognised may
-- exceed the 20% cap; the sources at hand give no figure for how far, so the cap stays empty here and a province sets
-- it (evaluation.rule_set.quota_percent_exceptional) when it adds its rule set.
update evaluation.rule_set set
    legal_basis = 'Nghị định 335/2025/NĐ-CP',
    unconfirmed = 'Tập thể có thành tích xuất sắc, nổi trội được vượt tỷ lệ 20%: mức cụ thể chưa đối chiếu được văn bản, '
        || 'tỉnh đặt khi thêm bộ quy định. Kỳ đánh giá theo quý (Nghị định cho phép tháng hoặc quý) chưa hỗ trợ: hệ thống '
        || 'đánh giá theo tháng. Điểm trừ theo vi phạm, theo phản ánh được xác minh và theo vi phạm của đơn vị (đối với '
        || 'người đứng đầu) là mặc định của hệ thống.'
where code = 'ND335-2025';
comment on column evaluation.rule_set.rollup is 'MEAN_OF_MONTHS: kết quả năm là trung bình kết quả các kỳ (Nghị định 335/2025, Điều 21)';
