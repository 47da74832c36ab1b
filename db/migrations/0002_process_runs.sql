-- One row per start of the kiosk's services, closed on a clean stop. A row left open by an
-- earlier run tells the IT person that run crashed or lost power.
CREATE TABLE process_runs (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  stopped_at TEXT,
  version TEXT NOT NULL,
  shell TEXT NOT NULL CHECK (shell IN ('electron', 'host', 'test'))
) STRICT;

CREATE INDEX process_runs_open ON process_runs (stopped_at) WHERE stopped_at IS NULL;
