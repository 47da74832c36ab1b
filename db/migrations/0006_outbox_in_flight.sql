-- Exactly once towards platforms that ignore Idempotency-Key. An entry is marked in flight, in a
-- committed transaction, before its POST leaves; an entry found in flight (after a crash, a
-- timeout or a 5xx) is looked up on the platform before it is sent again. Entries the mapping
-- cannot place are held for staff (not dead-lettered), and a dead letter keeps everything the
-- platform said and the request as sent. The CHECK on state changes, so the table is rebuilt.
CREATE TABLE outbox_rebuilt (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('request', 'rating')),
  request_id INTEGER NOT NULL REFERENCES requests (id),
  idempotency_key TEXT NOT NULL UNIQUE,
  priority INTEGER NOT NULL CHECK (priority IN (0, 1, 2)),
  -- waiting: to send; held: the mapping has no service for it (see held_reason), retried later;
  -- sent: settled, nothing more to send (see outcome); dead: refused, kept for staff.
  state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'held', 'sent', 'dead')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  sent_at TEXT,
  upstream_id TEXT,
  last_error TEXT,
  dead_at TEXT,
  -- When the first POST was about to leave; NULL means the platform certainly has never seen it.
  in_flight_since TEXT,
  last_sent_at TEXT,
  sends INTEGER NOT NULL DEFAULT 0,
  -- The service code the entry was last sent with: a look-up searches under it.
  sent_service_code TEXT,
  held_reason TEXT,
  -- How a settled entry ended: the platform answered, a look-up found it, or it stays local
  -- (e.g. a rating the platform does not take).
  outcome TEXT CHECK (outcome IN ('answered', 'found', 'local-only'))
) STRICT;

-- Waiting entries from an older kiosk may have been stored by the platform before a lost reply
-- (that worker recorded nothing before a batch was answered): they are looked up before sending.
INSERT INTO outbox_rebuilt (id, kind, request_id, idempotency_key, priority, state, attempts,
  next_attempt_at, created_at, sent_at, upstream_id, last_error, dead_at, in_flight_since, outcome)
SELECT id, kind, request_id, idempotency_key, priority, state, attempts, next_attempt_at,
  created_at, sent_at, upstream_id, last_error, dead_at,
  CASE WHEN state = 'waiting' AND kind = 'request' THEN created_at END,
  CASE WHEN state = 'sent' THEN 'answered' END
FROM outbox;

DROP TABLE outbox;
ALTER TABLE outbox_rebuilt RENAME TO outbox;
CREATE INDEX outbox_queue ON outbox (state, priority, id);
CREATE INDEX outbox_dead ON outbox (dead_at) WHERE state = 'dead';

-- Everything a refusal came with, for staff: the platform's every error entry, the HTTP status,
-- the request as sent (sealed with the kiosk key, like other personal fields) and the mapping.
CREATE TABLE outbox_dead_letters (
  outbox_id INTEGER PRIMARY KEY REFERENCES outbox (id),
  reason TEXT NOT NULL,
  http_status INTEGER,
  errors_json TEXT NOT NULL CHECK (json_valid(errors_json)),
  request_sealed BLOB,
  mapping_json TEXT CHECK (mapping_json IS NULL OR json_valid(mapping_json)),
  dead_at TEXT NOT NULL
) STRICT;
-- Dead letters from an older kiosk kept only a reason.
INSERT INTO outbox_dead_letters (outbox_id, reason, errors_json, dead_at)
SELECT id, COALESCE(last_error, 'refused'), '[]', COALESCE(dead_at, created_at)
FROM outbox WHERE state = 'dead';
