-- The danger kinds a request's words signalled (medical, gas, break-in…), joined with "+", so the
-- request is forwarded saying why it is urgent whatever urgency the resident tapped. NULL: no
-- danger words (and every request saved before this column).
ALTER TABLE requests ADD COLUMN danger_kinds TEXT CHECK (
  danger_kinds IS NULL OR (length(danger_kinds) BETWEEN 1 AND 100 AND danger_kinds NOT GLOB '*[^a-z+-]*')
);
