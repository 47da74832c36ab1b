// The upload queue as staff read it: counts by state, the oldest entry's age, the last contact
// with the centre, why it is stalled, and every unsettled entry; and one entry in full — every
// error the platform gave, the form as sent (masked), the mapping that chose its service, its
// resends (both keys each) and the services it could be refiled under. Reading is audited.
import type { Database } from 'better-sqlite3';
import type {
  StaffQueueEntry,
  StaffQueueEntryDetail,
  StaffQueueView,
  StaffServiceOption,
} from '../../../contract/staffQueue.js';
import { KioskError } from '../../../contract/errors.js';
import { getEntry } from '../../../db/repositories/outbox.js';
import { deadLetters, resendsOf } from '../../../db/repositories/outboxDeadLetters.js';
import { getRequest } from '../../../db/repositories/requests.js';
import {
  type StaffQueueRow,
  unsettledEntries,
  unsettledEntry,
} from '../../../db/repositories/staffQueueEntries.js';
import { questionsOf } from '../platform/attributeQuestions.js';
import type { ServiceCatalog } from '../platform/serviceCatalog.js';
import type { KioskKeys } from '../security/kioskKeys.js';
import { undatedKinds } from '../upload/senders/index.js';
import { type UploadState, uploadState } from '../upload/uploadWorker.js';
import { maskedSentForm, maskedStoredForm, openPersonalFields } from './maskedForm.js';
import type { StaffGuard } from './staffQueueDeps.js';

export interface StaffQueueViewDeps {
  db: Database;
  guard: StaffGuard;
  keys: KioskKeys;
  catalog: Pick<ServiceCatalog, 'accepted'>;
  /** The worker's own state (its pause included); absent with no centre configured. */
  uploadState: (() => UploadState) | undefined;
  now: () => Date;
}

export interface StaffQueueViews {
  queue(token: string): StaffQueueView;
  entry(token: string, outboxId: number): StaffQueueEntryDetail;
}

const resendFields = (json: unknown): string[] =>
  Array.isArray(json) ? json.filter((field): field is string => typeof field === 'string') : [];

const mappingFacts = (mapping: Record<string, unknown> | null) =>
  mapping === null
    ? null
    : Object.fromEntries(
        Object.entries(mapping).map(([key, value]) => [
          key,
          value === null || ['string', 'number', 'boolean'].includes(typeof value)
            ? (value as string | number | boolean | null)
            : JSON.stringify(value),
        ]),
      );

export function createStaffQueueViews(deps: StaffQueueViewDeps): StaffQueueViews {
  const { db, guard } = deps;
  const ageOf = (createdAt: string) =>
    Math.max(0, Math.round((deps.now().getTime() - Date.parse(createdAt)) / 1000));
  const toEntry = (row: StaffQueueRow): StaffQueueEntry => ({
    outboxId: row.outboxId,
    kind: row.kind,
    ticket: row.ticket,
    state: row.state,
    createdAt: row.createdAt,
    ageSeconds: ageOf(row.createdAt),
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt,
    lastError: row.lastError,
    heldReason: row.heldReason,
    serviceCode: row.sentServiceCode ?? row.savedServiceCode,
  });
  const services = (): StaffServiceOption[] =>
    deps.catalog.accepted().map(({ service, definition }) => ({
      code: service.code,
      name: service.name,
      group: service.group,
      questions: questionsOf(definition),
    }));
  const resendHistory = (outboxId: number) => {
    const stamps = new Map(
      (
        db
          .prepare(
            'SELECT idempotency_key, staff_id, corrected_fields_json FROM outbox_resends WHERE outbox_id = ?',
          )
          .all(outboxId) as {
          idempotency_key: string;
          staff_id: string | null;
          corrected_fields_json: string | null;
        }[]
      ).map((row) => [row.idempotency_key, row]),
    );
    return resendsOf(db, outboxId).map((resend) => {
      const stamp = stamps.get(resend.idempotencyKey);
      return {
        previousIdempotencyKey: resend.previousIdempotencyKey,
        idempotencyKey: resend.idempotencyKey,
        previousServiceCode: resend.previousServiceCode,
        serviceCode: resend.serviceCode,
        deadReason: resend.deadReason,
        resentAt: resend.resentAt,
        staffId: stamp?.staff_id ?? null,
        correctedFields: resendFields(
          stamp?.corrected_fields_json ? (JSON.parse(stamp.corrected_fields_json) as unknown) : [],
        ),
      };
    });
  };

  return {
    queue: (token) => {
      const staff = guard.signedIn(token);
      const rows = unsettledEntries(db);
      const state = deps.uploadState?.() ?? uploadState(db, deps.now);
      const count = (wanted: StaffQueueRow['state']) =>
        rows.filter((row) => row.state === wanted).length;
      // Oldest first; an entry that keeps a day only (a survey sheet) has no age to tell.
      const undated = new Set(undatedKinds());
      const oldest = rows.find((row) => !undated.has(row.kind));
      guard.audit(staff.id, 'view-upload-queue', { entries: rows.length });
      return {
        configured: deps.uploadState !== undefined,
        counts: {
          waiting: count('waiting'),
          inFlight: count('in-flight'),
          held: count('held'),
          dead: count('dead'),
        },
        oldestAgeSeconds: oldest ? ageOf(oldest.createdAt) : null,
        lastContactAt: state.lastContactAt,
        stalledReason: state.stalled?.reason ?? null,
        entries: rows.map(toEntry),
      };
    },
    entry: (token, outboxId) => {
      const staff = guard.signedIn(token);
      const row = unsettledEntry(db, outboxId);
      const stored = getEntry(db, outboxId);
      if (!row || !stored) throw new KioskError('not-found', 'queue-entry-not-found', ['outboxId']);
      const letter = deadLetters(db, 1000).find((dead) => dead.outboxId === outboxId);
      const request = row.requestId === null ? undefined : getRequest(db, row.requestId);
      const sentForm = letter?.requestSealed
        ? maskedSentForm(deps.keys, letter.requestSealed)
        : maskedStoredForm(
            openPersonalFields(deps.keys, request?.personalSealed ?? null),
            row.savedServiceCode,
          );
      guard.audit(staff.id, 'view-queue-entry', { ticket: row.ticket, outboxId });
      return {
        entry: toEntry(row),
        idempotencyKey: stored.idempotencyKey,
        refusal: letter
          ? {
              reason: letter.reason,
              httpStatus: letter.httpStatus,
              errors: [...letter.errors],
              deadAt: letter.deadAt,
            }
          : null,
        sentForm,
        mapping: mappingFacts(letter?.mapping ?? null),
        resends: resendHistory(outboxId),
        services: services(),
      };
    },
  };
}
