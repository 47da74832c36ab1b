-- The community directory (centre, categories, needs, grids, resources) as whole, validated
-- snapshots: the demo seed writes the first one, the centre's platform replaces it later. The
-- newest row is the one in use; older ones stay for a rollback.
CREATE TABLE community_snapshots (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL CHECK (source IN ('demo-seed', 'upstream')),
  fetched_at TEXT NOT NULL,
  -- The upstream's ETag, so an unchanged directory is not downloaded again.
  etag TEXT,
  data_json TEXT NOT NULL CHECK (json_valid(data_json))
) STRICT;
