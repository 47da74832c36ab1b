-- One row per Idempotency-Key that produced a result: the payload's fingerprint and the exact
-- reply, written in the same transaction as the row the reply describes.
CREATE TABLE idempotency_records (
  key TEXT PRIMARY KEY,
  fingerprint TEXT NOT NULL,
  status INTEGER NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
