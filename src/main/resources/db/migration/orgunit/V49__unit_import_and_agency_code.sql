-- The electronic identifier of an agency (mã định danh điện tử), used by the national document exchange to address
-- documents; stored from onboarding on, even before Congvu sends documents through the exchange. One current unit
-- holds a given identifier.
alter table orgunit.org_unit add column agency_code varchar(40);
create unique index org_unit_agency_code on orgunit.org_unit (agency_code)
    where agency_code is not null and valid_to is null;
comment on column orgunit.org_unit.agency_code is 'Mã định danh điện tử của cơ quan (trục liên thông văn bản quốc gia)';

-- A unit workbook waiting for its preview to be confirmed: read again at confirmation (the tree may have changed in
-- between), written whole or not at all, and kept as the record of what was imported.
create table orgunit.unit_import (
    id           uuid         primary key,
    uploaded_by  varchar(60)  not null,
    file_name    varchar(300) not null,
    content      bytea        not null,
    uploaded_at  timestamptz  not null,
    confirmed_at timestamptz,
    units        int
);
comment on table orgunit.unit_import is 'Tệp nhập danh sách đơn vị: xem trước rồi xác nhận; ghi toàn bộ hoặc không ghi gì';
