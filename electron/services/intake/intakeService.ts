// Durable intake: a request, its ticket number, its status and its outbox entry are written in
// one transaction before anything else happens. Matching and printing follow; neither can lose
// or delay the saved request, nor turn it into a failed reply, and nothing here waits for the
// network. Ordinary requests are rate-limited per kiosk so one client cannot use up the day's
// numbers; the emergency button is never limited, has the day's last 100 numbers to itself, and
// when it cannot be saved at all says so as 'unavailable' (the screen shows 110/120/119 and the
// hotline whatever the answer).
import type { Database } from 'better-sqlite3';
import { randomBytes as cryptoRandomBytes, randomUUID } from 'node:crypto';
import {
  type AssistedSubmission,
  type CategoryId,
  type Language,
  SubmittedRequest,
  type Urgency,
  KioskError,
  type EmergencyDraft,
  type RequestDraft,
} from '../../../contract/index.js';
import type { z } from 'zod';
import { installationId } from '../../../db/repositories/kioskMeta.js';
import { enqueue } from '../../../db/repositories/outbox.js';
import {
  DailySequenceFullError,
  insertRequest,
  isFirstDayOfDatabase,
  lastOrdinarySeq,
  lastSeq,
  markNeedsRouting,
  recordDangerKinds,
} from '../../../db/repositories/requests.js';
import { recordAccepted } from '../../../db/repositories/requestStatus.js';
import { afterCommit } from '../afterCommit.js';
import type { AssistedDecision, AssistedEntry } from './assistedEntry.js';
import type { CommunityDirectory } from '../community/communityDirectory.js';
import type { Logger } from '../logger.js';
import { checkAnswers } from '../platform/attributeQuestions.js';
import type { PlatformOffer } from '../platform/platformOffer.js';
import { lookupQrDataUri, lookupTextDataUri } from '../receipts/lookupQr.js';
import { buildRequestReceipt } from '../receipts/requestReceipt.js';
import { type PrintService, receiptNotBuilt } from '../receipts/printService.js';
import type { KioskKeys } from '../security/kioskKeys.js';
import { seal } from '../security/sealedFields.js';
import type { CardSession } from '../visit/cardSession.js';
import { chosenLocation } from './chosenLocation.js';
import { localDateTime } from './localTime.js';
import { answerFor, forStaff, matchedResources, matchingOutcome } from './matchingAnswer.js';
import { withDangerUrgency } from './dangerUrgency.js';
import { type WindowLimit, createSlidingWindow } from '../requests/slidingWindow.js';
import { maskName, maskPhone } from './masking.js';
import { redactIdNumbers } from './redactIdNumbers.js';
import { serviceDate } from './serviceDate.js';
import {
  installationPart,
  lookupSecretFrom,
  lookupSecretLength,
  numberRequest,
  qrLookupCode,
} from './ticketNumbers.js';

/**
 * A person at the kiosk takes minutes per request; staff entering on residents' behalf, a few a
 * minute. 10 a minute and 120 an hour leave every honest use alone and keep one client from the
 * day's 99,899 ordinary numbers (2,880 a day at most).
 */
export const defaultSubmissionLimits: WindowLimit[] = [
  { max: 10, windowMs: 60_000 },
  { max: 120, windowMs: 3_600_000 },
];

/**
 * The process setting KIOSK_SUBMISSIONS_PER_HOUR (1 to 100000; 120 when unset) sets the hourly
 * limit, and the minute's is a twelfth of it, never below 10. Load tests raise it; a kiosk in a
 * lobby never needs to. A bad value stops start-up with the setting named.
 */
export function submissionLimitsFrom(env: Record<string, string | undefined>): WindowLimit[] {
  const raw = env.KIOSK_SUBMISSIONS_PER_HOUR?.trim();
  if (raw === undefined || raw === '') return defaultSubmissionLimits;
  const perHour = /^[0-9]{1,6}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(perHour >= 1 && perHour <= 100_000)) {
    throw new Error(
      `KIOSK_SUBMISSIONS_PER_HOUR is "${raw}" (from the environment); allowed: a whole number from 1 to 100000.`,
    );
  }
  return [
    { max: Math.max(10, Math.ceil(perHour / 12)), windowMs: 60_000 },
    { max: perHour, windowMs: 3_600_000 },
  ];
}

