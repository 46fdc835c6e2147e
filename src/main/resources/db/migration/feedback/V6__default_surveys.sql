-- The default forms, shipped as data. SIPAS measures five elements on a five-point scale (methodology
-- 1001/QĐ-BNV of 11/12/2023 for 2023–2026); the kiosk form asks one overall question and, after a negative answer,
-- why. New versions are added as new rows, never by editing these.
insert into feedback.survey (code, version, name_vi, name_en, legal_basis, valid_from)
values ('SIPAS5', 1, 'Đánh giá sự hài lòng theo 5 yếu tố SIPAS', 'Satisfaction with the five SIPAS elements',
        'Phương pháp đo SIPAS, Quyết định 1001/QĐ-BNV ngày 11/12/2023', '2024-01-01'),
       ('KIOSK', 1, 'Đánh giá nhanh tại quầy', 'Quick rating at the counter', null, '2024-01-01');

insert into feedback.survey_question (survey_id, code, element, text_vi, text_en, min_value, max_value, position)
select s.id, q.code, q.element, q.text_vi, q.text_en, q.min_value, q.max_value, q.position
from feedback.survey s
join (values
    ('SIPAS5', 'ACCESS', 'ACCESS', 'Việc tiếp cận dịch vụ (nơi làm thủ tục, thông tin, trang thiết bị)',
     'Access to the service (place, information, equipment)', 1, 5, 1),
    ('SIPAS5', 'PROCEDURE', 'PROCEDURE', 'Thủ tục hành chính (hồ sơ, thời hạn, phí được niêm yết và đúng quy định)',
     'The administrative procedure (documents, time limits, fees as published)', 1, 5, 2),
    ('SIPAS5', 'OFFICER', 'OFFICER', 'Công chức trực tiếp giải quyết (thái độ, hướng dẫn, tuân thủ quy định)',
     'The officer who handled your case (attitude, guidance, following the rules)', 1, 5, 3),
    ('SIPAS5', 'RESULT', 'RESULT', 'Kết quả giải quyết (đúng, đủ, đúng hẹn)',
     'The result (correct, complete, on time)', 1, 5, 4),
    ('SIPAS5', 'FEEDBACK_HANDLING', 'FEEDBACK_HANDLING', 'Việc tiếp nhận, xử lý góp ý, phản ánh, kiến nghị',
     'How suggestions and complaints are received and handled', 1, 5, 5),
    ('KIOSK', 'OVERALL', 'OVERALL', 'Ông/bà có hài lòng với sự phục vụ hôm nay không?',
     'Are you satisfied with the service today?', 1, 5, 1),
    ('KIOSK', 'REASON_WAITING', 'REASON', 'Chờ đợi lâu', 'Long wait', 0, 1, 2),
    ('KIOSK', 'REASON_ATTITUDE', 'REASON', 'Thái độ chưa tốt', 'Poor attitude', 0, 1, 3),
    ('KIOSK', 'REASON_EXTRA_DOCUMENTS', 'REASON', 'Yêu cầu bổ sung giấy tờ nhiều lần',
     'Asked for extra documents more than once', 0, 1, 4),
    ('KIOSK', 'REASON_LATE_RESULT', 'REASON', 'Trả kết quả trễ hẹn', 'Result later than promised', 0, 1, 5),
    ('KIOSK', 'REASON_OTHER', 'REASON', 'Lý do khác', 'Other reason', 0, 1, 6)
) as q (survey_code, code, element, text_vi, text_en, min_value, max_value, position) on q.survey_code = s.code;
