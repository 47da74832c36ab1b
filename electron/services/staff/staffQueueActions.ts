// What staff may do to the upload queue, each in one transaction with its audit row: "retry
// now"; correct a refused entry (its description, phone, answers, or another service from the
// platform's catalogue) and resend it — same ticket, a new idempotency key, both kept in
// outbox_resends with who and which fields; release a held entry; cancel a refused or held one
// with a reason the resident reads at look-up; mark a staff notice handled (a booking whose slot
// filled: the resident was phoned). Values never reach the audit, only field names.
import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import type { AttributeAnswer, RequestCancelReason } from '../../../contract/requests.js';
import { KioskError } from '../../../contract/errors.js';
import type { StaffResendInput } from '../../../contract/staffQueue.js';
import { getRequest } from '../../../db/repositories/requests.js';
import {
  fileUnderServiceCode,
  replacePersonalFields,
} from '../../../db/repositories/requestCorrections.js';
import {
  bringWaitingForward,
  recordCancellation,
  releaseOneHeld,
  settleHandledNotice,
  stampLatestResend,
  unsettledEntry,
} from '../../../db/repositories/staffQueueEntries.js';
import { maskPhone } from '../intake/masking.js';
import { redactIdNumbers } from '../intake/redactIdNumbers.js';
import { checkAnswers, questionsOf } from '../platform/attributeQuestions.js';
import type { ServiceCatalog } from '../platform/serviceCatalog.js';
import type { KioskKeys } from '../security/kioskKeys.js';
import { appointmentNoticeKind } from '../upload/senders/appointmentNoticeSender.js';
import type { UploadWorker } from '../upload/uploadWorker.js';
import { openPersonalFields, sealPersonalFields } from './maskedForm.js';
import type { StaffGuard } from './staffQueueDeps.js';

export interface StaffQueueActionDeps {
  db: Database;
  guard: StaffGuard;
  keys: KioskKeys;
  catalog: Pick<ServiceCatalog, 'standing'>;
  /** The serviceCode a request would be sent under now (the platform offer's resolver). */
  currentServiceCode: (requestId: number) => string | null;
  upload: Pick<UploadWorker, 'resendDeadLetter' | 'nudge' | 'catalogueChanged'> | undefined;
  now: () => Date;
}

type Resend = z.output<typeof StaffResendInput>;

export interface StaffQueueActions {
  retryNow(token: string): { broughtForward: number; released: number };
  resend(input: Resend): {
    ticket: string;
    previousIdempotencyKey: string;
    idempotencyKey: string;
    correctedFields: string[];
  };
  releaseHeld(
    token: string,
    outboxId: number,
    serviceCode?: string,
  ): { ticket: string; released: true };
  cancel(input: {
    token: string;
    outboxId: number;
    reason: RequestCancelReason;
    note?: string | undefined;
  }): { ticket: string; cancelled: true };
  /** A notice for staff (only those: a slot-taken booking) is settled; the booking stays. */
  markHandled(token: string, outboxId: number): { ticket: string; handled: true };
}

/** The kinds that are notices for staff, settled by staff once handled. */
const noticeKinds: readonly string[] = [appointmentNoticeKind];

const notFound = () => new KioskError('not-found', 'queue-entry-not-found', ['outboxId']);

/** The request an entry is about; entries of kinds about no request cannot be corrected. */
const requestOf = (entry: { requestId: number | null }): number => {
  if (entry.requestId === null) throw new KioskError('not-allowed', 'only-requests-are-corrected');
  return entry.requestId;
};

