// The screens that belong to no one journey: home (drawn by Visit itself), the emergency alert
// and demo mode's receipt preview.
import { EmergencyScreen } from '../emergency/EmergencyScreen.js';
import { ReceiptPreviewScreen } from '../printing/ReceiptPreviewScreen.js';
import type { CommonScreen } from './commonScreen.js';
import type { ScreenGroup } from './screenRegistry.js';

export const commonScreens: ScreenGroup<CommonScreen> = {
  finished: ['emergency'],
  screens: {
    home: () => null,
    emergency: (_screen, { emergency, hotline, onForget }) => (
      <EmergencyScreen outcome={emergency} hotline={hotline} onDone={onForget} />
    ),
    'receipt-preview': () => <ReceiptPreviewScreen />,
  },
};
