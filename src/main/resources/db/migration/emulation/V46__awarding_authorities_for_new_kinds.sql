-- Wards, communes and special zones became kinds of their own (a province ranks them in separate PAR tables), and a
-- province's departments are no longer counted as divisions. Who awards their titles does not change with the split:
-- a commune's and a special zone's chairman award what a ward's chairman awards (Law on Emulation and Commendation
-- 2022, Art. 80), and a department's head what the head of a specialised agency of the province awards.
insert into emulation.awarding_authority (title_code, unit_type, authority, legal_basis, valid_from, valid_to, unconfirmed)
select a.title_code, k.kind,
       case k.kind when 'COMMUNE' then replace(a.authority, 'phường, xã', 'xã')
                   when 'SPECIAL_ZONE' then replace(a.authority, 'phường, xã', 'đặc khu')
                   else a.authority end,
       a.legal_basis,
       case k.kind when 'DEPARTMENT' then a.valid_from else greatest(a.valid_from, date '2025-07-01') end,
       a.valid_to, a.unconfirmed
from emulation.awarding_authority a
join (values ('WARD', 'COMMUNE'), ('WARD', 'SPECIAL_ZONE'), ('DIVISION', 'DEPARTMENT')) k(source, kind)
  on k.source = a.unit_type
where k.kind = 'DEPARTMENT' or a.valid_to is null or a.valid_to > date '2025-07-01';
