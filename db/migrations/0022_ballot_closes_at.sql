-- A ballot keeps its round's closing time, so the retention sweep can measure its voter token from
-- when the round closed even after the round has left the cache (electron/services/retention/).
-- Without it a ballot of a round no longer cached was aged from the day it was cast, and its
-- token, which refuses a second ballot here, could go while the round was still open. The closing
-- time is the round's, public and the same for every voter: it dates nothing about the resident.
-- Ballots cast before this migration keep NULL; the sweep measures those by their day, as before.
ALTER TABLE vote_ballots ADD COLUMN closes_at TEXT
  CHECK (closes_at IS NULL OR closes_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z');
