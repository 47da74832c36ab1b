// What a request line asks for, read without anything that can throw. `new URL` throws on targets
// a browser never sends (`http://[/`, `/\[`), and a throw in the request callback ends the process,
// so the host reads the target itself: origin-form by hand, absolute-form through a guarded URL.

export interface RequestTarget {
  /** The path as sent (still percent-encoded), without query or fragment. */
  path: string;
  /** The authority an absolute-form target names; RFC 9112 §3.2.2 puts it before Host. */
  authority: string | undefined;
}

const absoluteForm = /^http:\/\//i;
// Anything a well-formed path never holds: controls, spaces, DEL (all outside `!`..`~` and
// non-ASCII), and backslashes, which WHATWG URL parsing turns into slashes (so into a host).
const notInPath = /[^!-~\u0080-\uffff]|\\/;

function originForm(target: string): string | undefined {
  const end = target.search(/[?#]/);
  const path = end === -1 ? target : target.slice(0, end);
  if (!path.startsWith('/') || notInPath.test(path)) return undefined;
  return path;
}

/** The target's path and authority, or undefined for a target this host does not accept. */
export function readRequestTarget(target: string | undefined): RequestTarget | undefined {
  if (target === undefined || target.length === 0) return undefined;
  if (target.startsWith('/')) {
    const path = originForm(target);
    return path === undefined ? undefined : { path, authority: undefined };
  }
  if (!absoluteForm.test(target)) return undefined; // asterisk-form, authority-form, garbage
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return undefined;
  }
  if (url.username !== '' || url.password !== '') return undefined;
  const path = originForm(url.pathname);
  return path === undefined ? undefined : { path, authority: url.host };
}
