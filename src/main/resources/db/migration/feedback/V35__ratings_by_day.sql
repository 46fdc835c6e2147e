-- The satisfaction pages read daily counts instead of every answer: one row per day (in Vietnam's time), unit, desk,
-- officer on duty (0 when none), element, value given and burst flag, with how many answers it holds. It is a pure
-- count, with no rule in it: which values count as "satisfied", that bursts are left out and that reasons are not
-- scored are decided when the page reads it, so a rule that changes needs no recount.
create table feedback.rating_day (
    day              date        not null,
    unit_id          bigint      not null,
    service_point_id bigint      not null,
    staff_id         bigint      not null,
    element          varchar(30) not null,
    value            int         not null,
    burst            boolean     not null,
    answers          bigint      not null,
    primary key (day, unit_id, service_point_id, staff_id, element, value, burst)
);
create index rating_day_unit on feedback.rating_day (unit_id, day);
comment on table feedback.rating_day is 'Số câu trả lời theo ngày, đơn vị, quầy, người trực, yếu tố, giá trị (đếm sẵn cho trang sự hài lòng)';

-- Kept by the database itself, in the transaction that writes the answers, whatever path wrote them: one aggregated
-- upsert per insert statement (a batch of ratings is one statement), in key order so two writers never deadlock.
create function feedback.count_answers() returns trigger language plpgsql as $$
begin
    insert into feedback.rating_day as d (day, unit_id, service_point_id, staff_id, element, value, burst, answers)
    select (r.received_at at time zone 'Asia/Ho_Chi_Minh')::date, r.unit_id, r.service_point_id,
           coalesce(r.staff_id, 0), q.element, a.value, r.burst, count(*)
    from new_answers a
    join feedback.response r on r.id = a.response_id
    join feedback.survey_question q on q.survey_id = r.survey_id and q.code = a.question_code
    group by 1, 2, 3, 4, 5, 6, 7
    order by 1, 2, 3, 4, 5, 6, 7
    on conflict (day, unit_id, service_point_id, staff_id, element, value, burst)
    do update set answers = d.answers + excluded.answers;
    return null;
end $$;

create trigger answer_counted after insert on feedback.answer
    referencing new table as new_answers for each statement execute function feedback.count_answers();

-- A rating is not meant to change after it is stored (only a comment's moderation flag does), but if one does, its
-- answers move from the old day, unit, desk, officer or burst flag to the new ones, so the counts stay exact.
create function feedback.recount_changed_ratings() returns trigger language plpgsql as $$
begin
    insert into feedback.rating_day as d (day, unit_id, service_point_id, staff_id, element, value, burst, answers)
    select day, unit_id, service_point_id, staff_id, element, value, burst, sum(delta)
    from (
        select (o.received_at at time zone 'Asia/Ho_Chi_Minh')::date as day, o.unit_id, o.service_point_id,
               coalesce(o.staff_id, 0) as staff_id, q.element, a.value, o.burst, -1 as delta
        from old_ratings o
        join feedback.answer a on a.response_id = o.id
        join feedback.survey_question q on q.survey_id = o.survey_id and q.code = a.question_code
        union all
        select (n.received_at at time zone 'Asia/Ho_Chi_Minh')::date, n.unit_id, n.service_point_id,
               coalesce(n.staff_id, 0), q.element, a.value, n.burst, 1
        from new_ratings n
        join feedback.answer a on a.response_id = n.id
        join feedback.survey_question q on q.survey_id = n.survey_id and q.code = a.question_code
    ) moved
    group by 1, 2, 3, 4, 5, 6, 7
    having sum(delta) <> 0
    order by 1, 2, 3, 4, 5, 6, 7
    on conflict (day, unit_id, service_point_id, staff_id, element, value, burst)
    do update set answers = d.answers + excluded.answers;
    return null;
end $$;

create trigger rating_recounted after update on feedback.response
    referencing old table as old_ratings new table as new_ratings for each statement
    execute function feedback.recount_changed_ratings();

insert into feedback.rating_day (day, unit_id, service_point_id, staff_id, element, value, burst, answers)
select (r.received_at at time zone 'Asia/Ho_Chi_Minh')::date, r.unit_id, r.service_point_id, coalesce(r.staff_id, 0),
       q.element, a.value, r.burst, count(*)
from feedback.answer a
join feedback.response r on r.id = a.response_id
join feedback.survey_question q on q.survey_id = r.survey_id and q.code = a.question_code
group by 1, 2, 3, 4, 5, 6, 7;

-- The newest comments of a scope are read by time; most ratings carry no comment.
create index response_commented_time on feedback.response (received_at desc) where comment is not null;
