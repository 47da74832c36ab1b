-- The outbox carries any journey, not only requests and their ratings: bookings, votes, surveys
-- and queue numbers queue the same way (idempotency key, in-flight mark, look-up before a
-- resend). Which kinds a kiosk can send is the code's registry of senders
-- (electron/services/upload/senders/), not a CHECK here: a row written by a newer kiosk is held
-- for staff by an older one, never refused by the database or lost. request_id is NULL for a
-- kind that is not about a request; subject_id names, in the kind's own words, the row of the
-- kind's own table it announces (a booking's id, a ballot's id), never a personal field. SQLite
-- cannot drop a CHECK or a NOT NULL in place, so the table is rebuilt, every row and id kept,
-- with the same columns in the same order (subject_id added last) and the same indexes.
-- outbox_dead_letters and outbox_resends refer to outbox by id; migrate() turns foreign keys off
-- around the transaction (SQLite's documented table rebuild) and runs foreign_key_check before it
-- commits.
CREATE TABLE outbox_rebuilt (
  id INTEGER PRIMARY KEY,
  -- The sender that owns the entry, e.g. 'request', 'rating'.
  kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
  request_id INTEGER REFERENCES requests (id),
  idempotency_key TEXT NOT NULL UNIQUE,
  priority INTEGER NOT NULL CHECK (priority IN (0, 1, 2)),
  -- waiting: to send; held: cannot go now (see held_reason), retried later;
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
  outcome TEXT CHECK (outcome IN ('answered', 'found', 'local-only')),
  -- What a kind other than a request refers to, in its own table.
  subject_id TEXT CHECK (subject_id IS NULL OR length(subject_id) BETWEEN 1 AND 100),
  -- Every entry announces something: a request, or a row of its kind's own table.
  CHECK (request_id IS NOT NULL OR subject_id IS NOT NULL)
) STRICT;

INSERT INTO outbox_rebuilt (id, kind, request_id, idempotency_key, priority, state, attempts,
  next_attempt_at, created_at, sent_at, upstream_id, last_error, dead_at, in_flight_since,
  last_sent_at, sends, sent_service_code, held_reason, outcome)
SELECT id, kind, request_id, idempotency_key, priority, state, attempts, next_attempt_at,
  created_at, sent_at, upstream_id, last_error, dead_at, in_flight_since, last_sent_at, sends,
  sent_service_code, held_reason, outcome
FROM outbox;

DROP TABLE outbox;
ALTER TABLE outbox_rebuilt RENAME TO outbox;
CREATE INDEX outbox_queue ON outbox (state, priority, id);
CREATE INDEX outbox_dead ON outbox (dead_at) WHERE state = 'dead';
-- A kind's entries for one of its rows (the staff tools and a journey's look-up ask by subject).
CREATE INDEX outbox_by_subject ON outbox (kind, subject_id) WHERE subject_id IS NOT NULL;
