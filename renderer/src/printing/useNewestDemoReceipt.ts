// The newest receipt the simulated printer received (demo mode), asked for once per screen.
import { useEffect, useState } from 'react';
import type { DemoKioskCallOutput } from '../../../demo/contract/demoCalls.js';
import { useKioskClient } from '../api/KioskClientContext.js';

export type DemoReceipt = DemoKioskCallOutput<'listDemoReceipts'>['receipts'][number];

export type NewestDemoReceipt =
  | { status: 'loading' }
  | { status: 'ready'; receipt: DemoReceipt }
  /** The printer has printed nothing yet. */
  | { status: 'none' }
  /** Not a demo kiosk, no simulated printer, or the kiosk did not answer. */
  | { status: 'failed' };

export function useNewestDemoReceipt(): NewestDemoReceipt {
  const client = useKioskClient();
  const [state, setState] = useState<NewestDemoReceipt>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    client.call('listDemoReceipts', {}).then(
      ({ receipts }) => {
        if (!live) return;
        const receipt = receipts.at(-1);
        setState(receipt ? { status: 'ready', receipt } : { status: 'none' });
      },
      () => live && setState({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [client]);
  return state;
}
