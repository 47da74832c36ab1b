// KIOSK_PRINTER: which printer, on which link. A bad value stops start-up with a message that
// names the value and lists what is allowed.
//
//   simulator                         the in-process virtual printer (demo default)
//   tcp://HOST[:PORT]                 network printer, raw TCP, port 9100 by default
//   tcp://HOST?hold=5000              … keeping the connection this long after a job (ms)
//   file:/dev/usb/lp0                 USB printer class device (or a FIFO / file to capture)
//   serial:/dev/ttyS0?baud=19200      serial port (COM3 on Windows)
// Options after "?" (any kind): paper=58|80, status=query|none; serial also baud=…, flow=…;
// tcp also hold=MS.
//
// hold: a network printer gets one connection per job by default (hold=0), closed cleanly
// (our FIN, then the printer's) when the job is done. A print server that spools per connection
// (CUPS or Windows "raw" queues, many print boxes) prints only once the connection closes, and
// a printer that accepts one client at a time is free for others between jobs; holding the
// connection for the life of the kiosk stalled the one and monopolised the other. The cost is
// one TCP handshake per job and per idle status poll, a millisecond on a LAN. hold=MS keeps the
// connection that long after the last operation, for a printer that is slow to accept.
import { flowControls, type FlowControl } from '../../link/serialLink.js';
import { paperWidths, type PaperWidth } from '../document/paper.js';

export const defaultPrinterPort = 9100;
export const serialBaudRates = [9600, 19200, 38400, 57600, 115200] as const;
export type SerialBaudRate = (typeof serialBaudRates)[number];
/** The longest hold=: ten minutes; beyond that, a held connection is a monopolised printer. */
export const maxHoldMs = 600_000;

interface CommonSpec {
  readonly paper: PaperWidth;
  readonly statusCheck: 'query' | 'none';
}

export type PrinterSpec =
  | (CommonSpec & { readonly kind: 'simulator' })
  | (CommonSpec & {
      readonly kind: 'tcp';
      readonly host: string;
      readonly port: number;
      /** How long the connection stays open after a job or status query; 0: one per job. */
      readonly holdMs: number;
    })
  | (CommonSpec & { readonly kind: 'file'; readonly path: string })
  | (CommonSpec & {
      readonly kind: 'serial';
      readonly path: string;
      readonly baudRate: SerialBaudRate;
      readonly flowControl: FlowControl;
    });

export const printerSpecHelp =
  'simulator, tcp://HOST[:PORT] (port 9100 by default), file:/ABSOLUTE/DEVICE/PATH ' +
  '(e.g. file:/dev/usb/lp0), or serial:DEVICE (e.g. serial:/dev/ttyS0 or serial:COM3); ' +
  `options after "?": paper=${paperWidths.join('|')}, status=query|none, for tcp ` +
  `hold=MS (keep the connection after a job, 0 to ${maxHoldMs}, default 0: one per job), and for ` +
  `serial baud=${serialBaudRates.join('|')} (default 9600), flow=${flowControls.join('|')}`;

export class PrinterSpecError extends Error {
  override readonly name = 'PrinterSpecError';
  constructor(
    readonly value: string,
    problem: string,
  ) {
    super(`KIOSK_PRINTER="${value}" is not valid: ${problem}. Allowed: ${printerSpecHelp}`);
  }
}

function parseOptions(
  value: string,
  query: string,
  allowed: readonly string[],
): Map<string, string> {
  const options = new Map<string, string>();
  if (query === '') return options;
  for (const pair of query.split('&')) {
    const [key = '', optionValue, ...rest] = pair.split('=');
    if (!allowed.includes(key) || optionValue === undefined || rest.length > 0) {
      throw new PrinterSpecError(
        value,
        `unknown option "${pair}" (allowed: ${allowed.join(', ')})`,
      );
    }
    if (options.has(key)) throw new PrinterSpecError(value, `option "${key}" given twice`);
    options.set(key, optionValue);
  }
  return options;
}

function choose<T extends string | number>(
  value: string,
  name: string,
  given: string | undefined,
  choices: readonly T[],
  fallback: T,
): T {
  if (given === undefined) return fallback;
  const match = choices.find((choice) => String(choice) === given);
  if (match === undefined) {
    throw new PrinterSpecError(
      value,
      `${name} must be one of ${choices.join(', ')}, got "${given}"`,
    );
  }
  return match;
}

