-- A busy day past 9,999 requests must not make a resident's request fail because of a counter:
-- the day's sequence goes on with five digits (A03-1128-10042), up to 99,999, the top hundred
-- still kept for the emergency button. daily_seq's CHECK said 1..9999 and SQLite cannot change a
-- CHECK in place, so the table is rebuilt, every row and id kept, with the same columns in the
-- same order and the same indexes. request_status, ratings, outbox and print_jobs refer to
-- requests by id; migrate() turns foreign keys off around the transaction (SQLite's documented
-- table rebuild) and runs foreign_key_check before it commits.
CREATE TABLE requests_rebuilt (
  id INTEGER PRIMARY KEY,
  kiosk_id TEXT NOT NULL,
  -- The centre's calendar day the request was made on, and its number that day.
  service_date TEXT NOT NULL,
  daily_seq INTEGER NOT NULL CHECK (daily_seq BETWEEN 1 AND 99999),
  -- Read aloud and typed: A03-1128-0042 (five digits past 9999). Repeats after a year, so
  -- look-ups prefer the newest.
  ticket TEXT NOT NULL,
  -- What the centre knows the request by, unique for ever: A03-20261128-0042-7KQ2A1.
  lookup_code TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  category TEXT NOT NULL,
  need_id TEXT,
  urgency TEXT NOT NULL CHECK (urgency IN ('normal', 'urgent')),
  emergency INTEGER NOT NULL CHECK (emergency IN (0, 1)),
  language TEXT NOT NULL CHECK (language IN ('zh-CN', 'zh-TW', 'en')),
  grid_id TEXT,
  masked_name TEXT,
  masked_phone TEXT,
  id_hash TEXT,
  personal_sealed BLOB,
  upstream_id TEXT,
  upstream_token TEXT,
  purged_at TEXT,
  service_code TEXT,
  mapping_source TEXT
    CHECK (mapping_source IS NULL OR mapping_source IN ('file', 'guess', 'fallback')),
  lookup_secret TEXT CHECK (lookup_secret IS NULL OR length(lookup_secret) = 10),
  assisted_by TEXT CHECK (assisted_by IS NULL OR length(assisted_by) BETWEEN 1 AND 32),
  needs_routing INTEGER NOT NULL DEFAULT 0 CHECK (needs_routing IN (0, 1)),
  UNIQUE (kiosk_id, service_date, daily_seq)
) STRICT;

INSERT INTO requests_rebuilt (id, kiosk_id, service_date, daily_seq, ticket, lookup_code,
  created_at, category, need_id, urgency, emergency, language, grid_id, masked_name,
  masked_phone, id_hash, personal_sealed, upstream_id, upstream_token, purged_at, service_code,
  mapping_source, lookup_secret, assisted_by, needs_routing)
SELECT id, kiosk_id, service_date, daily_seq, ticket, lookup_code, created_at, category, need_id,
  urgency, emergency, language, grid_id, masked_name, masked_phone, id_hash, personal_sealed,
  upstream_id, upstream_token, purged_at, service_code, mapping_source, lookup_secret,
  assisted_by, needs_routing
FROM requests;

DROP TABLE requests;
ALTER TABLE requests_rebuilt RENAME TO requests;

CREATE INDEX requests_by_ticket ON requests (ticket);
CREATE INDEX requests_by_id_hash ON requests (id_hash) WHERE id_hash IS NOT NULL;
CREATE INDEX requests_awaiting_id ON requests (id) WHERE upstream_token IS NOT NULL AND upstream_id IS NULL;
CREATE INDEX requests_forwarded ON requests (upstream_id) WHERE upstream_id IS NOT NULL;
