-- Staff look after the queue and the printer: a request cancelled by staff (with the reason the
-- resident reads at look-up), who corrected and resent a refused entry and which fields they
-- changed (names only, never values), and which print job a reprint repeats and who asked for it.

-- A cancelled request is settled on this kiosk only: its outbox entries turn 'sent' with outcome
-- 'local-only' (never posted again, no CHECK to rebuild), and this row says why and who.
CREATE TABLE request_cancellations (
  request_id INTEGER PRIMARY KEY REFERENCES requests (id),
  reason TEXT NOT NULL CHECK (
    reason IN ('duplicate', 'resident-withdrew', 'handled-in-person', 'cannot-be-served', 'other')
  ),
  -- Optional words for the resident, shown like a handler's note (to the receipt's holder).
  note TEXT CHECK (note IS NULL OR length(note) <= 200),
  staff_id TEXT NOT NULL,
  cancelled_at TEXT NOT NULL
) STRICT;

-- A resend made from the staff screen: who made it and the names of the fields they corrected.
ALTER TABLE outbox_resends ADD COLUMN staff_id TEXT;
ALTER TABLE outbox_resends ADD COLUMN corrected_fields_json TEXT
  CHECK (corrected_fields_json IS NULL OR json_valid(corrected_fields_json));

-- A reprint is a print job of its own, pointing at the job whose document it repeats.
ALTER TABLE print_jobs ADD COLUMN reprint_of TEXT REFERENCES print_jobs (id);
ALTER TABLE print_jobs ADD COLUMN reprinted_by TEXT;
CREATE INDEX print_jobs_by_request ON print_jobs (request_id) WHERE request_id IS NOT NULL;
