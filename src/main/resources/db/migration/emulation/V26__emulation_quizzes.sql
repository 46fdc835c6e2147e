-- Hội thi tìm hiểu quy tắc ứng xử: a quiz on a code of conduct's version, with its question bank; each person draws
-- a random set once, answers within the time limit on a phone, and gets a score and a time.
create table emulation.quiz (
    id                 bigserial primary key,
    unit_id            bigint       not null references orgunit.org_unit (id),
    title              varchar(300) not null,
    code_version       varchar(300) not null,
    opens_on           date         not null,
    closes_on          date         not null,
    questions_per_attempt int       not null check (questions_per_attempt between 1 and 100),
    time_limit_seconds int          not null check (time_limit_seconds between 30 and 7200),
    created_by         varchar(200) not null,
    check (closes_on >= opens_on)
);
create table emulation.quiz_question (
    id       bigserial primary key,
    quiz_id  bigint        not null references emulation.quiz (id),
    text     varchar(1000) not null,
    options  text[]        not null check (cardinality(options) between 2 and 6),
    correct  int           not null check (correct >= 1 and correct <= cardinality(options))
);
create table emulation.quiz_attempt (
    id           bigserial primary key,
    quiz_id      bigint      not null references emulation.quiz (id),
    staff_id     bigint      not null references staff.staff_member (id),
    unit_id      bigint      not null references orgunit.org_unit (id),
    questions    bigint[]    not null,
    started_at   timestamptz not null,
    deadline_at  timestamptz not null,
    answers      int[],
    submitted_at timestamptz,
    score        int,
    unique (quiz_id, staff_id)
);
comment on table emulation.quiz_attempt is 'Lượt dự thi: mỗi người một lần, câu hỏi rút ngẫu nhiên, trong thời gian quy định';
