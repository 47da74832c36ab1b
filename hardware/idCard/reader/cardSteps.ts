// The two conversations the reader has with a SAM about a card: select-and-read once find-card has
// seen one, and "is a card still in the field?" afterwards. They return outcomes; the state
// machine decides what to report.
import type { IdCard } from '../card/cardTypes.js';
import { parseTextBlock } from '../card/parseTextBlock.js';
import { samRequest } from '../protocol/commands.js';
import { extractTextBlock } from '../protocol/readReply.js';
import type { LinkErrorCode, ReaderErrorCode } from './readerState.js';
import type { CommandPolicy, SamSession } from './samSession.js';

export interface StepPolicies {
  readonly command: CommandPolicy;
  readonly read: CommandPolicy;
}

export type ReadOutcome =
  | { readonly kind: 'read'; readonly card: IdCard }
  | {
      readonly kind: 'failed';
      readonly code: ReaderErrorCode;
      readonly field?: string;
      /** False when the card has already left, so there is no point asking for it to be removed. */
      readonly cardMayRemain: boolean;
    }
  | { readonly kind: 'link-error'; readonly code: LinkErrorCode };

const cardGone = (code: ReaderErrorCode): boolean => code === 'no-card' || code === 'select-failed';

/** Select and read the card find-card reported; parse and check its text block. */
export async function readPresentCard(
  session: SamSession,
  policies: StepPolicies,
): Promise<ReadOutcome> {
  const selected = await session.execute(samRequest('selectCard'), policies.command);
  if (!selected.ok) return { kind: 'link-error', code: selected.code };
  if (!selected.status.ok) {
    const code = selected.status.code;
    return { kind: 'failed', code, cardMayRemain: !cardGone(code) };
  }
  const read = await session.execute(samRequest('readText'), policies.read);
  if (!read.ok) return { kind: 'link-error', code: read.code };
  if (!read.status.ok) {
    const code = read.status.code;
    return { kind: 'failed', code, cardMayRemain: !cardGone(code) };
  }
  const text = extractTextBlock(read.frame.data);
  // The reply holds the photo and the raw text; wipe it rather than leave it for the collector.
  read.frame.data.fill(0);
  if (!text.ok) return { kind: 'failed', code: text.code, cardMayRemain: true };
  const parsed = parseTextBlock(text.text);
  text.text.fill(0);
  if (!parsed.ok) {
    return {
      kind: 'failed',
      code: parsed.code,
      cardMayRemain: true,
      ...(parsed.field ? { field: parsed.field } : {}),
    };
  }
  return { kind: 'read', card: parsed.card };
}

export type PresenceOutcome =
  | { readonly kind: 'present' }
  | { readonly kind: 'absent' }
  | { readonly kind: 'link-error'; readonly code: LinkErrorCode };

/**
 * A card that has been read no longer answers find-card (it stays halted until it leaves the
 * field), but vendor drivers' "continuous read" mode shows it still answers select. So: the field
 * is empty only when neither find nor select sees a card. A freshly placed card answers find.
 */
export async function probeCardPresence(
  session: SamSession,
  policy: CommandPolicy,
): Promise<PresenceOutcome> {
  const found = await session.execute(samRequest('findCard'), policy);
  if (!found.ok) return { kind: 'link-error', code: found.code };
  if (found.status.ok) return { kind: 'present' };
  const selected = await session.execute(samRequest('selectCard'), policy);
  if (!selected.ok) return { kind: 'link-error', code: selected.code };
  return selected.status.ok ? { kind: 'present' } : { kind: 'absent' };
}
