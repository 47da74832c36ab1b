// A connection to a printer or card reader stays open for the kiosk's whole run, and its
// `closed` promise stays pending all that time. Code that wants to hear of the close for one job
// or one query must not attach a .then per job: each reaction (and what its closure holds) stays
// on the promise until the connection ends, months later. The soak found ~1 KB kept per receipt.
// So one reaction per connection serves every watcher, and a watcher removes itself when done.
import type { Connection, LinkError } from './link.js';

type CloseWatcher = (error: LinkError | undefined) => void;

const watchersOf = new WeakMap<Connection, Set<CloseWatcher>>();

/** Calls onClosed once if the connection ends before the returned function is called. */
export function watchClose(connection: Connection, onClosed: CloseWatcher): () => void {
  let watchers = watchersOf.get(connection);
  if (!watchers) {
    const created = new Set<CloseWatcher>();
    watchersOf.set(connection, created);
    void connection.closed.then((error) => {
      for (const watcher of [...created]) watcher(error);
      created.clear();
    });
    watchers = created;
  }
  const current = watchers;
  current.add(onClosed);
  return () => current.delete(onClosed);
}
