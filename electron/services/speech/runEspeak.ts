// One run of espeak-ng: spawned with an argument array (no shell), the text written to its stdin
// and never to its command line, its WAV collected from stdout up to a cap, and killed when it
// overruns its time, its cap, or is cancelled. Every way it can end is one RunOutcome; nothing
// here throws, and nothing logs (the caller logs the outcome, never the text).
import { type ChildProcess, spawn } from 'node:child_process';

export type SpawnProcess = (command: string, args: readonly string[]) => ChildProcess;

export const spawnWithPipes: SpawnProcess = (command, args) =>
  spawn(command, args, { stdio: ['pipe', 'pipe', 'ignore'], windowsHide: true });

export type RunOutcome =
  | { kind: 'output'; bytes: Buffer }
  | { kind: 'cancelled' }
  | { kind: 'failed'; reason: 'missing' | 'start-failed' | 'timeout' | 'too-large' | 'exit' };

export interface EspeakRun {
  outcome: Promise<RunOutcome>;
  cancel(): void;
}

export interface RunLimits {
  timeoutMs: number;
  maxOutputBytes: number;
}

export function runEspeak(
  spawnProcess: SpawnProcess,
  command: string,
  args: readonly string[],
  input: string,
  limits: RunLimits,
): EspeakRun {
  let settle: (outcome: RunOutcome) => void = () => undefined;
  const outcome = new Promise<RunOutcome>((resolve) => {
    settle = resolve;
  });
  let settled = false;
  let child: ChildProcess | undefined;

  const finish = (result: RunOutcome) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    // A finished or abandoned run leaves no process behind.
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    child?.stdout?.destroy();
    settle(result);
  };
  const timer = setTimeout(() => finish({ kind: 'failed', reason: 'timeout' }), limits.timeoutMs);

  try {
    child = spawnProcess(command, args);
  } catch {
    finish({ kind: 'failed', reason: 'start-failed' });
    return { outcome, cancel: () => undefined };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  child.on('error', (error: NodeJS.ErrnoException) =>
    finish({ kind: 'failed', reason: error.code === 'ENOENT' ? 'missing' : 'start-failed' }),
  );
  child.stdout?.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > limits.maxOutputBytes) finish({ kind: 'failed', reason: 'too-large' });
    else chunks.push(chunk);
  });
  child.on('close', (code) =>
    finish(
      code === 0
        ? { kind: 'output', bytes: Buffer.concat(chunks) }
        : { kind: 'failed', reason: 'exit' },
    ),
  );
  // A program that exits early closes the pipe under our feet: that is its exit code's story.
  child.stdin?.on('error', () => undefined);
  child.stdin?.end(input, 'utf8');
  return { outcome, cancel: () => finish({ kind: 'cancelled' }) };
}
