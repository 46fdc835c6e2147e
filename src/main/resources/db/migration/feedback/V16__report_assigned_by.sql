-- Who assigned a report to its investigator: assignment gives the investigator the reporter's identity, so it is a
-- recorded act of a named handler, shown on the report's page (before, any officer could assign a report to himself).
alter table feedback.report add column assigned_by text;
comment on column feedback.report.assigned_by is 'Người giao xác minh (tài khoản)';
