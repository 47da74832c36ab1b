// Intake: checks what the resident (or staff for them) submitted, then hands it to the two
// halves that act on it — saveRequest.ts writes the request, its number, status and outbox
// entry in one transaction (with the routing mark when nothing in the community fits: matching
// runs just before, and cannot stop the save); afterSave.ts does what follows
// (the reply, the receipt, printing), none of which can lose or delay the saved request, nor turn
// it into a failed reply, and nothing here waits for the network. Ordinary requests are
// rate-limited per kiosk so one client cannot use up the day's numbers; the emergency button is
// never limited, has the day's last 100 numbers to itself, and when it cannot be saved at all
// says so as 'unavailable' (the screen shows 110/120/119 and the hotline whatever the answer).
import type { Database } from 'better-sqlite3';
import { randomBytes as cryptoRandomBytes } from 'node:crypto';
import type { z } from 'zod';
import {
  type AssistedSubmission,
  type CategoryId,
  type EmergencyDraft,
  KioskError,
  type Language,
  type RequestDraft,
  type SubmittedRequest,
  type Urgency,
} from '../../../contract/index.js';
import { installationId } from '../../../db/repositories/kioskMeta.js';
import { markNeedsRouting, recordDangerKinds } from '../../../db/repositories/requests.js';
import type { CommunityDirectory } from '../community/communityDirectory.js';
import type { Logger } from '../logger.js';
import { checkAnswers } from '../platform/attributeQuestions.js';
import type { PlatformOffer } from '../platform/platformOffer.js';
import type { PrintService } from '../receipts/printService.js';
import { type WindowLimit, createSlidingWindow } from '../requests/slidingWindow.js';
import type { KioskKeys } from '../security/kioskKeys.js';
import type { CardSession } from '../visit/cardSession.js';
import { afterSave } from './afterSave.js';
import type { AssistedDecision, AssistedEntry } from './assistedEntry.js';
import { chosenLocation } from './chosenLocation.js';
import { withDangerUrgency } from './dangerUrgency.js';
import { maskName, maskPhone } from './masking.js';
import { answerOrForStaff } from './matchingAnswer.js';
import { redactIdNumbers } from './redactIdNumbers.js';
import { saveRequest } from './saveRequest.js';
import { serviceDate } from './serviceDate.js';
import { installationPart } from './ticketNumbers.js';

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

export { randomFirstSeq } from './saveRequest.js';

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
  let installation: string | undefined;
  const saving = {
    ...deps,
    randomBytes,
    installation: () => (installation ??= installationPart(installationId(db, deps.now()))),
  };
  const submissions = createSlidingWindow({
    db,
    name: 'submissions',
    limits: deps.submissionLimits ?? defaultSubmissionLimits,
    now: deps.now,
  });

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
    const gridId = holder?.gridId ?? null;
    const answer = answerOrForStaff(
      directory,
      deps.logger,
      {
        category: intake.category,
        needId: intake.needId,
        description,
        gridId,
        at,
        urgent: intake.emergency || intake.urgency === 'urgent',
      },
      intake.emergency,
    );
    const { stored, qrCode } = saveRequest(
      saving,
      {
        serviceDate: serviceDate(at, deps.timeZone),
        createdAt: at.toISOString(),
        category: intake.category,
        needId: intake.needId,
        urgency: intake.urgency,
        emergency: intake.emergency,
        language: intake.language,
        gridId,
        maskedName: name ? maskName(name) : null,
        maskedPhone: intake.phone ? maskPhone(intake.phone) : null,
        idHash: holder?.idHash ?? null,
        personal,
        serviceCode: choice.serviceCode,
        mappingSource: choice.mappingSource,
        assistedBy: assisted?.staffId ?? null,
      },
      (request) => {
        if (intake.dangerKinds) recordDangerKinds(deps.db, request.id, intake.dangerKinds);
        // Nothing fits (or matching failed): still saved and forwarded, marked for a person to
        // route, in the same commit, so the upload worker never reads it unmarked.
        if (answer.outcome === 'for-staff' && !intake.emergency)
          markNeedsRouting(deps.db, request.id);
        // Counted in the same commit: a saved request is always counted, a failed one never.
        if (!intake.emergency) submissions.record();
        // The audit row commits with the request, or neither does.
        if (assisted) {
          deps.assisted?.recordSubmission(assisted, {
            ticket: request.ticket,
            emergency: intake.emergency,
          });
        }
      },
    );
    // Saved. From here on nothing may fail the reply (afterSave.ts): each step falls back.
    return afterSave(deps, {
      stored,
      qrCode,
      at,
      category: intake.category,
      needId: intake.needId,
      need: need ? { id: need.id, title: need.title } : null,
      answer,
      urgency: intake.urgency,
      emergency: intake.emergency,
      language: intake.language,
      gridId,
      assistedByName: assisted?.staffName ?? null,
    });
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
