-- A commendation decision leaves the system as one signed PDF: signed once, kept, the same file at every download.
alter table emulation.decision add column pdf bytea;
alter table emulation.decision add column pdf_sha256 char(64);
comment on column emulation.decision.pdf is 'Quyết định (PDF) đã ký số PAdES khi ban hành; pdf_sha256 là SHA-256 của chính tệp đó';
