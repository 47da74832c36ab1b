// A loudspeaker, drawn as SVG: a kiosk cannot count on an emoji font being installed.
export function SpeakerIcon({ speaking }: { speaking: boolean }) {
  return (
    <svg className="read-aloud__icon" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <path
        d={
          speaking
            ? 'M8 8h16v16H8z'
            : 'M4 12h6l8-6v20l-8-6H4zM22 11c2 2.5 2 7.5 0 10M25.5 7.5c4.5 4.5 4.5 12.5 0 17'
        }
        fill={speaking ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="2.4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
