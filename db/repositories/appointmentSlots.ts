// Owns appointment_services and appointment_slots: the centre's services and slots as last read,
// with the free places this kiosk counts. A place is taken and given back here with one
// conditional UPDATE each, inside the caller's transaction, so two bookings for the last place
// cannot both get it, and the count never goes below zero or above the slot's capacity.
import type { Database } from 'better-sqlite3';
import type { AppointmentService, AppointmentSlot } from '../../contract/appointments.js';

interface ServiceRow {
  code: string;
  name_json: string;
  description_json: string;
  home_visit: number;
}

interface SlotRow {
  slot_id: string;
  service_code: string;
  date: string;
  start_time: string;
  end_time: string;
  capacity: number;
  free: number;
}

const toSlot = (row: SlotRow): AppointmentSlot => ({
  slotId: row.slot_id,
  date: row.date,
  start: row.start_time,
  end: row.end_time,
  capacity: row.capacity,
  free: row.free,
});

/** Replaces the cache whole; `waitingHere(slotId)` places are still to reach the centre. */
export function replaceSlots(
  db: Database,
  services: readonly AppointmentService[],
  fetchedAt: string,
  waitingHere: (slotId: string) => number,
): void {
  db.transaction(() => {
    db.prepare('DELETE FROM appointment_slots').run();
    db.prepare('DELETE FROM appointment_services').run();
    const service = db.prepare(
      `INSERT INTO appointment_services (code, position, name_json, description_json, home_visit,
         fetched_at) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const slot = db.prepare(
      `INSERT OR IGNORE INTO appointment_slots (slot_id, service_code, date, start_time, end_time,
         capacity, free) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    services.forEach((entry, position) => {
      service.run(
        entry.code,
        position,
        JSON.stringify(entry.name),
        JSON.stringify(entry.description),
        entry.homeVisit ? 1 : 0,
        fetchedAt,
      );
      for (const s of entry.slots) {
        const free = Math.min(s.capacity, Math.max(0, s.free - waitingHere(s.slotId)));
        slot.run(s.slotId, entry.code, s.date, s.start, s.end, s.capacity, free);
      }
    });
  })();
}

/** The cached services in the centre's order, each raw (the caller reads texts by schema). */
export function cachedServices(db: Database): {
  code: string;
  name: unknown;
  description: unknown;
  homeVisit: boolean;
  slots: AppointmentSlot[];
}[] {
  const services = db
    .prepare('SELECT * FROM appointment_services ORDER BY position')
    .all() as ServiceRow[];
  const slots = db
    .prepare('SELECT * FROM appointment_slots ORDER BY date, start_time')
    .all() as SlotRow[];
  return services.map((row) => ({
    code: row.code,
    name: JSON.parse(row.name_json) as unknown,
    description: JSON.parse(row.description_json) as unknown,
    homeVisit: row.home_visit === 1,
    slots: slots.filter((s) => s.service_code === row.code).map(toSlot),
  }));
}

export function cachedSlot(
  db: Database,
  slotId: string,
): (AppointmentSlot & { serviceCode: string }) | undefined {
  const row = db.prepare('SELECT * FROM appointment_slots WHERE slot_id = ?').get(slotId) as
    SlotRow | undefined;
  return row && { ...toSlot(row), serviceCode: row.service_code };
}

/** Takes one place; false when the slot is full (or not cached). */
export function takePlace(db: Database, slotId: string): boolean {
  return (
    db
      .prepare('UPDATE appointment_slots SET free = free - 1 WHERE slot_id = ? AND free > 0')
      .run(slotId).changes === 1
  );
}

export function givePlaceBack(db: Database, slotId: string): void {
  db.prepare(
    'UPDATE appointment_slots SET free = free + 1 WHERE slot_id = ? AND free < capacity',
  ).run(slotId);
}

/** The centre said the slot is full: this kiosk counts no place left in it either. */
export function markSlotFull(db: Database, slotId: string): void {
  db.prepare('UPDATE appointment_slots SET free = 0 WHERE slot_id = ?').run(slotId);
}

/** Deletes cached slots of days before `day` (the retention sweep's); returns how many. */
export function purgeSlotsBefore(db: Database, day: string): number {
  return db.prepare('DELETE FROM appointment_slots WHERE date < ?').run(day).changes;
}
