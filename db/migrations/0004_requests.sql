-- Residents' requests and what hangs off them. Personal fields (name, phone, description) are
-- sealed with the kiosk's key; an ID number is never stored, only a keyed hash of it.
CREATE TABLE requests (
  id INTEGER PRIMARY KEY,
  kiosk_id TEXT NOT NULL,
  -- The centre's calendar day the request was made on, and its number that day.
  service_date TEXT NOT NULL,
  daily_seq INTEGER NOT NULL CHECK (daily_seq BETWEEN 1 AND 9999),
  -- Read aloud and typed: A03-1128-0042. Repeats after a year, so look-ups prefer the newest.
  ticket TEXT NOT NULL,
  -- In the receipt's QR code, unique for ever: A03-20261128-0042.
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
  UNIQUE (kiosk_id, service_date, daily_seq)
) STRICT;
CREATE INDEX requests_by_ticket ON requests (ticket);
CREATE INDEX requests_by_id_hash ON requests (id_hash) WHERE id_hash IS NOT NULL;

CREATE TABLE daily_sequences (
  kiosk_id TEXT NOT NULL,
  service_date TEXT NOT NULL,
  last_seq INTEGER NOT NULL,
  PRIMARY KEY (kiosk_id, service_date)
) STRICT;

-- The local status cache: what the kiosk last knew of each request's progress.
CREATE TABLE request_status (
  request_id INTEGER PRIMARY KEY REFERENCES requests (id),
  stage TEXT NOT NULL CHECK (stage IN ('accepted', 'in-progress', 'done')),
  accepted_at TEXT NOT NULL,
  in_progress_at TEXT,
  done_at TEXT,
  handler_note TEXT,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE ratings (
  request_id INTEGER PRIMARY KEY REFERENCES requests (id),
  stars INTEGER NOT NULL CHECK (stars BETWEEN 1 AND 5),
  tags_json TEXT NOT NULL CHECK (json_valid(tags_json)),
  created_at TEXT NOT NULL
) STRICT;

-- Store and forward: one entry per thing to tell the centre, each with the idempotency key it
-- will always be sent with. Priority 0 = emergency, 1 = urgent, 2 = normal.
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('request', 'rating')),
  request_id INTEGER NOT NULL REFERENCES requests (id),
  idempotency_key TEXT NOT NULL UNIQUE,
  priority INTEGER NOT NULL CHECK (priority IN (0, 1, 2)),
  state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'sent', 'dead')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  sent_at TEXT,
  upstream_id TEXT,
  last_error TEXT
) STRICT;
CREATE INDEX outbox_queue ON outbox (state, priority, id);

-- Every receipt the kiosk tried to print, with its document, so staff can reprint a failed one.
CREATE TABLE print_jobs (
  id TEXT PRIMARY KEY,
  request_id INTEGER REFERENCES requests (id),
  purpose TEXT NOT NULL CHECK (purpose IN ('request', 'emergency', 'status', 'contact')),
  document_json TEXT NOT NULL CHECK (json_valid(document_json)),
  state TEXT NOT NULL CHECK (state IN ('printing', 'printed', 'failed', 'reprinted')),
  problem TEXT,
  warnings_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(warnings_json)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX print_jobs_failed ON print_jobs (state) WHERE state = 'failed';
