-- The appointments extension (服务预约): one row per booking a kiosk made, under the kiosk's own
-- booking code (unique across the centre's kiosks: it carries the kiosk's id). A slot's free
-- places are its capacity (data, centre/server/appointments/appointmentServices.ts) less its rows
-- still 'booked'; a cancelled row stays, so a look-up by code says "cancelled", not "unknown".
-- Only what the booking needs: the phone when the resident booked with one, else the kiosk's
-- keyed hash of the ID number (never the number itself), and no name.
CREATE TABLE appointment_bookings (
  booking_code TEXT PRIMARY KEY CHECK (length(booking_code) BETWEEN 4 AND 40),
  slot_id TEXT NOT NULL,
  service_code TEXT NOT NULL,
  contact_kind TEXT NOT NULL CHECK (contact_kind IN ('phone', 'id-card')),
  phone TEXT,
  id_hash TEXT CHECK (id_hash IS NULL OR length(id_hash) = 64),
  kiosk_id TEXT,
  status TEXT NOT NULL CHECK (status IN ('booked', 'cancelled')),
  booked_at TEXT NOT NULL,
  cancelled_at TEXT,
  CHECK ((contact_kind = 'phone') = (phone IS NOT NULL))
) STRICT;
CREATE INDEX appointment_bookings_by_slot ON appointment_bookings (slot_id, status);