function parseTcp(value: string, target: string): { host: string; port: number } {
  const match = /^\/\/(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?\/?$/u.exec(target);
  if (!match?.[1]) throw new PrinterSpecError(value, 'expected tcp://HOST or tcp://HOST:PORT');
  const port = match[2] === undefined ? defaultPrinterPort : Number(match[2]);
  if (port < 1 || port > 65535) throw new PrinterSpecError(value, `port ${port} is out of range`);
  return { host: match[1].replace(/^\[|\]$/gu, ''), port };
}

function parseHold(value: string, given: string | undefined): number {
  if (given === undefined) return 0;
  const ms = /^\d{1,6}$/u.test(given) ? Number(given) : Number.NaN;
  if (!(ms <= maxHoldMs)) {
    throw new PrinterSpecError(
      value,
      `hold must be milliseconds from 0 to ${maxHoldMs}, got "${given}"`,
    );
  }
  return ms;
}

function parseDevicePath(value: string, target: string, allowComPort: boolean): string {
  const path = target.startsWith('///') ? target.slice(2) : target;
  if (path.startsWith('/') && path.length > 1 && !path.includes('\0')) return path;
  if (allowComPort && /^COM\d{1,3}$/iu.test(path)) return path.toUpperCase();
  throw new PrinterSpecError(value, `"${target}" is not an absolute device path`);
}

export function parsePrinterSpec(raw: string): PrinterSpec {
  const value = raw.trim();
  const [head = '', query = '', ...extra] = value.split('?');
  if (extra.length > 0) throw new PrinterSpecError(raw, 'more than one "?"');
  const colon = head.indexOf(':');
  const scheme = (colon < 0 ? head : head.slice(0, colon)).toLowerCase();
  const target = colon < 0 ? '' : head.slice(colon + 1);
  const common = ['paper', 'status'];
  const options = parseOptions(
    raw,
    query,
    scheme === 'serial'
      ? [...common, 'baud', 'flow']
      : scheme === 'tcp'
        ? [...common, 'hold']
        : common,
  );
  const base: CommonSpec = {
    paper: choose(raw, 'paper', options.get('paper'), paperWidths, 58),
    statusCheck: choose(raw, 'status', options.get('status'), ['query', 'none'] as const, 'query'),
  };
  switch (scheme) {
    case 'simulator':
      if (colon >= 0) throw new PrinterSpecError(raw, '"simulator" takes no address');
      return { kind: 'simulator', ...base };
    case 'tcp':
      return {
        kind: 'tcp',
        ...base,
        ...parseTcp(raw, target),
        holdMs: parseHold(raw, options.get('hold')),
      };
    case 'file':
      return { kind: 'file', ...base, path: parseDevicePath(raw, target, false) };
    case 'serial':
      return {
        kind: 'serial',
        ...base,
        path: parseDevicePath(raw, target, true),
        baudRate: choose(raw, 'baud', options.get('baud'), serialBaudRates, 9600),
        flowControl: choose(raw, 'flow', options.get('flow'), flowControls, 'none'),
      };
    default:
      throw new PrinterSpecError(raw, value === '' ? 'it is empty' : `unknown kind "${scheme}"`);
  }
}

/** The spec in its canonical text form, for status screens and logs. */
export function formatPrinterSpec(spec: PrinterSpec): string {
  const options = [`paper=${spec.paper}`];
  if (spec.statusCheck === 'none') options.push('status=none');
  switch (spec.kind) {
    case 'simulator':
      return `simulator?${options.join('&')}`;
    case 'tcp':
      if (spec.holdMs > 0) options.push(`hold=${spec.holdMs}`);
      return `tcp://${spec.host.includes(':') ? `[${spec.host}]` : spec.host}:${spec.port}?${options.join('&')}`;
    case 'file':
      return `file:${spec.path}?${options.join('&')}`;
    case 'serial':
      options.push(`baud=${spec.baudRate}`);
      if (spec.flowControl !== 'none') options.push(`flow=${spec.flowControl}`);
      return `serial:${spec.path}?${options.join('&')}`;
  }
}
