-- Plans can be cancelled with a reason (kept, never deleted), and the same plan cannot be entered twice: a double
-- click or a retried form used to store two identical plans, neither of which could be removed.
alter table conduct.inspection_plan
    add column cancelled_at timestamptz,
    add column cancelled_by text,
    add column cancel_reason text,
    add constraint inspection_plan_cancel_reason check (cancelled_at is null or cancel_reason is not null);
create unique index inspection_plan_once on conduct.inspection_plan (team_id, unit_id, planned_on, lower(title))
    where cancelled_at is null;
comment on column conduct.inspection_plan.cancelled_at is 'Thời điểm hủy kế hoạch';
comment on column conduct.inspection_plan.cancel_reason is 'Lý do hủy kế hoạch';
