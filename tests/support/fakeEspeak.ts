// A stand-in for espeak-ng for tests that are about the call, not the voice: a shell script that
// reads its text from stdin, records its arguments and the text's length, sleeps for ever when
// the text says "slow" (so a newer call must cancel it), fails when it says "fail", and
// otherwise answers a small real WAV file with espeak-ng's placeholder sizes.
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Mono 16-bit 22,050 Hz, as espeak-ng writes it to a pipe: sizes 0x7ffff000, unknown length. */
export function placeholderWav(samples: number): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(0x7ffff024, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(22050, 24);
  header.writeUInt32LE(44100, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(0x7ffff000, 40);
  return Buffer.concat([header, Buffer.alloc(samples * 2, 1)]);
}

export interface FakeEspeak {
  binary: string;
  /** One line per run: its arguments, then the byte length of the text it was given. */
  argsFile: string;
}

export function writeFakeEspeak(dir: string): FakeEspeak {
  const wav = join(dir, 'half-second.wav');
  writeFileSync(wav, placeholderWav(11025));
  const argsFile = join(dir, 'espeak-args.txt');
  const binary = join(dir, 'fake-espeak-ng');
  writeFileSync(
    binary,
    [
      '#!/bin/sh',
      'text=$(cat)',
      `printf '%s | %s\\n' "$*" "$(printf '%s' "$text" | wc -c)" >> '${argsFile}'`,
      'case "$text" in *slow*) exec sleep 30 ;; *fail*) exit 3 ;; esac',
      `exec cat '${wav}'`,
      '',
    ].join('\n'),
  );
  chmodSync(binary, 0o755);
  return { binary, argsFile };
}
