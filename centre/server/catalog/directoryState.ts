// The directory the centre serves and everything derived from it, rebuilt together whenever the
// directory is replaced so the ETag, the JSON body and the service catalogue never disagree.
import { createHash } from 'node:crypto';
import { CentreDirectory } from '../../wire/directory.js';
import { type Catalog, buildCatalog } from './catalog.js';

export interface DirectorySnapshot {
  /** The parts of the directory the centre reads (the rest is only passed through). */
  data: CentreDirectory;
  /** The exact bytes served, so the ETag is the hash of what the client receives. */
  body: string;
  /** Strong validator: a hash of the body. */
  etag: string;
  catalog: Catalog;
}

export function snapshotDirectory(input: unknown): DirectorySnapshot {
  const data = CentreDirectory.parse(input);
  // The whole directory as given, unknown parts included: the kiosk reads more of it than the centre.
  const body = JSON.stringify(input);
  const etag = `"${createHash('sha256').update(body).digest('base64url')}"`;
  return { data, body, etag, catalog: buildCatalog(data) };
}

/**
 * If-None-Match uses the weak comparison (RFC 9110 §13.1.2): W/ prefixes are ignored, and "*"
 * matches any current representation.
 */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}