/**
 * A database's first day starts its numbers at random between 1001 and 5000: a kiosk whose data
 * dir was reset today would otherwise hand out the morning's ticket numbers a second time.
 */
export function randomFirstSeq(bytes: Uint8Array): number {
  const value = ((bytes[0] ?? 0) << 8) | (bytes[1] ?? 0);
  return 1001 + (value % 4000);
}

export interface IntakeDeps {
  db: Database;
  kioskId: string;
  timeZone: string;
  keys: KioskKeys;
  directory: CommunityDirectory;
  cards: CardSession;
  printing: PrintService;
  /** Which platform service a need is filed under, its questions and the kiosk's own place. */
  platform: Pick<PlatformOffer, 'choose' | 'kioskLocation'>;
  logger: Logger;
  now: () => Date;
  /** Told after each save, so the upload worker sends it now rather than at its next tick. */
  onSaved?: () => void;
  /** Random bytes for the QR code's secret and a first day's start (crypto.randomBytes). */
  randomBytes?: (size: number) => Uint8Array;
  /** Ordinary submissions allowed per stretch of time (defaultSubmissionLimits). */
  submissionLimits?: WindowLimit[];
  /** Staff assisted entry (assistedEntry.ts); without it every "assisted" submission is refused. */
  assisted?: AssistedEntry;
}

interface Intake {
  category: CategoryId;
  needId: string | null;
  description: string;
  urgency: Urgency;
  emergency: boolean;
  language: Language;
  cardToken: string | undefined;
  name: string | undefined;
  phone: string | undefined;
  attributes: ParsedDraft['attributes'];
  location: ParsedDraft['location'];
  /** Entered by staff for the resident, as the page claims it; assistedEntry.ts decides. */
  assisted: AssistedSubmission | undefined;
  /** Where the phone is in this call's input, for the field hint of a refusal. */
  phonePath: (string | number)[];
}

type ParsedDraft = z.output<typeof RequestDraft>;
type ParsedEmergency = z.output<typeof EmergencyDraft>;

export interface IntakeService {
  submitRequest(draft: ParsedDraft): SubmittedRequest;
  submitEmergency(draft: ParsedEmergency): SubmittedRequest;
}

