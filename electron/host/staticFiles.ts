// Serves the built renderer from one folder and nothing outside it.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { staticContentTypes } from './contentSecurity.js';

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** Resolves a URL path inside `root`; undefined for anything that would escape it. */
export function resolveStaticPath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const relative = normalize(decoded === '/' ? '/index.html' : decoded).replace(/^([/\\])+/, '');
  const full = join(root, relative);
  return full === root || full.startsWith(root.endsWith(sep) ? root : root + sep)
    ? full
    : undefined;
}

export async function readStaticFile(
  root: string,
  urlPath: string,
): Promise<StaticFile | undefined> {
  const path = resolveStaticPath(root, urlPath);
  if (!path) return undefined;
  const contentType = staticContentTypes[extname(path)];
  if (!contentType) return undefined;
  try {
    return { body: await readFile(path), contentType };
  } catch {
    return undefined;
  }
}

/** Puts the per-launch API token into the page, so only the page we served can call the API. */
export function injectToken(indexHtml: string, metaName: string, token: string): string {
  const tag = `<meta name="${metaName}" content="${token}">`;
  if (!indexHtml.includes('</head>'))
    throw new Error('index.html has no </head> to put the token before.');
  return indexHtml.replace('</head>', `${tag}</head>`);
}
