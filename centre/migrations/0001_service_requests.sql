-- The centre's service requests. The id is Open311's service_request_id. The kiosk's own fields
-- are columns (staff search them); everything else the POST carried stays in attributes_json.
CREATE TABLE service_requests (
  id INTEGER PRIMARY KEY,
  service_code TEXT NOT NULL,
  -- As the service was named when the request came in, in the resident's language.
  service_name TEXT NOT NULL,
  category TEXT NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('kiosk', 'counter', 'phone', 'web')),
  kiosk_id TEXT,
  ticket TEXT,
  lookup_code TEXT,
  urgency TEXT NOT NULL CHECK (urgency IN ('normal', 'urgent')),
  emergency INTEGER NOT NULL CHECK (emergency IN (0, 1)),
  language TEXT NOT NULL CHECK (language IN ('zh-CN', 'zh-TW', 'en')),
  grid_id TEXT,
  description TEXT,
  address TEXT,
  address_id TEXT,
  lat REAL,
  long REAL,
  first_name TEXT,
  last_name TEXT,
  phone TEXT,
  email TEXT,
  device_id TEXT,
  account_id TEXT,
  media_url TEXT,
  attributes_json TEXT NOT NULL CHECK (json_valid(attributes_json)),
  service_notice TEXT,
  agency_responsible TEXT,
  -- When the resident asked (the kiosk's submitted_at when sane) and when it reached the centre.
  requested_at TEXT NOT NULL,
  received_at TEXT NOT NULL,
  -- Stages only move forward; each time is set once.
  stage TEXT NOT NULL CHECK (stage IN ('accepted', 'in-progress', 'done')),
  accepted_at TEXT NOT NULL,
  in_progress_at TEXT,
  done_at TEXT,
  handler_note TEXT,
  updated_at TEXT NOT NULL
) STRICT;
-- A lookup code is unique for ever: the same request sent again under a new key is a kiosk bug,
-- refused rather than stored twice.
CREATE UNIQUE INDEX service_requests_lookup_code ON service_requests (lookup_code)
  WHERE lookup_code IS NOT NULL;
CREATE INDEX service_requests_requested ON service_requests (requested_at);
CREATE INDEX service_requests_ticket ON service_requests (ticket) WHERE ticket IS NOT NULL;
