// Staff assisted entry (代办) on the service side. The page may say a request is "assisted"; only
// this file decides whether it is: a live staff session, a phone number the centre can call the
// resident back on, and the resident's own confirmation — a tap on the screen made for them, or
// their ID card, which must be the card used in the journey when one was read and is never the
// staff member's own. What was decided is written to the audit trail with the request's ticket,
// never with the resident's ID or phone number.
import type { Database } from 'better-sqlite3';
import type { AssistedJourney, AssistedSubmission } from '../../../contract/assisted.js';
import { KioskError } from '../../../contract/errors.js';
import type { StaffSession } from '../../../contract/staff.js';
import { appendAudit } from '../../../db/repositories/auditLog.js';
import { enabledStaffAccounts } from '../../../db/repositories/staffAccounts.js';
import type { CardSession } from '../visit/cardSession.js';

/** What an accepted assisted submission is recorded with. */
export interface AssistedDecision {
  staffId: string;
  /** The staff member's display name, printed on the receipt. */
  staffName: string;
  confirmedBy: AssistedSubmission['confirmation']['by'];
  /** resident-tap: how long the read-back was on screen before the tap (the page's count). */
  readBackMs: number | null;
  /** resident-card: whether a card had been read earlier in the journey (and so was matched). */
  journeyCard: boolean | null;
}

/** The identity the journey carries so far: what the resident gave, behind tokens. */
export interface AssistedJourneyFacts {
  phone: string | undefined;
  cardToken: string | undefined;
  /** Where the phone is in the input, for the page's field hint. */
  phonePath: (string | number)[];
}

export interface AssistedEntry {
  /** Before anything is saved: the session, the phone and the resident's confirmation. Throws. */
  decide(assisted: AssistedSubmission, journey: AssistedJourneyFacts): AssistedDecision;
  /** Inside the save's transaction: the audit row of the submission. */
  recordSubmission(decision: AssistedDecision, saved: { ticket: string; emergency: boolean }): void;
  /** Staff open a journey for a resident: checked and audited. */
  start(token: string, journey: AssistedJourney): { journey: AssistedJourney; staffName: string };
}

export interface AssistedEntryDeps {
  db: Database;
  /** The staff service's session check: the live session, or a KioskError 'unauthorized'. */
  session: (token: string) => StaffSession;
  cards: Pick<CardSession, 'lookup'>;
  now: () => Date;
}

export function createAssistedEntry(deps: AssistedEntryDeps): AssistedEntry {
  const liveSession = (token: string): StaffSession => {
    try {
      return deps.session(token);
    } catch (error) {
      if (error instanceof KioskError) {
        throw new KioskError('unauthorized', 'assisted-needs-staff-session', ['assisted', 'token']);
      }
      throw error;
    }
  };

  const confirmingCard = (
    confirmation: Extract<AssistedSubmission['confirmation'], { by: 'resident-card' }>,
    journeyCardToken: string | undefined,
  ): boolean => {
    const where = ['assisted', 'confirmation', 'cardToken'];
    const card = deps.cards.lookup(confirmation.cardToken);
    if (!card) throw new KioskError('invalid-input', 'card-expired', where);
    const staffCards = enabledStaffAccounts(deps.db).map((account) => account.cardIdHash);
    if (staffCards.includes(card.idHash)) {
      throw new KioskError('not-allowed', 'assisted-confirmed-with-staff-card', where);
    }
    if (journeyCardToken === undefined) return false;
    const journeyCard = deps.cards.lookup(journeyCardToken);
    if (!journeyCard)
      throw new KioskError('invalid-input', 'card-expired', ['contact', 'cardToken']);
    if (journeyCard.idHash !== card.idHash) {
      throw new KioskError('not-allowed', 'assisted-card-not-the-residents', where);
    }
    return true;
  };

  return {
    decide: (assisted, journey) => {
      const session = liveSession(assisted.token);
      if (journey.phone === undefined) {
        throw new KioskError('invalid-input', 'assisted-phone-required', journey.phonePath);
      }
      const { confirmation } = assisted;
      return {
        staffId: session.staff.id,
        staffName: session.staff.name,
        confirmedBy: confirmation.by,
        readBackMs: confirmation.by === 'resident-tap' ? confirmation.readBackMs : null,
        journeyCard:
          confirmation.by === 'resident-card'
            ? confirmingCard(confirmation, journey.cardToken)
            : null,
      };
    },
    recordSubmission: (decision, saved) => {
      appendAudit(deps.db, {
        at: deps.now().toISOString(),
        staffId: decision.staffId,
        action: 'assisted-submission',
        detail: {
          ticket: saved.ticket,
          emergency: saved.emergency,
          confirmedBy: decision.confirmedBy,
          readBackMs: decision.readBackMs,
          journeyCard: decision.journeyCard,
        },
      });
    },
    start: (token, journey) => {
      const session = liveSession(token);
      appendAudit(deps.db, {
        at: deps.now().toISOString(),
        staffId: session.staff.id,
        action: 'assisted-start',
        detail: { journey },
      });
      return { journey, staffName: session.staff.name };
    },
  };
}
