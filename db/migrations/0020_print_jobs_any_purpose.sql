-- A print job's purpose is any journey's, not only the four of the first release: the queue
-- number (取号单), and the bookings and ballots being built beside it, print through the same
-- queue and staff reprint list. Which purposes exist is the code's (db/repositories/printJobs.ts),
-- not a CHECK here, as for the outbox's kind (0016). SQLite cannot change a CHECK in place, so
-- the table is rebuilt, every row kept, with the same columns in the same order and the same
-- indexes. reprint_of refers to print_jobs itself; migrate() turns foreign keys off around the
-- transaction and runs foreign_key_check before it commits.
CREATE TABLE print_jobs_rebuilt (
  id TEXT PRIMARY KEY,
  request_id INTEGER REFERENCES requests (id),
  purpose TEXT NOT NULL CHECK (length(purpose) BETWEEN 1 AND 40),
  document_json TEXT NOT NULL CHECK (json_valid(document_json)),
  state TEXT NOT NULL CHECK (state IN ('printing', 'printed', 'failed', 'reprinted')),
  problem TEXT,
  warnings_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(warnings_json)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  reprint_of TEXT REFERENCES print_jobs (id),
  reprinted_by TEXT
) STRICT;

INSERT INTO print_jobs_rebuilt (id, request_id, purpose, document_json, state, problem,
  warnings_json, created_at, updated_at, reprint_of, reprinted_by)
SELECT id, request_id, purpose, document_json, state, problem, warnings_json, created_at,
  updated_at, reprint_of, reprinted_by FROM print_jobs;

DROP TABLE print_jobs;
ALTER TABLE print_jobs_rebuilt RENAME TO print_jobs;
CREATE INDEX print_jobs_failed ON print_jobs (state) WHERE state = 'failed';
CREATE INDEX print_jobs_by_request ON print_jobs (request_id) WHERE request_id IS NOT NULL;
