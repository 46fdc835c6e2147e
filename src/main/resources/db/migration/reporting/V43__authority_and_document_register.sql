-- The authorities that may issue documents and hold a signing key: the People's Committee of each administrative
-- unit in its time, divisions and public service units in their own name, and the bodies an authority sets up (an
-- emulation council, an inspection team). A key exists only for an authority registered here; nothing is registered
-- from a name typed on a form: committees and units come from the unit tree, bodies from the records that set them up.
create table reporting.authority (
    id            bigserial primary key,
    code          varchar(200) not null unique,
    kind          varchar(20)  not null check (kind in ('PEOPLES_COMMITTEE', 'UNIT', 'COUNCIL', 'INSPECTION_TEAM')),
    name          varchar(300) not null,
    superior      varchar(300),
    place         varchar(100) not null,
    abbreviation  varchar(20)  not null,
    unit_id       bigint       not null,
    parent_id     bigint references reporting.authority (id),
    valid_from    date         not null,
    valid_to      date,
    registered_at timestamptz  not null,
    unique nulls not distinct (kind, unit_id, parent_id, name)
);

-- Sổ đăng ký văn bản đi: one series of numbers per authority and calendar year (Decree 30/2020/NĐ-CP, Art. 15).
-- The counter row is taken in the transaction that issues, so a number is used exactly when its document is stored:
-- no gaps, no repeats.
create table reporting.register_counter (
    authority_id bigint not null references reporting.authority (id),
    year         int    not null,
    last_number  int    not null check (last_number > 0),
    primary key (authority_id, year)
);

-- Every document that leaves the system, as issued: its number and symbol, its signed bytes and their SHA-256. A
-- document is never changed; a correction is a new document that names the one it replaces.
create table reporting.issued_document (
    id            bigserial primary key,
    authority_id  bigint       not null references reporting.authority (id),
    year          int          not null,
    number        int          not null check (number > 0),
    kind          varchar(20)  not null,
    reference     varchar(80)  not null,
    summary       varchar(600) not null,
    issued_on     date         not null,
    issued_at     timestamptz  not null,
    signer_title  varchar(200) not null,
    signer_name   varchar(200) not null,
    source        varchar(100) not null,
    replaces_id   bigint unique references reporting.issued_document (id),
    sha256        char(64)     not null unique,
    pdf           bytea        not null,
    unique (authority_id, year, number)
);
create index issued_document_source on reporting.issued_document (source);

create function reporting.issued_documents_are_final() returns trigger language plpgsql as $$
begin
    raise exception 'an issued document is never changed or removed: issue a correction that replaces it';
end $$;
create trigger issued_documents_are_final before update or delete on reporting.issued_document
    for each row execute function reporting.issued_documents_are_final();
