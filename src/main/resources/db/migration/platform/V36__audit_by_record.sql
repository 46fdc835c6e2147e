-- A record's page lists what happened to it, oldest first, from the audit log.
create index audit_entry_record on platform.audit_entry (entity_type, entity_id, id);
