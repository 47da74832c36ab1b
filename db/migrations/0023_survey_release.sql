-- A survey sheet waits for its first attempt outside the outbox. Its outbox row used to be
-- written at the visit, so its place in the queue (the row number between the requests of that
-- minute) tied the anonymous answers to the request the same resident made just before. Now the
-- sheet alone is saved at the visit, with the moment it is released into the outbox (the visit
-- plus a random wait, surveyDelay.ts); its outbox row is written then, among whatever entries that
-- later moment has. NULL: the sheet is in the outbox already (every sheet a version-22 kiosk
-- saved, since those were enqueued at the visit).
ALTER TABLE survey_answers ADD COLUMN release_at TEXT
  CHECK (release_at IS NULL OR release_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z');

CREATE INDEX survey_answers_release ON survey_answers (release_at) WHERE release_at IS NOT NULL;
