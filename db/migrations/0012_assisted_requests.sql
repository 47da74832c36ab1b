-- Staff assisted entry (代办): a request a staff member entered for a resident names that staff
-- member, so the centre is told, the receipt says so and the kiosk can answer for it later.
-- NULL: the resident entered it themselves (every request made before this version).
ALTER TABLE requests ADD COLUMN assisted_by TEXT CHECK (
  assisted_by IS NULL OR length(assisted_by) BETWEEN 1 AND 32
);
