-- A resident's rating of a finished request: one per request.
CREATE TABLE ratings (
  request_id INTEGER PRIMARY KEY REFERENCES service_requests (id),
  stars INTEGER NOT NULL CHECK (stars BETWEEN 1 AND 5),
  tags_json TEXT NOT NULL CHECK (json_valid(tags_json)),
  rated_at TEXT NOT NULL
) STRICT;
