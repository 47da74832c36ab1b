// One status picture from the four DLE EOT replies, and what it means for printing.
import {
  decodeErrorCause,
  decodeOfflineCause,
  decodePaperSensor,
  decodePrinterStatus,
} from './statusBytes.js';

/** Where a status came from: the printer's replies, silence, or no query at all (status=none). */
export type StatusSource = 'printer' | 'no-reply' | 'not-queried';

export interface PrinterStatus {
  readonly source: StatusSource;
  /** The printer answered and is online. */
  readonly online: boolean;
  readonly coverOpen: boolean;
  readonly paperNearEnd: boolean;
  /** Paper sensor says out, or printing stopped at a paper end. */
  readonly paperOut: boolean;
  readonly cutterError: boolean;
  readonly unrecoverableError: boolean;
  readonly autoRecoverableError: boolean;
  readonly recoverableError: boolean;
  readonly errorOccurred: boolean;
  readonly waitingForOnlineRecovery: boolean;
  readonly feedButtonPressed: boolean;
  readonly drawerPin3High: boolean;
  /** The four reply bytes (n = 1..4) when the printer answered. */
  readonly replies?: readonly number[];
  /** Why there is no reply, for logs. Never holds personal data. */
  readonly detail?: string;
}

const allClear = {
  coverOpen: false,
  paperNearEnd: false,
  paperOut: false,
  cutterError: false,
  unrecoverableError: false,
  autoRecoverableError: false,
  recoverableError: false,
  errorOccurred: false,
  waitingForOnlineRecovery: false,
  feedButtonPressed: false,
  drawerPin3High: false,
} as const;

/** Combines the replies to DLE EOT 1, 2, 3 and 4 (in that order). Throws on a malformed byte. */
export function statusFromReplies(replies: readonly number[]): PrinterStatus {
  const [b1 = -1, b2 = -1, b3 = -1, b4 = -1] = replies;
  const printer = decodePrinterStatus(b1);
  const offline = decodeOfflineCause(b2);
  const error = decodeErrorCause(b3);
  const paper = decodePaperSensor(b4);
  return {
    source: 'printer',
    online: !printer.offline,
    coverOpen: offline.coverOpen,
    paperNearEnd: paper.paperNearEnd,
    paperOut: paper.paperOut || offline.stoppedByPaperEnd,
    cutterError: error.cutterError,
    unrecoverableError: error.unrecoverableError,
    autoRecoverableError: error.autoRecoverableError,
    recoverableError: error.recoverableError,
    errorOccurred: offline.errorOccurred,
    waitingForOnlineRecovery: printer.waitingForOnlineRecovery,
    feedButtonPressed: printer.feedButtonPressed,
    drawerPin3High: printer.drawerPin3High,
    replies: [b1, b2, b3, b4],
  };
}

/** A printer that does not answer counts as offline. */
export function unansweredStatus(
  source: 'no-reply' | 'not-queried',
  detail: string,
): PrinterStatus {
  return { source, online: source === 'not-queried', ...allClear, detail };
}

export type RefusalReason =
  'offline' | 'cover-open' | 'paper-out' | 'cutter-error' | 'printer-error';
export type PrintWarning = 'paper-near-end' | 'status-unknown';

export interface Readiness {
  readonly ready: boolean;
  readonly refusal?: RefusalReason;
  readonly warnings: readonly PrintWarning[];
}

/** Print or refuse: the most specific cause first, so staff know what to fix. */
export function assessStatus(status: PrinterStatus): Readiness {
  if (status.source === 'not-queried') return { ready: true, warnings: ['status-unknown'] };
  const warnings: PrintWarning[] = status.paperNearEnd ? ['paper-near-end'] : [];
  const refuse = (refusal: RefusalReason): Readiness => ({ ready: false, refusal, warnings });
  if (status.source === 'no-reply') return refuse('offline');
  if (status.coverOpen) return refuse('cover-open');
  if (status.paperOut) return refuse('paper-out');
  if (status.cutterError) return refuse('cutter-error');
  if (status.unrecoverableError || status.autoRecoverableError || status.recoverableError) {
    return refuse('printer-error');
  }
  if (!status.online || status.errorOccurred) return refuse('offline');
  return { ready: true, warnings };
}

const staffText: Record<RefusalReason | PrintWarning, string> = {
  offline: 'printer offline or not answering',
  'cover-open': 'printer cover open',
  'paper-out': 'printer out of paper',
  'cutter-error': 'paper cutter jammed',
  'printer-error': 'printer error; power-cycle it if it does not clear',
  'paper-near-end': 'paper near end; replace the roll soon',
  'status-unknown': 'status not readable on this link',
};

export interface StatusSummary {
  readonly state: 'ready' | 'needs-attention' | 'disconnected';
  readonly detail?: string;
}

/** A short summary for the kiosk's device status and staff screens. */
export function summarizeStatus(status: PrinterStatus): StatusSummary {
  const readiness = assessStatus(status);
  if (readiness.refusal === 'offline' && status.source === 'no-reply') {
    return { state: 'disconnected', detail: staffText.offline };
  }
  if (readiness.refusal) return { state: 'needs-attention', detail: staffText[readiness.refusal] };
  const [warning] = readiness.warnings;
  if (warning === 'paper-near-end') return { state: 'needs-attention', detail: staffText[warning] };
  return warning ? { state: 'ready', detail: staffText[warning] } : { state: 'ready' };
}

export function describeProblem(problem: RefusalReason | PrintWarning): string {
  return staffText[problem];
}
