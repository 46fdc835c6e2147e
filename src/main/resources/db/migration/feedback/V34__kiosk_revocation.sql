-- A kiosk tablet that is lost or replaced is revoked: its token stops working at once, and the row stays for the
-- ratings that came from it.
alter table feedback.kiosk add column revoked_at timestamptz;
comment on column feedback.kiosk.revoked_at is 'Thời điểm thu hồi thiết bị; sau đó mã thiết bị không còn được chấp nhận';
