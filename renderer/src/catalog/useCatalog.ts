// The five categories and their common needs. Not personal, so one copy serves the visits of a
// few minutes (the centre's platform may replace the data); a failed load is tried again the next
// time a screen asks.
import { useEffect, useState } from 'react';
import type { Catalog } from '../../../contract/index.js';
import { useKioskClient } from '../api/KioskClientContext.js';
import type { KioskClient } from '../api/kioskClient.js';

export type CatalogState =
  { status: 'loading' } | { status: 'ready'; catalog: Catalog } | { status: 'failed' };

const keepMs = 5 * 60_000;
let cached: { at: number; catalog: Promise<Catalog> } | null = null;

function loadCatalog(client: KioskClient): Promise<Catalog> {
  if (!cached || Date.now() - cached.at > keepMs) {
    const catalog = client.call('getCatalog', {}).catch((error: unknown) => {
      cached = null;
      throw error;
    });
    cached = { at: Date.now(), catalog };
  }
  return cached.catalog;
}

export function useCatalog(): CatalogState {
  const client = useKioskClient();
  const [state, setState] = useState<CatalogState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadCatalog(client).then(
      (catalog) => live && setState({ status: 'ready', catalog }),
      () => live && setState({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [client]);
  return state;
}
