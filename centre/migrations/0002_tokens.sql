-- Open311 tokens: a POST may answer with a token instead of an id; the id is handed out through
-- GET /tokens/{token}.json once resolves_at has passed (a batch platform's delay).
CREATE TABLE tokens (
  token TEXT PRIMARY KEY,
  request_id INTEGER NOT NULL UNIQUE REFERENCES service_requests (id),
  resolves_at TEXT NOT NULL
) STRICT;
