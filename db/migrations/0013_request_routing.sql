-- A request the matcher could not place (nothing in the community fits what the resident said)
-- is still saved and forwarded, marked for a person to route: 1 = a person routes it. Older
-- requests were placed by category and keep 0.
ALTER TABLE requests ADD COLUMN needs_routing INTEGER NOT NULL DEFAULT 0 CHECK (
  needs_routing IN (0, 1)
);
