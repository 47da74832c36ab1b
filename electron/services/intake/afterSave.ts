// What follows a saved request: the reply (with the matching answer intake found before the save,
// whose routing mark committed with the request), the receipt and its printing, the nudge to the
// upload worker, the look-up QR code. The request
// is already stored and queued (saveRequest.ts), so nothing here may turn into a failed reply —
// the resident would tap again and make a second request (issue 10): every step goes through
// afterCommit.ts, falls back to less and is logged by kind, never with what the resident gave.
import type { Database } from 'better-sqlite3';
import {
  type CategoryId,
  type Language,
  SubmittedRequest,
  type Urgency,
} from '../../../contract/index.js';
import type { StoredRequest } from '../../../db/repositories/requests.js';
import { afterCommit } from '../afterCommit.js';
import { parseAndMark } from '../checkedOutput.js';
import type { CommunityDirectory } from '../community/communityDirectory.js';
import type { Logger } from '../logger.js';
import { lookupQrDataUri, lookupTextDataUri } from '../receipts/lookupQr.js';
import type { PrintService } from '../receipts/printService.js';
import { buildRequestReceipt } from '../receipts/requestReceipt.js';
import { localDateTime } from './localTime.js';
import type { DirectoryAnswer } from '../community/communityDirectory.js';
import { matchedResources, matchingOutcome } from './matchingAnswer.js';

export interface AfterSaveDeps {
  db: Database;
  directory: CommunityDirectory;
  printing: PrintService;
  timeZone: string;
  logger: Logger;
  /** Told after each save, so the upload worker sends it now rather than at its next tick. */
  onSaved?: () => void;
}

/** The saved request and what intake decided about it; nothing personal but the masked name. */
export interface SavedFacts {
  stored: StoredRequest;
  qrCode: string;
  at: Date;
  category: CategoryId;
  needId: string | null;
  need: SubmittedRequest['need'];
  /** What will help, found before the save (matchingAnswer.ts). */
  answer: DirectoryAnswer;
  urgency: Urgency;
  emergency: boolean;
  language: Language;
  gridId: string | null;
  /** The staff member who entered it for the resident, by name; null: the resident. */
  assistedByName: string | null;
}

/** Everything after the commit; returns the reply, which never says "not saved". */
export function afterSave(deps: AfterSaveDeps, saved: SavedFacts): SubmittedRequest {
  const { directory } = deps;
  const { stored, qrCode, at } = saved;
  const step = afterCommit(deps.logger, { ticket: stored.ticket });
  const grid = saved.gridId ? directory.grid(saved.gridId) : undefined;
  const { answer } = saved;
  const data = directory.data();
  const request: Omit<SubmittedRequest, 'receipt' | 'upstream' | 'lookupQr'> = {
    ticket: stored.ticket,
    lookupCode: qrCode,
    createdAt: stored.createdAt,
    category: saved.category,
    need: saved.need,
    urgency: saved.urgency,
    emergency: saved.emergency,
    maskedName: stored.maskedName,
    matches: matchedResources(answer),
    matching: matchingOutcome(answer),
    gridContact: grid
      ? { gridName: grid.name, workerName: grid.worker.name, phone: grid.worker.phone }
      : null,
    hotline: data.centre.hotline,
    assistedBy: saved.assistedByName,
  };
  const categoryTitle =
    data.categories.find((c) => c.id === saved.category)?.title[saved.language] ?? saved.category;
  // The receipt is built, recorded and printed after the reply has gone (issue 16: ~15 % of the
  // host's submit); one that cannot be built is logged as this step's failure and its job ends
  // as not printed, which the waiting screen is told (printService.ts).
  const receipt = deps.printing.submitAfterThisTurn({
    purpose: saved.emergency ? 'emergency' : 'request',
    requestId: stored.id,
    build: () =>
      step(
        'receipt',
        () =>
          buildRequestReceipt({
            request,
            categoryTitle,
            centreName: data.centre.name[saved.language],
            language: saved.language,
            localTime: localDateTime(at, deps.timeZone),
          }),
        () => null,
      ),
  });
  step(
    'upload-nudge',
    () => deps.onSaved?.(),
    () => undefined,
  );
  deps.logger.info('request saved', {
    ticket: stored.ticket,
    category: saved.category,
    emergency: saved.emergency,
    urgency: saved.urgency,
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
  // that would be a lie, so a bad match or grid entry is dropped here instead. The checked reply
  // is marked, so the dispatcher does not check it a second time (checkedOutput.ts).
  return step(
    'reply-contract',
    () => parseAndMark(SubmittedRequest, reply),
    () => ({ ...reply, matches: [], gridContact: null }),
  );
}
