-- Whether inspectors check an article on a visit: conduct rules are, general provisions (scope, principles, how the
-- code is implemented) are not, so they stay out of the checklist.
alter table conduct.code_article add column checked_at_inspections boolean not null default true;
comment on column conduct.code_article.checked_at_inspections is 'Điều được đưa vào nội dung kiểm tra công vụ';
