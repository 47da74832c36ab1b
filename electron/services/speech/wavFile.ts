// espeak-ng writes WAV to a pipe it cannot seek back on, so its header holds placeholder sizes
// (0x7ffff000 bytes of audio). Browsers play such a file only sometimes; sealing the sizes once
// all bytes are in makes it a plain, complete RIFF/WAVE file, whose length also gives its duration.

export interface WavFacts {
  /** Where the audio samples start and how many bytes of them there are. */
  dataOffset: number;
  dataBytes: number;
  byteRate: number;
}

function readChunks(wav: Buffer): WavFacts | null {
  if (wav.length < 44) return null;
  if (wav.toString('latin1', 0, 4) !== 'RIFF' || wav.toString('latin1', 8, 12) !== 'WAVE') {
    return null;
  }
  let byteRate = 0;
  let offset = 12;
  while (offset + 8 <= wav.length) {
    const id = wav.toString('latin1', offset, offset + 4);
    const size = wav.readUInt32LE(offset + 4);
    if (id === 'fmt ' && offset + 20 <= wav.length) byteRate = wav.readUInt32LE(offset + 16);
    if (id === 'data') {
      const dataOffset = offset + 8;
      // The placeholder (or a truncated stream) claims more than is there: count what is.
      const dataBytes = Math.min(size, wav.length - dataOffset);
      return byteRate > 0 ? { dataOffset, dataBytes, byteRate } : null;
    }
    offset += 8 + size + (size % 2);
  }
  return null;
}

/** The file with its RIFF and data sizes made true, or null when it is not a RIFF/WAVE file. */
export function sealWavSizes(wav: Buffer): Buffer | null {
  const facts = readChunks(wav);
  if (!facts) return null;
  const sealed = Buffer.from(wav.subarray(0, facts.dataOffset + facts.dataBytes));
  sealed.writeUInt32LE(sealed.length - 8, 4);
  sealed.writeUInt32LE(facts.dataBytes, facts.dataOffset - 4);
  return sealed;
}

/** How long the file plays, from its byte rate and sample bytes; null when it is not a WAV. */
export function wavDurationMs(wav: Buffer): number | null {
  const facts = readChunks(wav);
  return facts ? Math.round((facts.dataBytes / facts.byteRate) * 1000) : null;
}
