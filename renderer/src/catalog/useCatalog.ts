// The five categories and their common needs. Not personal, so one copy serves the visits of a
// few minutes (the centre's platform may replace the data); a failed load is tried again the next
// time a screen asks. A screen opened while the copy is fresh draws the catalog at once, instead
// of "loading" and a second render a microtask later (both before the first paint of a tap).
import { useEffect, useState } from 'react';
import type { Catalog } from '../../../contract/index.js';
import { useKioskClient } from '../api/KioskClientContext.js';
import type { KioskClient } from '../api/kioskClient.js';

export type CatalogState =
  { status: 'loading' } | { status: 'ready'; catalog: Catalog } | { status: 'failed' };

const keepMs = 5 * 60_000;
let cached: { at: number; catalog: Promise<Catalog>; loaded?: Catalog } | null = null;

const isFresh = (copy: { at: number }) => Date.now() - copy.at <= keepMs;

function loadCatalog(client: KioskClient): Promise<Catalog> {
  if (!cached || !isFresh(cached)) {
    const copy: NonNullable<typeof cached> = {
      at: Date.now(),
      catalog: client.call('getCatalog', {}).then(
        (catalog) => {
          copy.loaded = catalog;
          return catalog;
        },
        (error: unknown) => {
          cached = null;
          throw error;
        },
      ),
    };
    cached = copy;
  }
  return cached.catalog;
}

/** The catalog already loaded and still fresh, if there is one. */
function loadedCatalog(): CatalogState {
  return cached?.loaded && isFresh(cached)
    ? { status: 'ready', catalog: cached.loaded }
    : { status: 'loading' };
}

export function useCatalog(): CatalogState {
  const client = useKioskClient();
  const [state, setState] = useState<CatalogState>(loadedCatalog);
  useEffect(() => {
    let live = true;
    loadCatalog(client).then(
      (catalog) =>
        live &&
        setState((shown) =>
          shown.status === 'ready' && shown.catalog === catalog
            ? shown
            : { status: 'ready', catalog },
        ),
      () => live && setState({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [client]);
  return state;
}
