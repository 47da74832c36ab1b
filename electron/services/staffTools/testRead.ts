// The staff test read: a card on the reader proves the reader works, and the screen shows no more
// of it than proves that — the name's first character and a star, and the number's first and last
// character with stars between. Nothing of the card is kept or logged.
import type { TestReadResult } from '../../../contract/staffTools.js';
import type { IdCard } from '../../../hardware/idCard/index.js';
import type { CardReaderDevice } from '../devices/cardReaderDevice.js';

export function maskTestName(name: string): string {
  const first = [...name.trim()][0];
  return first === undefined ? '*' : `${first}*`;
}

export function maskTestNumber(number: string): string {
  const characters = [...number];
  if (characters.length <= 2) return '*'.repeat(characters.length);
  const stars = '*'.repeat(Math.min(characters.length - 2, 18));
  return `${characters[0] ?? ''}${stars}${characters.at(-1) ?? ''}`;
}

function nameAndNumber(card: IdCard): { name: string; number: string } {
  switch (card.kind) {
    case 'resident':
    case 'hk-macao-taiwan-permit':
      return { name: card.name, number: card.idNumber };
    case 'foreign-permanent-residence':
      return { name: card.chineseName || card.englishName, number: card.permitNumber };
  }
}

export async function testCardRead(
  reader: Pick<CardReaderDevice, 'read'>,
  waitMs: number,
): Promise<TestReadResult> {
  const read = await reader.read(waitMs);
  if (read.outcome === 'no-card') return { outcome: 'no-card' };
  if (read.outcome === 'error') return { outcome: 'error', code: read.code };
  const { name, number } = nameAndNumber(read.card);
  return { outcome: 'read', maskedName: maskTestName(name), maskedNumber: maskTestNumber(number) };
}