export function createIntakeService(deps: IntakeDeps): IntakeService {
  const { db, directory } = deps;
  const randomBytes = deps.randomBytes ?? cryptoRandomBytes;
  const submissions = createSlidingWindow({
    db,
    name: 'submissions',
    limits: deps.submissionLimits ?? defaultSubmissionLimits,
    now: deps.now,
  });
  let installation: string | undefined;
  const ourInstallation = () => (installation ??= installationPart(installationId(db, deps.now())));

  const decideAssisted = (intake: Intake): AssistedDecision | undefined => {
    if (intake.assisted === undefined) return undefined;
    if (!deps.assisted) {
      throw new KioskError('unauthorized', 'assisted-needs-staff-session', ['assisted', 'token']);
    }
    return deps.assisted.decide(intake.assisted, {
      phone: intake.phone,
      cardToken: intake.cardToken,
      phonePath: intake.phonePath,
    });
  };

  const submit = (asTapped: Intake): SubmittedRequest => {
    // Words of danger make it urgent whatever was tapped (dangerUrgency.ts).
    const intake = withDangerUrgency(directory, deps.logger, asTapped);
    if (!intake.emergency && submissions.isFull()) {
      throw new KioskError('not-allowed', 'too-many-requests');
    }
    const assisted = decideAssisted(intake);
    const need = intake.needId === null ? undefined : directory.need(intake.needId);
    if (intake.needId !== null && (!need || need.category !== intake.category)) {
      throw new KioskError('invalid-input', 'need-unknown', ['needId']);
    }
    const holder = intake.cardToken === undefined ? undefined : deps.cards.lookup(intake.cardToken);
    if (intake.cardToken !== undefined && !holder) {
      throw new KioskError('invalid-input', 'card-expired', ['contact', 'cardToken']);
    }
    const choice = deps.platform.choose(intake);
    // An emergency is saved whatever the platform says; staff see why it cannot be sent.
    if (!choice.offered && !intake.emergency) {
      throw new KioskError('invalid-input', 'need-not-offered', ['needId']);
    }
    const attributes = intake.emergency ? {} : checkAnswers(choice.questions, intake.attributes);
    const location = chosenLocation(intake.location, choice.location, holder, deps.platform);
    const name = holder?.name ?? intake.name;
    // An ID number typed into free text is not kept, sent nor printed: only a keyed hash of the
    // card's number ever is.
    const description = redactIdNumbers(intake.description);
    // Everything the resident told or chose, sealed together; the upload worker opens it to send.
    const personal = {
      name: name ?? null,
      phone: intake.phone ?? null,
      description: description || null,
      attributes: redactAnswers(attributes),
      location: { ...location, address: location.address && redactIdNumbers(location.address) },
    };
    const at = deps.now();
    const createdAt = at.toISOString();
    const day = serviceDate(at, deps.timeZone);

    const lookupSecret = lookupSecretFrom(randomBytes(lookupSecretLength));
    const save = db.transaction((installationCode: string) => {
      const firstSeq = isFirstDayOfDatabase(db, day) ? randomFirstSeq(randomBytes(2)) : 1;
      const request = insertRequest(
        db,
        {
          kioskId: deps.kioskId,
          serviceDate: day,
          createdAt,
          category: intake.category,
          needId: intake.needId,
          urgency: intake.urgency,
          emergency: intake.emergency,
          language: intake.language,
          gridId: holder?.gridId ?? null,
          maskedName: name ? maskName(name) : null,
          maskedPhone: intake.phone ? maskPhone(intake.phone) : null,
          idHash: holder?.idHash ?? null,
          personalSealed: seal(deps.keys, personal),
          serviceCode: choice.serviceCode,
          mappingSource: choice.mappingSource,
          assistedBy: assisted?.staffId ?? null,
        },
        (seq) => numberRequest(deps.kioskId, day, seq, installationCode),
        {
          rules: { firstSeq, ceiling: intake.emergency ? lastSeq : lastOrdinarySeq },
          lookupSecret,
        },
      );
      recordAccepted(db, request.id, createdAt);
      if (intake.dangerKinds) recordDangerKinds(db, request.id, intake.dangerKinds);
      // Counted in the same commit: a saved request is always counted, a failed one never.
      if (!intake.emergency) submissions.record();
      enqueue(db, {
        kind: 'request',
        requestId: request.id,
        idempotencyKey: randomUUID(),
        priority: intake.emergency ? 0 : intake.urgency === 'urgent' ? 1 : 2,
        now: createdAt,
      });
      // The audit row commits with the request, or neither does.
      if (assisted) {
        deps.assisted?.recordSubmission(assisted, {
          ticket: request.ticket,
          emergency: intake.emergency,
        });
      }
      return request;
    });
    const stored = saveOrExplain(
      () => save.immediate(ourInstallation()),
      intake.emergency,
      deps.logger,
    );
    const qrCode = qrLookupCode(stored.lookupCode, lookupSecret);

    // Saved. From here on nothing may fail the reply (afterCommit.ts): each step falls back.
    const step = afterCommit(deps.logger, { ticket: stored.ticket });
    const gridId = holder?.gridId ?? null;
    const grid = gridId ? directory.grid(gridId) : undefined;
    const answer = step(
      'matching',
      () =>
        answerFor(
          directory,
          {
            category: intake.category,
            needId: intake.needId,
            description,
            gridId,
            at,
            urgent: intake.emergency || intake.urgency === 'urgent',
          },
          intake.emergency,
        ),
      () => forStaff,
    );
    // Nothing fits (or matching failed): still saved and forwarded, marked for a person to
    // route. Written before this turn ends, so the upload worker never reads it unmarked.
    if (answer.outcome === 'for-staff' && !intake.emergency) {
      step(
        'routing-mark',
        () => markNeedsRouting(db, stored.id),
        () => undefined,
      );
    }
    const data = directory.data();
    const request: Omit<SubmittedRequest, 'receipt' | 'upstream' | 'lookupQr'> = {
      ticket: stored.ticket,
      lookupCode: qrCode,
      createdAt,
      category: intake.category,
      need: need ? { id: need.id, title: need.title } : null,
      urgency: intake.urgency,
      emergency: intake.emergency,
      maskedName: stored.maskedName,
      matches: matchedResources(answer),
      matching: matchingOutcome(answer),
      gridContact: grid
        ? { gridName: grid.name, workerName: grid.worker.name, phone: grid.worker.phone }
        : null,
      hotline: data.centre.hotline,
      assistedBy: assisted?.staffName ?? null,
    };
    const categoryTitle =
      data.categories.find((c) => c.id === intake.category)?.title[intake.language] ??
      intake.category;
    // printing.submit never throws (a disk that cannot record the job still gets it printed);
    // what can throw here is building the receipt, and then the screen shows it instead.
    const receipt = step(
      'receipt',
      () =>
        deps.printing.submit({
          purpose: intake.emergency ? 'emergency' : 'request',
          requestId: stored.id,
          document: buildRequestReceipt({
            request,
            categoryTitle,
            centreName: data.centre.name[intake.language],
            language: intake.language,
            localTime: localDateTime(at, deps.timeZone),
          }),
        }),
      () => deps.printing.notPrinted(receiptNotBuilt),
    );
    step(
      'upload-nudge',
      () => deps.onSaved?.(),
      () => undefined,
    );
    deps.logger.info('request saved', {
      ticket: stored.ticket,
      category: intake.category,
      emergency: intake.emergency,
      urgency: intake.urgency,
    });
    const reply: SubmittedRequest = {
      ...request,
      lookupQr: step(
        'lookup-qr',
        () => lookupQrDataUri(qrCode),
        () => lookupTextDataUri(qrCode),
      ),
      receipt,
      upstream: 'queued',
    };
    // The dispatcher turns a reply that breaks the contract into a failure; for a saved request
    // that would be a lie, so a bad match or grid entry is dropped here instead.
    return step(
      'reply-contract',
      () => SubmittedRequest.parse(reply),
      () => ({ ...reply, matches: [], gridContact: null }),
    );
  };

  return {
    submitRequest: (draft) =>
      submit({
        category: draft.category,
        needId: draft.needId,
        description: draft.description,
        urgency: draft.urgency,
        emergency: false,
        language: draft.language,
        cardToken: draft.contact.cardToken,
        name: draft.contact.name,
        phone: draft.contact.phone,
        attributes: draft.attributes,
        location: draft.location,
        assisted: draft.assisted,
        phonePath: ['contact', 'phone'],
      }),
    submitEmergency: (draft) =>
      submit({
        category: 'safety-emergency',
        needId: null,
        description: '',
        urgency: 'urgent',
        emergency: true,
        language: draft.language,
        cardToken: draft.cardToken,
        name: undefined,
        phone: draft.phone,
        attributes: {},
        // Where the button was pressed: the kiosk.
        location: { kind: 'kiosk' },
        assisted: draft.assisted,
        phonePath: ['phone'],
      }),
  };
}

/** Answers are free text too: an ID number in one is redacted like one in the description. */
function redactAnswers<T extends Record<string, string | string[]>>(answers: T): T {
  return Object.fromEntries(
    Object.entries(answers).map(([code, answer]) => [
      code,
      typeof answer === 'string' ? redactIdNumbers(answer) : answer.map(redactIdNumbers),
    ]),
  ) as T;
}

/**
 * Saves, or says in the reply's terms why not: a day without numbers left is 'unavailable'
 * (day-full), and an emergency that could not be stored (a full or failing disk) is
 * 'unavailable' too, logged for staff, so the screen keeps showing the numbers to call.
 */
function saveOrExplain<T>(save: () => T, emergency: boolean, logger: Logger): T {
  try {
    return save();
  } catch (error) {
    if (error instanceof DailySequenceFullError) {
      logger.error('no ticket numbers left today', { emergency });
      throw new KioskError('unavailable', 'day-full');
    }
    if (emergency) {
      const code = (error as { code?: unknown }).code;
      logger.error('emergency not saved; the screen shows the numbers to call', {
        code: typeof code === 'string' ? code : 'unknown',
      });
      throw new KioskError('unavailable', 'emergency-not-saved');
    }
    throw error;
  }
}
