// Free and total space of the file system the data dir is on (fs.statfs), for the staff devices
// screen: a full disk is how a kiosk stops saving requests.
import { statfs } from 'node:fs/promises';

export type StatFs = (
  path: string,
) => Promise<{ bavail: number | bigint; bsize: number | bigint; blocks: number | bigint }>;

export async function dataDirDisk(
  dataDir: string,
  read: StatFs = statfs,
): Promise<{ freeBytes: number; totalBytes: number } | null> {
  try {
    const stats = await read(dataDir);
    const size = Number(stats.bsize);
    const freeBytes = Math.floor(Number(stats.bavail) * size);
    const totalBytes = Math.floor(Number(stats.blocks) * size);
    if (!Number.isSafeInteger(freeBytes) || !Number.isSafeInteger(totalBytes)) return null;
    if (freeBytes < 0 || totalBytes < 0) return null;
    return { freeBytes, totalBytes };
  } catch {
    return null;
  }
}
