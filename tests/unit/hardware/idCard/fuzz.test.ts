// Seeded, bounded fuzzing of the path from bytes to a card: random and mutated frames, fed to the
// parser in random chunks. Properties: nothing throws or hangs, the parser's buffer stays bounded,
// every frame it emits exists verbatim in the input with a correct LEN and XOR (checked by an
// independent reference scan), and a card only ever comes from such a frame whose read-reply
// layout is also right. IDCARD_FUZZ_FRAMES and IDCARD_FUZZ_SEED make longer or different runs.
import { describe, expect, it } from 'vitest';
import { idCardSchema } from '../../../../hardware/idCard/card/cardTypes.js';
import { inspectIdNumber } from '../../../../hardware/idCard/card/idNumber.js';
import { parseTextBlock } from '../../../../hardware/idCard/card/parseTextBlock.js';
import { encodeResponse, MAX_LEN } from '../../../../hardware/idCard/protocol/frame.js';
import {
  createRequestParser,
  createResponseParser,
} from '../../../../hardware/idCard/protocol/frameParser.js';
import {
  encodeReadReplyData,
  extractTextBlock,
} from '../../../../hardware/idCard/protocol/readReply.js';
import {
  DEMO_CARD_IDS,
  demoCardTextBlock,
} from '../../../../hardware/idCard/simulator/demoCards.js';
import { seededRandom, type Random } from './support/random.js';

const FRAMES = Number(process.env.IDCARD_FUZZ_FRAMES ?? 120_000);
const SEED = Number(process.env.IDCARD_FUZZ_SEED ?? 20_240_611);
const MAX_CHUNK = 512;
/** The "no hang" bound: generous (about 10× the normal pace), and scaled for long runs. */
const BUDGET_MS = Math.max(20_000, FRAMES * 0.1);

const validBlocks = DEMO_CARD_IDS.filter((id) => id !== 'bad-check-digit').map(demoCardTextBlock);
const photo = new Uint8Array(1024).fill(0x5a);

type Source = { bytes: Uint8Array; intactCard: boolean };

function baseFrame(random: Random): Source {
  const roll = random.next();
  if (roll < 0.04) {
    const data = encodeReadReplyData(random.pick(validBlocks), photo);
    return { bytes: encodeResponse({ sw1: 0, sw2: 0, sw3: 0x90, data }), intactCard: true };
  }
  if (roll < 0.06) {
    // A well-formed frame around a random text block: the card checks must catch it.
    const data = encodeReadReplyData(random.bytes(256), photo);
    return { bytes: encodeResponse({ sw1: 0, sw2: 0, sw3: 0x90, data }), intactCard: false };
  }
  const sw3 = random.pick([0x90, 0x9f, 0x80, 0x81, 0x41, 0x31, 0x10, random.int(0, 255)]);
  const data = random.bytes(random.pick([0, 0, 4, 8, random.int(0, 64)]));
  return { bytes: encodeResponse({ sw1: 0, sw2: 0, sw3, data }), intactCard: false };
}

/** Fixes LEN-independent XOR after an inner edit, to make "valid checksum, wrong layout" frames. */
function resealed(frame: Uint8Array): Uint8Array {
  let check = 0;
  for (let index = 5; index < frame.length - 1; index += 1) check ^= frame[index] ?? 0;
  frame[frame.length - 1] = check;
  return frame;
}

function mutate(random: Random, source: Uint8Array): Uint8Array {
  const bytes = Uint8Array.from(source);
  const at = random.int(0, Math.max(0, bytes.length - 1));
  switch (random.int(0, 7)) {
    case 0: // bit flips
      for (let flips = random.int(1, 3); flips > 0; flips -= 1) {
        const index = random.int(0, bytes.length - 1);
        bytes[index] = (bytes[index] ?? 0) ^ (1 << random.int(0, 7));
      }
      return bytes;
    case 1: // a byte lost
      return Uint8Array.from([...bytes.subarray(0, at), ...bytes.subarray(at + 1)]);
    case 2: // a byte gained
      return Uint8Array.from([...bytes.subarray(0, at), random.int(0, 255), ...bytes.subarray(at)]);
    case 3: // cut short
      return bytes.subarray(0, at);
    case 4: // a random LEN
      bytes[5] = random.int(0, 255);
      bytes[6] = random.int(0, 255);
      return bytes;
    case 5: // an inner edit with the checksum recomputed: checksum right, layout or text wrong
      if (bytes.length < 16) return bytes;
      bytes[random.int(7, Math.min(bytes.length - 2, 20))] = random.int(0, 255);
      return resealed(bytes);
    case 6: // noise and a false preamble start in front
      return Uint8Array.from([
        ...random.bytes(random.int(1, 12)),
        0xaa,
        0xaa,
        0xaa,
        0x96,
        ...bytes,
      ]);
    default: // pure noise
      return random.bytes(random.int(1, 40));
  }
}

