-- Disciplinary rules are data with effective dates: which measures a decree allows for which staff category, the
-- deadlines for deciding, and the statute of limitations. A case uses the rule set in force on the date that matters
-- (see conduct.DisciplineRules). Never edit a shipped rule set: close it (valid_to) and add a new one.
create schema if not exists conduct;

create table conduct.discipline_rule_set (
    id                      bigserial primary key,
    code                    varchar(40)  not null unique,
    legal_basis             varchar(200) not null,
    legal_basis_date        date         not null,
    valid_from              date         not null,
    valid_to                date,
    decision_days           int          not null,
    complex_decision_days   int          not null,
    limitation_years_minor  int          not null,
    limitation_years_other  int          not null,
    note                    text
);
comment on table conduct.discipline_rule_set is 'Bộ quy định kỷ luật theo thời gian (Nghị định 112/2020, 172/2025...)';
comment on column conduct.discipline_rule_set.limitation_years_minor is 'Thời hiệu với vi phạm đến mức khiển trách (cấu hình được: nguồn chưa thống nhất)';

create table conduct.discipline_rule_category (
    rule_set_id    bigint      not null references conduct.discipline_rule_set (id),
    staff_category varchar(30) not null,
    primary key (rule_set_id, staff_category)
);
comment on table conduct.discipline_rule_category is 'Đối tượng áp dụng của bộ quy định (cán bộ, công chức, viên chức)';

create table conduct.discipline_form (
    rule_set_id    bigint      not null references conduct.discipline_rule_set (id),
    staff_category varchar(30) not null,
    measure        varchar(30) not null,
    severity       int         not null,
    leaders_only   boolean     not null default false,
    staff_only     boolean     not null default false,
    primary key (rule_set_id, staff_category, measure)
);
comment on table conduct.discipline_form is 'Hình thức kỷ luật được áp dụng cho từng đối tượng; severity: 1 nhẹ nhất';

insert into conduct.discipline_rule_set (code, legal_basis, legal_basis_date, valid_from, valid_to, decision_days,
    complex_decision_days, limitation_years_minor, limitation_years_other, note)
values
  ('ND112-2020-CB-CC', 'Nghị định 112/2020/NĐ-CP (sửa đổi bởi Nghị định 71/2023/NĐ-CP)', '2020-09-18', '2020-09-18',
   '2025-07-01', 90, 150, 2, 5,
   'Áp dụng cho cán bộ, công chức đến 30/06/2025. Ngày hiệu lực lấy theo ngày ký (chưa đối chiếu được văn bản gốc).'),
  ('ND112-2020-VC', 'Nghị định 112/2020/NĐ-CP (sửa đổi bởi Nghị định 71/2023/NĐ-CP)', '2020-09-18', '2020-09-18',
   null, 90, 150, 2, 5,
   'Viên chức vẫn theo Nghị định 112/2020 cho đến khi có quy định thay thế (giả định, cần xác nhận).'),
  ('ND172-2025', 'Nghị định 172/2025/NĐ-CP', '2025-06-30', '2025-07-01', null, 90, 150, 2, 5,
   'Cán bộ, công chức từ 01/07/2025; bỏ giáng chức và hạ bậc lương đối với công chức. Thời hiệu 2/5 năm theo '
   || 'Luật sửa đổi 2019; có nguồn nêu 5/10 năm nên để cấu hình.');

insert into conduct.discipline_rule_category (rule_set_id, staff_category)
select r.id, c.category from conduct.discipline_rule_set r
join (values ('ND112-2020-CB-CC', 'CADRE'), ('ND112-2020-CB-CC', 'CIVIL_SERVANT'),
             ('ND112-2020-VC', 'PUBLIC_EMPLOYEE'), ('ND172-2025', 'CADRE'), ('ND172-2025', 'CIVIL_SERVANT'))
     as c (code, category) on c.code = r.code;

insert into conduct.discipline_form (rule_set_id, staff_category, measure, severity, leaders_only, staff_only)
select r.id, f.category, f.measure, f.severity, f.leaders_only, f.staff_only from conduct.discipline_rule_set r
join (values
  ('ND112-2020-CB-CC', 'CADRE', 'REPRIMAND', 1, false, false),
  ('ND112-2020-CB-CC', 'CADRE', 'WARNING', 2, false, false),
  ('ND112-2020-CB-CC', 'CADRE', 'DISMISSAL', 4, false, false),
  ('ND112-2020-CB-CC', 'CADRE', 'REMOVAL_FROM_OFFICE', 5, false, false),
  ('ND112-2020-CB-CC', 'CIVIL_SERVANT', 'REPRIMAND', 1, false, false),
  ('ND112-2020-CB-CC', 'CIVIL_SERVANT', 'WARNING', 2, false, false),
  ('ND112-2020-CB-CC', 'CIVIL_SERVANT', 'SALARY_DOWNGRADE', 3, false, true),
  ('ND112-2020-CB-CC', 'CIVIL_SERVANT', 'DEMOTION', 3, true, false),
  ('ND112-2020-CB-CC', 'CIVIL_SERVANT', 'DISMISSAL', 4, true, false),
  ('ND112-2020-CB-CC', 'CIVIL_SERVANT', 'FORCED_RESIGNATION', 6, false, false),
  ('ND112-2020-VC', 'PUBLIC_EMPLOYEE', 'REPRIMAND', 1, false, false),
  ('ND112-2020-VC', 'PUBLIC_EMPLOYEE', 'WARNING', 2, false, false),
  ('ND112-2020-VC', 'PUBLIC_EMPLOYEE', 'DISMISSAL', 4, true, false),
  ('ND112-2020-VC', 'PUBLIC_EMPLOYEE', 'FORCED_RESIGNATION', 6, false, false),
  ('ND172-2025', 'CADRE', 'REPRIMAND', 1, false, false),
  ('ND172-2025', 'CADRE', 'WARNING', 2, false, false),
  ('ND172-2025', 'CADRE', 'DISMISSAL', 4, true, false),
  ('ND172-2025', 'CADRE', 'REMOVAL_FROM_OFFICE', 5, false, false),
  ('ND172-2025', 'CIVIL_SERVANT', 'REPRIMAND', 1, false, false),
  ('ND172-2025', 'CIVIL_SERVANT', 'WARNING', 2, false, false),
  ('ND172-2025', 'CIVIL_SERVANT', 'DISMISSAL', 4, true, false),
  ('ND172-2025', 'CIVIL_SERVANT', 'FORCED_RESIGNATION', 6, false, false)
) as f (code, category, measure, severity, leaders_only, staff_only) on f.code = r.code;
