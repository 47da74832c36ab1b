// Faults the simulator can inject on demand, each for a number of replies or until cleared.
import type { SamCommandName } from '../protocol/commands.js';

export type SimulatorFault =
  /** Replies go out with a wrong checksum byte. */
  | { readonly kind: 'corrupt-checksum' }
  /** Only the first half of each reply is sent. */
  | { readonly kind: 'truncate' }
  /** The SAM reports no card (0x80) even with one in the field. */
  | { readonly kind: 'no-card' }
  /** Card–SAM authentication fails (0x31); by default on the read command. */
  | { readonly kind: 'auth-failed' }
  /** Any SW3 the SAM can send, e.g. 0x60 self-test failed. */
  | { readonly kind: 'status'; readonly sw3: number }
  /** No reply at all: a hung reader. */
  | { readonly kind: 'silence' }
  /** The reply stops half-way for `delayMs`, then continues: a slow or buffered link. */
  | { readonly kind: 'mid-frame-delay'; readonly delayMs: number };

export interface FaultOptions {
  /** How many replies it affects; unlimited until clearFaults() when left out. */
  readonly times?: number;
  /** Which commands it affects; see defaultCommands for the defaults. */
  readonly commands?: readonly SamCommandName[];
}

/** Card faults hit the command where a real SAM would report them; link faults hit every reply. */
export function defaultCommands(fault: SimulatorFault): readonly SamCommandName[] | undefined {
  switch (fault.kind) {
    case 'no-card':
      return ['findCard', 'selectCard', 'readText', 'readWithFingerprint'];
    case 'auth-failed':
      return ['readText', 'readWithFingerprint'];
    default:
      return undefined;
  }
}

export interface ActiveFault {
  readonly fault: SimulatorFault;
  remaining: number;
  readonly commands: readonly SamCommandName[] | undefined;
}

/** Takes the first fault that applies to `command`, using up one of its replies. */
export function takeFault(
  faults: ActiveFault[],
  command: SamCommandName | undefined,
): SimulatorFault | undefined {
  const index = faults.findIndex(
    (active) =>
      active.commands === undefined || (command !== undefined && active.commands.includes(command)),
  );
  const active = faults[index];
  if (!active) return undefined;
  active.remaining -= 1;
  if (active.remaining <= 0) faults.splice(index, 1);
  return active.fault;
}