/** Independent reference: every well-formed frame at every preamble position, keyed by content. */
function referenceFrames(stream: Buffer): Set<string> {
  const found = new Set<string>();
  for (let start = 0; start + 7 <= stream.length; start += 1) {
    if (stream[start] !== 0xaa || stream[start + 1] !== 0xaa || stream[start + 2] !== 0xaa)
      continue;
    if (stream[start + 3] !== 0x96 || stream[start + 4] !== 0x69) continue;
    const len = ((stream[start + 5] ?? 0) << 8) | (stream[start + 6] ?? 0);
    if (len < 4 || len > MAX_LEN || start + 7 + len > stream.length) continue;
    let check = 0;
    for (let index = start + 5; index < start + 6 + len; index += 1) check ^= stream[index] ?? 0;
    if (check !== stream[start + 6 + len]) continue;
    found.add(stream.subarray(start, start + 7 + len).toString('base64'));
  }
  return found;
}

function layoutIsRight(data: Uint8Array): boolean {
  const textLength = ((data[0] ?? 0) << 8) | (data[1] ?? 0);
  const photoLength = ((data[2] ?? 0) << 8) | (data[3] ?? 0);
  return textLength === 256 && photoLength <= 1024 && data.length === 4 + 256 + photoLength;
}

describe('fuzzing bytes → frames → cards', () => {
  it(
    `survives ${FRAMES} random and mutated frames (seed ${SEED})`,
    () => {
      const random = seededRandom(SEED);
      const responses = createResponseParser();
      const requests = createRequestParser();
      let generated = 0;
      let emitted = 0;
      let cards = 0;
      let intactCards = 0;
      const started = Date.now();

      while (generated < FRAMES) {
        const batch: Uint8Array[] = [];
        for (let count = 0; count < 64 && generated < FRAMES; count += 1, generated += 1) {
          const source = baseFrame(random);
          const mutated = random.chance(0.6);
          if (source.intactCard && !mutated) intactCards += 1;
          batch.push(mutated ? mutate(random, source.bytes) : source.bytes);
        }
        const stream = Buffer.concat(batch);
        const valid = referenceFrames(stream);
        // Each batch starts clean, so a frame cannot borrow bytes from the previous batch's stream.
        responses.reset();
        for (let offset = 0; offset < stream.length;) {
          const size = random.chance(0.1) ? 1 : random.int(1, MAX_CHUNK);
          const chunk = stream.subarray(offset, offset + size);
          offset += size;
          requests.push(chunk);
          for (const event of responses.push(chunk)) {
            if (event.kind !== 'frame') continue;
            emitted += 1;
            const key = Buffer.from(encodeResponse(event.frame)).toString('base64');
            expect(valid.has(key), 'a frame that is not in the input').toBe(true);
            const text = extractTextBlock(event.frame.data);
            if (!text.ok) continue;
            expect(layoutIsRight(event.frame.data), 'a text block from a bad layout').toBe(true);
            const parsed = parseTextBlock(text.text);
            if (!parsed.ok) continue;
            cards += 1;
            expect(idCardSchema.safeParse(parsed.card).success).toBe(true);
            if (parsed.card.kind !== 'foreign-permanent-residence') {
              const id = inspectIdNumber(parsed.card.idNumber);
              expect(id.ok && id.facts.birthDate === parsed.card.birthDate).toBe(true);
            }
          }
          expect(responses.bufferedBytes).toBeLessThanOrEqual(7 + MAX_LEN + MAX_CHUNK);
        }
      }

      // A one-line summary (counts only) so a run's strength is visible in the test output.
      console.info(
        `fuzz seed ${SEED}: ${generated} frames, ${emitted} emitted, ${cards} cards ` +
          `(${intactCards} intact card frames), ${Date.now() - started} ms`,
      );
      expect(generated).toBeGreaterThanOrEqual(100_000);
      expect(emitted).toBeGreaterThan(generated * 0.3);
      // Unmutated card frames are found (a rare lucky checksum in junk may shadow one).
      expect(cards).toBeGreaterThanOrEqual(Math.floor(intactCards * 0.95));
      expect(Date.now() - started).toBeLessThan(BUDGET_MS);
    },
    BUDGET_MS + 10_000,
  );

  it('never accepts a random or mutated text block that breaks the card rules', () => {
    const random = seededRandom(SEED ^ 0xabcdef);
    for (let round = 0; round < 20_000; round += 1) {
      const block = random.chance(0.5)
        ? random.bytes(256)
        : (() => {
            const copy = Uint8Array.from(random.pick(validBlocks));
            for (let edits = random.int(1, 4); edits > 0; edits -= 1) {
              copy[random.int(0, 255)] = random.int(0, 255);
            }
            return copy;
          })();
      const parsed = parseTextBlock(block);
      if (!parsed.ok || parsed.card.kind === 'foreign-permanent-residence') continue;
      const id = inspectIdNumber(parsed.card.idNumber);
      expect(id.ok).toBe(true);
      expect(id.ok && id.facts.birthDate).toBe(parsed.card.birthDate);
      expect(id.ok && id.facts.sex).toBe(parsed.card.sex);
    }
  });
});
