// Serves the built renderer from one folder and nothing outside it: not by a path that climbs
// out (../), and not through a symlink inside the folder that points elsewhere (/etc/passwd).
import { readFile, realpath } from 'node:fs/promises';
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
  return isInside(root, full) ? full : undefined;
}

function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * The file's real location, when it is inside the root's real location. The name check above
 * cannot see symlinks; this one follows every link (in the folder and in the path) first.
 */
async function realPathInside(root: string, path: string): Promise<string | undefined> {
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(path)]);
    return isInside(realRoot, realFile) ? realFile : undefined;
  } catch {
    return undefined;
  }
}

export async function readStaticFile(
  root: string,
  urlPath: string,
): Promise<StaticFile | undefined> {
  const path = resolveStaticPath(root, urlPath);
  if (!path) return undefined;
  const contentType = staticContentTypes[extname(path)];
  if (!contentType) return undefined;
  const real = await realPathInside(root, path);
  if (!real) return undefined;
  try {
    return { body: await readFile(real), contentType };
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