export function createStaffQueueActions(deps: StaffQueueActionDeps): StaffQueueActions {
  const { db, guard } = deps;
  const worker = () => {
    if (!deps.upload) throw new KioskError('unavailable', 'no-centre-configured');
    return deps.upload;
  };
  const acceptedDefinition = (code: string) => {
    const standing = deps.catalog.standing(code);
    if (standing.kind !== 'accepted') {
      throw new KioskError('invalid-input', 'service-not-accepted', ['serviceCode']);
    }
    return standing.definition;
  };

  /** Opens, corrects and reseals the resident's fields; returns the names of what changed. */
  const correctFields = (
    requestId: number,
    change: {
      description: string | undefined;
      phone: string | undefined;
      attributes: Record<string, AttributeAnswer> | undefined;
    },
  ): string[] => {
    const request = getRequest(db, requestId);
    if (!request) throw notFound();
    const personal = openPersonalFields(deps.keys, request.personalSealed);
    if (!personal) throw new KioskError('not-allowed', 'personal-fields-unreadable');
    const corrected = { ...personal };
    const fields: string[] = [];
    if (change.description !== undefined) {
      corrected.description = redactIdNumbers(change.description);
      fields.push('description');
    }
    if (change.phone !== undefined) {
      corrected.phone = change.phone;
      fields.push('phone');
    }
    if (change.attributes !== undefined) {
      corrected.attributes = Object.fromEntries(
        Object.entries(change.attributes).map(([code, answer]) => [
          code,
          typeof answer === 'string' ? redactIdNumbers(answer) : answer,
        ]),
      );
      fields.push('attributes');
    }
    if (fields.length > 0) {
      replacePersonalFields(db, requestId, {
        personalSealed: sealPersonalFields(deps.keys, corrected),
        maskedPhone: corrected.phone ? maskPhone(corrected.phone) : request.maskedPhone,
      });
    }
    return fields;
  };

  return {
    retryNow: (token) => {
      const staff = guard.signedIn(token);
      const upload = worker();
      const broughtForward = bringWaitingForward(db, deps.now().toISOString());
      const released = upload.catalogueChanged();
      upload.nudge();
      guard.audit(staff.id, 'queue-retry-now', { broughtForward, released });
      return { broughtForward, released };
    },
    resend: (input) => {
      const staff = guard.signedIn(input.token);
      const upload = worker();
      return db.transaction(() => {
        const entry = unsettledEntry(db, input.outboxId);
        if (!entry) throw notFound();
        if (entry.state !== 'dead') throw new KioskError('not-allowed', 'entry-not-refused');
        const correcting =
          input.description !== undefined ||
          input.phone !== undefined ||
          input.attributes !== undefined ||
          input.serviceCode !== undefined;
        if (correcting && entry.kind !== 'request') {
          throw new KioskError('not-allowed', 'only-requests-are-corrected');
        }
        const fields: string[] = [];
        if (input.serviceCode !== undefined) {
          acceptedDefinition(input.serviceCode);
          fileUnderServiceCode(db, requestOf(entry), input.serviceCode);
          fields.push('serviceCode');
        }
        // Answers are checked against the service it will go under, as strictly as the platform.
        const code =
          input.serviceCode ??
          (entry.requestId === null ? null : deps.currentServiceCode(entry.requestId));
        const attributes =
          input.attributes === undefined
            ? undefined
            : checkAnswers(
                code === null ? [] : questionsOf(acceptedDefinition(code)),
                input.attributes,
              );
        if (entry.requestId !== null)
          fields.push(
            ...correctFields(entry.requestId, {
              description: input.description,
              phone: input.phone,
              attributes,
            }),
          );
        const result = upload.resendDeadLetter(input.outboxId, { refile: false });
        if (!result.ok) throw new KioskError('not-allowed', `resend-${result.reason}`);
        stampLatestResend(db, input.outboxId, { staffId: staff.id, correctedFields: fields });
        guard.audit(staff.id, 'queue-resend', {
          ticket: result.ticket,
          outboxId: input.outboxId,
          corrected: fields.join(',') || 'nothing',
          serviceCode: input.serviceCode ?? null,
        });
        return {
          ticket: result.ticket,
          previousIdempotencyKey: result.previousIdempotencyKey,
          idempotencyKey: result.idempotencyKey,
          correctedFields: fields,
        };
      })();
    },
    releaseHeld: (token, outboxId, serviceCode) => {
      const staff = guard.signedIn(token);
      const upload = worker();
      const ticket = db.transaction(() => {
        const entry = unsettledEntry(db, outboxId);
        if (!entry) throw notFound();
        if (entry.state !== 'held') throw new KioskError('not-allowed', 'entry-not-held');
        if (serviceCode !== undefined) {
          acceptedDefinition(serviceCode);
          fileUnderServiceCode(db, requestOf(entry), serviceCode);
        }
        releaseOneHeld(db, outboxId, deps.now().toISOString());
        guard.audit(staff.id, 'queue-release-held', {
          ticket: entry.ticket,
          outboxId,
          serviceCode: serviceCode ?? null,
        });
        return entry.ticket;
      })();
      upload.nudge();
      return { ticket, released: true };
    },
    cancel: ({ token, outboxId, reason, note }) => {
      const staff = guard.signedIn(token);
      const ticket = db.transaction(() => {
        const entry = unsettledEntry(db, outboxId);
        if (!entry) throw notFound();
        // Waiting or in flight, it may be on the platform already: only refused or held ones.
        // A held entry once sent without an answer may be on the platform too.
        const maybeSent =
          entry.state === 'held' ? entry.inFlightSince !== null : entry.state !== 'dead';
        if (maybeSent) throw new KioskError('not-allowed', 'entry-may-be-sent');
        if (entry.kind !== 'request') throw new KioskError('not-allowed', 'only-requests-cancel');
        recordCancellation(db, requestOf(entry), {
          reason,
          note: note?.trim() ? note.trim() : null,
          staffId: staff.id,
          cancelledAt: deps.now().toISOString(),
        });
        guard.audit(staff.id, 'queue-cancel', { ticket: entry.ticket, outboxId, reason });
        return entry.ticket;
      })();
      return { ticket, cancelled: true };
    },
    markHandled: (token, outboxId) => {
      const staff = guard.signedIn(token);
      const ticket = db.transaction(() => {
        const entry = unsettledEntry(db, outboxId);
        if (!entry) throw notFound();
        if (!noticeKinds.includes(entry.kind)) {
          throw new KioskError('not-allowed', 'only-notices-are-handled');
        }
        settleHandledNotice(db, outboxId, entry.kind, deps.now().toISOString());
        guard.audit(staff.id, 'queue-notice-handled', {
          ticket: entry.ticket,
          outboxId,
          kind: entry.kind,
        });
        return entry.ticket;
      })();
      return { ticket, handled: true };
    },
  };
}
