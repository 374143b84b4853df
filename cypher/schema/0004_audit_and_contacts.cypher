// Migration 0004: the admin API's own nodes. Audit entries are numbered by one counter node, so `seq` orders the
// trail and is the cursor of Query.auditTrail; contacts are found by their own id. Neither carries :Entity nor an
// `id` property: exports, imports and the reading queries, which look for those, never meet them.
// Parameters: none. Columns: none.
CREATE CONSTRAINT audit_counter_name IF NOT EXISTS FOR (c:AuditCounter) REQUIRE c.name IS UNIQUE;
CREATE CONSTRAINT audit_entry_seq IF NOT EXISTS FOR (e:AuditEntry) REQUIRE e.seq IS UNIQUE;
CREATE INDEX audit_entry_at IF NOT EXISTS FOR (e:AuditEntry) ON (e.at);
CREATE CONSTRAINT contact_id IF NOT EXISTS FOR (c:Contact) REQUIRE c.contactId IS UNIQUE;
