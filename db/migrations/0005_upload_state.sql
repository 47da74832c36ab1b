-- What the upload worker learns from the centre: a request's id there (or the token to resolve
-- into one), the reason a permanent rejection gave, and when personal fields were purged.
ALTER TABLE requests ADD COLUMN upstream_id TEXT;
ALTER TABLE requests ADD COLUMN upstream_token TEXT;
ALTER TABLE requests ADD COLUMN purged_at TEXT;
ALTER TABLE request_status ADD COLUMN polled_at TEXT;
ALTER TABLE outbox ADD COLUMN dead_at TEXT;

CREATE INDEX requests_awaiting_id ON requests (id) WHERE upstream_token IS NOT NULL AND upstream_id IS NULL;
CREATE INDEX requests_forwarded ON requests (upstream_id) WHERE upstream_id IS NOT NULL;
CREATE INDEX outbox_dead ON outbox (dead_at) WHERE state = 'dead';
