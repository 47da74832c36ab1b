-- Staff assisted-entry mode: who may sign in, how many wrong PINs in a row (so a restart does not
-- hand a guesser five fresh tries), and the audit trail of everything staff did on this kiosk.

-- One row per staff member. The PIN is kept only as a salted scrypt hash with its parameters, so
-- a stronger cost can be adopted later without locking anyone out.
CREATE TABLE staff_accounts (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 32),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
  pin_hash BLOB NOT NULL CHECK (length(pin_hash) >= 32),
  pin_salt BLOB NOT NULL CHECK (length(pin_salt) >= 16),
  scrypt_n INTEGER NOT NULL CHECK (scrypt_n >= 32768),
  scrypt_r INTEGER NOT NULL CHECK (scrypt_r >= 1),
  scrypt_p INTEGER NOT NULL CHECK (scrypt_p >= 1),
  created_at TEXT NOT NULL,
  pin_changed_at TEXT NOT NULL,
  disabled_at TEXT,
  -- For staffEntry = card-and-pin: the keyed hash of the staff member's own card (never the number).
  card_id_hash TEXT CHECK (card_id_hash IS NULL OR length(card_id_hash) = 64)
) STRICT;

-- One row: wrong PINs since the last good one, and until when staff entry is locked.
CREATE TABLE staff_lockout (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  failed_count INTEGER NOT NULL CHECK (failed_count >= 0),
  last_failed_at TEXT,
  locked_until TEXT
) STRICT;

-- Append-only: each row carries the SHA-256 of the previous row's hash and its own canonical
-- content, so an edited, removed or slipped-in row breaks the chain at a row that can be named.
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY CHECK (seq >= 1),
  at TEXT NOT NULL,
  staff_id TEXT,
  action TEXT NOT NULL CHECK (length(action) BETWEEN 1 AND 40),
  detail_json TEXT NOT NULL CHECK (json_valid(detail_json)),
  prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
  row_hash TEXT NOT NULL CHECK (length(row_hash) = 64)
) STRICT;
