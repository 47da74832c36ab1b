// Staff corrections of a stored request before it is sent again: its sealed personal fields (the
// caller seals them; this file only stores bytes) with the masked phone beside them, and the
// service code staff chose from the platform's catalogue (no mapping source: the mapping did not
// choose it, staff did, as the resend's audit row and outbox_resends.staff_id say).
import type { Database } from 'better-sqlite3';

export function replacePersonalFields(
  db: Database,
  requestId: number,
  fields: { personalSealed: Buffer; maskedPhone: string | null },
): void {
  db.prepare('UPDATE requests SET personal_sealed = ?, masked_phone = ? WHERE id = ?').run(
    fields.personalSealed,
    fields.maskedPhone,
    requestId,
  );
}

export function fileUnderServiceCode(db: Database, requestId: number, serviceCode: string): void {
  db.prepare('UPDATE requests SET service_code = ?, mapping_source = NULL WHERE id = ?').run(
    serviceCode,
    requestId,
  );
}
