// Drawn as SVG rather than emoji: a kiosk cannot count on an emoji font being installed.
import type { JourneyId } from '../screens/journeys.js';

const paths: Record<JourneyId, string> = {
  // A raised hand.
  askForHelp:
    'M9 21V10a1.5 1.5 0 0 1 3 0v6V5a1.5 1.5 0 0 1 3 0v11V6a1.5 1.5 0 0 1 3 0v10V9a1.5 1.5 0 0 1 3 0v10c0 4-3 7-7 7h-1c-3 0-5-2-6.5-4L4 17a1.5 1.5 0 0 1 2.3-2L9 18',
  // A magnifying glass.
  checkRequest: 'M13 4a9 9 0 1 1 0 18a9 9 0 1 1 0-18M19.5 19.5L27 27',
  // A telephone handset.
  contactCentre: 'M7 4h5l2 6-3 2c1.5 3 4 5.5 7 7l2-3 6 2v5c0 1-1 2-2 2C13 29 3 19 3 6c0-1 1-2 2-2z',
  // A calendar page.
  appointments: 'M5 7h22v20H5zM5 13h22M10 4v6M22 4v6M10 18h3M15 18h3M20 18h3M10 23h3M15 23h3',
  // A numbered ticket.
  takeNumber: 'M4 9h24v5a2 2 0 0 0 0 4v5H4v-5a2 2 0 0 0 0-4zM12 13v6M17 13h4v3h-4v3h4',
  // A ballot going into a box.
  communityVoice: 'M5 17h22v10H5zM10 17V5h12v12M13 10l2 2 4-4',
};

export function JourneyIcon({ journey }: { journey: JourneyId }) {
  return (
    <svg className="tile__icon" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <path
        d={paths[journey]}
        fill="none"
        stroke="currentColor"
        strokeWidth="2.2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
