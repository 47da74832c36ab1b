-- What the centre's platform accepts: its services and each one's definition, as last read
-- successfully. A failed or invalid refresh never touches these rows, so the kiosk keeps
-- offering what it last knew. A service that a good list no longer has stays, with withdrawn_at
-- set, so requests already mapped to it can tell staff why they cannot be sent.
CREATE TABLE platform_services (
  code TEXT PRIMARY KEY,
  -- The service as the gateway described it (name, group, keywords, type, metadata).
  service_json TEXT NOT NULL CHECK (json_valid(service_json)),
  -- Its definition (attributes), or NULL when it has none or none was ever read.
  definition_json TEXT CHECK (definition_json IS NULL OR json_valid(definition_json)),
  -- The last good list that had it.
  seen_at TEXT NOT NULL,
  -- Cleared when a later good list has it again.
  withdrawn_at TEXT
) STRICT;

-- One row: when the catalogue was last read successfully, last tried, and why the last try failed.
CREATE TABLE platform_catalog_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  fetched_at TEXT,
  attempted_at TEXT NOT NULL,
  last_error TEXT
) STRICT;

-- The platform service a request was filed under when it was saved, and where that choice came
-- from (the mapping file, the automatic guess, the category's fallback). Both NULL when no centre
-- was configured or nothing mapped: the code is then chosen when the request is sent.
ALTER TABLE requests ADD COLUMN service_code TEXT;
ALTER TABLE requests ADD COLUMN mapping_source TEXT
  CHECK (mapping_source IS NULL OR mapping_source IN ('file', 'guess', 'fallback'));
