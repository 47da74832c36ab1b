-- The queue extension (取号, 一窗受理): one row per number a resident holds for a front-desk
-- window service on one of the centre's local days. A number is unique per service and day:
--   issued here, in the centre's own sequence (source 'centre'): A017, priority AP03;
--   issued by a kiosk while the centre was unreachable and reported later (source 'kiosk'):
--   A07-B02, carrying the kiosk's id, so no two kiosks (and never the centre) can issue the same.
-- client_key is the random UUID the kiosk drew for the resident's press: a retried POST finds its
-- row and never issues a second number; a kiosk that gave up waiting and issued its own number
-- reports it under the same key, and that row then holds the number the resident was given.
-- Nothing here names a resident.
CREATE TABLE queue_tickets (
  client_key TEXT PRIMARY KEY CHECK (length(client_key) = 36),
  service_code TEXT NOT NULL CHECK (length(service_code) BETWEEN 1 AND 60),
  service_day TEXT NOT NULL CHECK (service_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  number TEXT NOT NULL CHECK (length(number) BETWEEN 2 AND 16),
  priority INTEGER NOT NULL CHECK (priority IN (0, 1)),
  source TEXT NOT NULL CHECK (source IN ('centre', 'kiosk')),
  kiosk_id TEXT CHECK (kiosk_id IS NULL OR length(kiosk_id) BETWEEN 1 AND 20),
  -- The place in its own sequence (the centre's, or the reporting kiosk's) for that day.
  sequence INTEGER NOT NULL CHECK (sequence >= 1),
  -- When the number was issued (a kiosk's own clock for a reported one): the order of the queue.
  issued_at TEXT NOT NULL,
  received_at TEXT NOT NULL,
  -- lapsed: reported after its day was over; nobody waits for it any more.
  state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'called', 'served', 'lapsed')),
  called_at TEXT,
  UNIQUE (service_code, service_day, number)
) STRICT;
CREATE INDEX queue_tickets_by_day ON queue_tickets (service_code, service_day, state, issued_at);
