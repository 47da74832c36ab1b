// The kiosk's facts in the last line of a request's description, for platforms that do not
// declare attributes for them. Platform staff read it to match a receipt to a record; the kiosk
// parses it back to find a request it may have sent before. One line, always last:
//
//   [自助机 A03 · 回执 A03-1128-0042 · 查询码 A03-20261128-0042 · 类别 basic-living · 紧急程度 urgent · 紧急求助 · 语言 zh-CN · 网格 xfl-north · 提交 2026-11-28T01:15:00Z · 代办 wang.li]
//
// It opens with "[自助机 " and the kiosk id, then " · "-separated "label value" parts in that
// order, each only when the fact is not sent as a declared attribute ("代办", the staff member who
// entered the request for the resident, has no attribute and is written whenever there is one);
// "紧急求助" (emergency) is a bare flag, present only for emergencies, as is "转人工分派" (needs
// routing: the kiosk found nothing in the community that fits, so a person routes it), last;
// "危险 medical+gas", just before it, names the danger the resident's words signalled (why the
// kiosk made the request urgent whatever urgency was tapped); the line ends with "]". Values are plain tokens
// (letters, digits, - _ . : +), so the separators can never appear inside one. Unknown labels
// are ignored by the parser, so the format can grow.
import { maxDescriptionChars } from './requestForm.js';

export interface LineFacts {
  kioskId: string;
  ticket?: string;
  lookupCode?: string;
  category?: string;
  urgency?: string;
  /** Only ever true in a parsed line: the flag is written for emergencies alone. */
  emergency?: boolean;
  language?: string;
  gridId?: string;
  submittedAt?: string;
  /** The staff id of whoever entered the request for the resident (assisted entry, 代办). */
  assistedBy?: string;
  /** Only ever true in a parsed line: the flag is written for requests a person must route. */
  needsRouting?: boolean;
  /** The danger kinds the resident's words signalled ("medical+gas"): why it is urgent. */
  danger?: string;
}

type Flag = 'emergency' | 'needsRouting';
type ValuedFact = Exclude<keyof LineFacts, 'kioskId' | Flag>;

const opening = '[自助机 ';
const closing = ']';
const separator = ' · ';
const emergencyFlag = '紧急求助';
const routingFlag = '转人工分派';
const flags: Readonly<Record<Flag, string>> = {
  emergency: emergencyFlag,
  needsRouting: routingFlag,
};
const isFlag = (fact: ValuedFact | Flag): fact is Flag => fact in flags;
const labels: readonly (readonly [ValuedFact | Flag, string])[] = [
  ['ticket', '回执'],
  ['lookupCode', '查询码'],
  ['category', '类别'],
  ['urgency', '紧急程度'],
  ['emergency', emergencyFlag],
  ['language', '语言'],
  ['gridId', '网格'],
  ['submittedAt', '提交'],
  ['assistedBy', '代办'],
  ['danger', '危险'],
  ['needsRouting', routingFlag],
];
const factByLabel = new Map(labels.map(([fact, label]) => [label, fact]));

/** What a value in the line may look like. */
export const factValuePattern = /^[A-Za-z0-9][A-Za-z0-9_.:+-]{0,63}$/;

export function formatFactsLine(facts: LineFacts): string {
  const token = (value: string): string => {
    if (!factValuePattern.test(value)) throw new RangeError('A fact is not a plain token.');
    return value;
  };
  const parts = [`${opening}${token(facts.kioskId)}`];
  for (const [fact, label] of labels) {
    if (isFlag(fact)) {
      if (facts[fact] === true) parts.push(flags[fact]);
      continue;
    }
    const value = facts[fact];
    if (value !== undefined) parts.push(`${label} ${token(value)}`);
  }
  return `${parts.join(separator)}${closing}`;
}

/** The facts of a description's last line, or null when it does not end with a facts line. */
export function parseFactsLine(description: string | null | undefined): LineFacts | null {
  const lines = (description ?? '').split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
  const last = lines[lines.length - 1]?.trim();
  if (last === undefined || !last.startsWith(opening) || !last.endsWith(closing)) return null;
  const [head, ...rest] = last.slice(opening.length, -closing.length).split(separator);
  if (head === undefined || !factValuePattern.test(head)) return null;
  const facts: LineFacts = { kioskId: head };
  for (const part of rest) {
    const space = part.indexOf(' ');
    const label = space < 0 ? part : part.slice(0, space);
    const fact = factByLabel.get(label);
    if (fact !== undefined && isFlag(fact)) {
      if (space < 0) facts[fact] = true;
      continue;
    }
    const value = space < 0 ? '' : part.slice(space + 1);
    if (fact !== undefined && factValuePattern.test(value)) facts[fact] = value;
  }
  return facts;
}

/** Control characters other than line breaks and tabs never reach a platform. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * The description as sent: the resident's words (line breaks normalised, trimmed, a line of
 * theirs that looks like a facts line defused), then the facts line, within maxChars (UTF-16
 * units, as JavaScript and most platforms count). Only the resident's words are ever cut, at a
 * whole character, and a cut is marked with "…".
 */
export function composeDescription(
  residentText: string,
  factsLine: string | null,
  maxChars: number = maxDescriptionChars,
): string {
  const text = residentText
    .replace(/\r\n?/g, '\n')
    .replace(controlCharacters, '')
    .split('\n')
    .map((line) => (line.trimStart().startsWith('[自助机') ? line.replace('[', '［') : line))
    .join('\n')
    .trim();
  if (factsLine !== null && factsLine.length > maxChars) {
    throw new RangeError('The facts line alone is longer than a description may be.');
  }
  const budget = factsLine === null ? maxChars : maxChars - factsLine.length - 1;
  const kept = cutToLength(text, budget);
  if (factsLine === null) return kept;
  return kept === '' ? factsLine : `${kept}\n${factsLine}`;
}

function cutToLength(text: string, budget: number): string {
  if (text.length <= budget) return text;
  if (budget <= 0) return '';
  let kept = '';
  for (const character of text) {
    if (kept.length + character.length > budget - 1) break;
    kept += character;
  }
  return `${kept.trimEnd()}…`;
}
