-- Appointments and home visits (服务预约). The centre's services and slots, cached so the journey
-- still books while the centre is away (replaced whole at each fetch), each slot with the free
-- places this kiosk believes it has: the centre's count at the fetch, less the bookings waiting
-- here, less those made since. And the bookings made here, by booking code (unique across the
-- centre's kiosks: its first four digits are the kiosk's id). Only what a booking needs: the
-- phone sealed (AES-GCM, like a request's) or the ID number's keyed hash, never the number, no
-- name; and a copy of the service's name and the slot's times so a look-up reads them offline.
CREATE TABLE appointment_services (
  code TEXT PRIMARY KEY CHECK (length(code) BETWEEN 1 AND 60),
  position INTEGER NOT NULL,
  name_json TEXT NOT NULL CHECK (json_valid(name_json)),
  description_json TEXT NOT NULL CHECK (json_valid(description_json)),
  home_visit INTEGER NOT NULL CHECK (home_visit IN (0, 1)),
  fetched_at TEXT NOT NULL
) STRICT;

CREATE TABLE appointment_slots (
  slot_id TEXT PRIMARY KEY CHECK (length(slot_id) BETWEEN 1 AND 80),
  service_code TEXT NOT NULL,
  date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  start_time TEXT NOT NULL CHECK (start_time GLOB '[0-9][0-9]:[0-9][0-9]'),
  end_time TEXT NOT NULL CHECK (end_time GLOB '[0-9][0-9]:[0-9][0-9]'),
  capacity INTEGER NOT NULL CHECK (capacity >= 1),
  free INTEGER NOT NULL CHECK (free >= 0 AND free <= capacity)
) STRICT;
CREATE INDEX appointment_slots_by_service ON appointment_slots (service_code, date, start_time);

CREATE TABLE appointment_bookings (
  code TEXT PRIMARY KEY CHECK (code GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9]'),
  slot_id TEXT NOT NULL,
  service_code TEXT NOT NULL,
  service_name_json TEXT NOT NULL CHECK (json_valid(service_name_json)),
  home_visit INTEGER NOT NULL CHECK (home_visit IN (0, 1)),
  date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  start_time TEXT NOT NULL,
  end_time TEXT NOT NULL,
  contact_kind TEXT NOT NULL CHECK (contact_kind IN ('phone', 'id-card')),
  phone_sealed BLOB,
  id_hash TEXT CHECK (id_hash IS NULL OR length(id_hash) = 64),
  language TEXT NOT NULL CHECK (language IN ('zh-CN', 'zh-TW', 'en')),
  state TEXT NOT NULL CHECK (state IN ('waiting', 'confirmed', 'slot-taken', 'cancelled')),
  -- 1: cancelled here, the centre not told yet.
  cancel_pending INTEGER NOT NULL DEFAULT 0 CHECK (cancel_pending IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((contact_kind = 'phone') = (phone_sealed IS NOT NULL)),
  CHECK ((contact_kind = 'id-card') = (id_hash IS NOT NULL))
) STRICT;
CREATE INDEX appointment_bookings_by_slot ON appointment_bookings (slot_id, state);
