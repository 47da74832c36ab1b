-- Staff resend a dead letter once they have fixed what was wrong (the service mapping, the data).
-- The same request, with the same ticket, goes out again under a NEW idempotency key: a platform
-- that honours keys would otherwise answer the resend with the refusal it remembered. Both keys
-- stay recorded here, with everything the refusal came with, so the history of a request that
-- died twice is never overwritten and staff can see what was changed and when.
CREATE TABLE outbox_resends (
  id INTEGER PRIMARY KEY,
  outbox_id INTEGER NOT NULL REFERENCES outbox (id),
  previous_idempotency_key TEXT NOT NULL UNIQUE,
  idempotency_key TEXT NOT NULL UNIQUE,
  -- The service code the refused send went out under, and the one the resend is filed under
  -- (NULL: chosen by the mapping in force when it is sent).
  previous_service_code TEXT,
  service_code TEXT,
  dead_reason TEXT NOT NULL,
  dead_http_status INTEGER,
  dead_errors_json TEXT NOT NULL CHECK (json_valid(dead_errors_json)),
  dead_request_sealed BLOB,
  dead_mapping_json TEXT CHECK (dead_mapping_json IS NULL OR json_valid(dead_mapping_json)),
  dead_at TEXT NOT NULL,
  resent_at TEXT NOT NULL
) STRICT;
CREATE INDEX outbox_resends_by_entry ON outbox_resends (outbox_id, id);
