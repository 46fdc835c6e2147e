-- V35 counted answers per day and value given; the satisfaction page then had to sum a year of daily rows. These
-- counts replace it: per day and per month, with the "satisfied" answers counted as they are written. The daily table
-- of V35 is dropped and both tables are filled again from feedback.answer below, so no count is lost.
drop trigger answer_counted on feedback.answer;
drop trigger rating_recounted on feedback.response;
drop function feedback.count_answers();
drop function feedback.recount_changed_ratings();
drop table feedback.rating_day;

-- The satisfaction pages read counts kept in advance instead of every answer: per day (in Vietnam's time) and per
-- month, per unit, desk, officer on duty (0 when none), element and burst flag, the answers given and how many of
-- them were "satisfied" (a value of 4 or more on the five-point scale, SatisfactionIndex.SATISFIED_FROM; should that
-- rule change, both tables are recounted from feedback.answer with the statement at the end of this file). A period
-- reads whole months from rating_month and its partial months from rating_day.
create table feedback.rating_day (
    day              date        not null,
    unit_id          bigint      not null,
    service_point_id bigint      not null,
    staff_id         bigint      not null,
    element          varchar(30) not null,
    burst            boolean     not null,
    answers          bigint      not null,
    satisfied        bigint      not null,
    primary key (day, unit_id, service_point_id, staff_id, element, burst)
);
comment on table feedback.rating_day is 'Số câu trả lời và số hài lòng theo ngày, đơn vị, quầy, người trực, yếu tố (đếm sẵn)';

create table feedback.rating_month (
    month            date        not null,
    unit_id          bigint      not null,
    service_point_id bigint      not null,
    staff_id         bigint      not null,
    element          varchar(30) not null,
    burst            boolean     not null,
    answers          bigint      not null,
    satisfied        bigint      not null,
    primary key (month, unit_id, service_point_id, staff_id, element, burst)
);
comment on table feedback.rating_month is 'Như rating_day, theo tháng (tháng = ngày đầu tháng)';

-- Adds counts (signed: a rating moved away subtracts) to both tables: one upsert each, in key order so that two
-- writers never deadlock.
create function feedback.add_counts(counts feedback.rating_day[]) returns void language sql as $$
    with grouped as (select * from unnest(counts)),
    days as (
        insert into feedback.rating_day as d (day, unit_id, service_point_id, staff_id, element, burst, answers, satisfied)
        select day, unit_id, service_point_id, staff_id, element, burst, answers, satisfied from grouped
        order by 1, 2, 3, 4, 5, 6
        on conflict (day, unit_id, service_point_id, staff_id, element, burst)
        do update set answers = d.answers + excluded.answers, satisfied = d.satisfied + excluded.satisfied
        returning 1)
    insert into feedback.rating_month as m (month, unit_id, service_point_id, staff_id, element, burst, answers,
                                            satisfied)
    select date_trunc('month', day)::date, unit_id, service_point_id, staff_id, element, burst, sum(answers),
           sum(satisfied)
    from grouped
    group by 1, 2, 3, 4, 5, 6
    order by 1, 2, 3, 4, 5, 6
    on conflict (month, unit_id, service_point_id, staff_id, element, burst)
    do update set answers = m.answers + excluded.answers, satisfied = m.satisfied + excluded.satisfied
$$;

-- Kept by the database itself, in the transaction that writes the answers, whatever path wrote them: one call per
-- insert statement (a batch of ratings is one statement).
create function feedback.count_answers() returns trigger language plpgsql as $$
begin
    perform feedback.add_counts(array(
        select row((r.received_at at time zone 'Asia/Ho_Chi_Minh')::date, r.unit_id, r.service_point_id,
               coalesce(r.staff_id, 0), q.element, r.burst, count(*), count(*) filter (where a.value >= 4))::feedback.rating_day
        from new_answers a
        join feedback.response r on r.id = a.response_id
        join feedback.survey_question q on q.survey_id = r.survey_id and q.code = a.question_code
        group by (r.received_at at time zone 'Asia/Ho_Chi_Minh')::date, r.unit_id, r.service_point_id,
                 coalesce(r.staff_id, 0), q.element, r.burst));
    return null;
end $$;

create trigger answer_counted after insert on feedback.answer
    referencing new table as new_answers for each statement execute function feedback.count_answers();

-- A rating is not meant to change after it is stored (only a comment's moderation flag does), but if one does, its
-- answers move from the old day, unit, desk, officer or burst flag to the new ones, so the counts stay exact.
create function feedback.recount_changed_ratings() returns trigger language plpgsql as $$
begin
    perform feedback.add_counts(array(
        select row(day, unit_id, service_point_id, staff_id, element, burst, sum(sign), sum(sign * satisfied))
                   ::feedback.rating_day
        from (select (o.received_at at time zone 'Asia/Ho_Chi_Minh')::date as day, o.unit_id, o.service_point_id,
                     coalesce(o.staff_id, 0) as staff_id, q.element, o.burst, -1 as sign,
                     case when a.value >= 4 then 1 else 0 end as satisfied
              from old_ratings o
              join feedback.answer a on a.response_id = o.id
              join feedback.survey_question q on q.survey_id = o.survey_id and q.code = a.question_code
              union all
              select (n.received_at at time zone 'Asia/Ho_Chi_Minh')::date, n.unit_id, n.service_point_id,
                     coalesce(n.staff_id, 0), q.element, n.burst, 1, case when a.value >= 4 then 1 else 0 end
              from new_ratings n
              join feedback.answer a on a.response_id = n.id
              join feedback.survey_question q on q.survey_id = n.survey_id and q.code = a.question_code) moved
        group by day, unit_id, service_point_id, staff_id, element, burst
        having sum(sign) <> 0 or sum(sign * satisfied) <> 0));
    return null;
end $$;

create trigger rating_recounted after update on feedback.response
    referencing old table as old_ratings new table as new_ratings for each statement
    execute function feedback.recount_changed_ratings();

-- The counts of the ratings already stored.
select feedback.add_counts(array(
    select row((r.received_at at time zone 'Asia/Ho_Chi_Minh')::date, r.unit_id, r.service_point_id,
               coalesce(r.staff_id, 0), q.element, r.burst, count(*), count(*) filter (where a.value >= 4))::feedback.rating_day
    from feedback.answer a
    join feedback.response r on r.id = a.response_id
    join feedback.survey_question q on q.survey_id = r.survey_id and q.code = a.question_code
    group by (r.received_at at time zone 'Asia/Ho_Chi_Minh')::date, r.unit_id, r.service_point_id,
                 coalesce(r.staff_id, 0), q.element, r.burst));
