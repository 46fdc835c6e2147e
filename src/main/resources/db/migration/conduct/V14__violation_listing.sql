-- Newest-first listings of violations walk this index and stop at the page size.
create index violation_latest on conduct.violation (occurred_on desc, id desc);

-- Small reference tables (units, people, articles) would otherwise not be analysed by autovacuum until 50 rows
-- change, and without statistics the planner guesses a unit filter matches one row and picks plans that read every
-- violation. Analyse them after a handful of changes.
alter table orgunit.org_unit set (autovacuum_analyze_threshold = 5);
alter table staff.staff_member set (autovacuum_analyze_threshold = 5);
alter table staff.assignment set (autovacuum_analyze_threshold = 5);
alter table conduct.code_article set (autovacuum_analyze_threshold = 5);
alter table conduct.inspection_team set (autovacuum_analyze_threshold = 5);
alter table conduct.team_member set (autovacuum_analyze_threshold = 5);
