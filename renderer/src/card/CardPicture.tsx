// Where the card goes, drawn: the kiosk with its reader pad below the screen, and a card with
// an arrow onto the pad. Words stay outside the drawing so they are translated and large.
export function CardPicture() {
  return (
    <svg className="card-picture" viewBox="0 0 420 260" aria-hidden="true" focusable="false">
      {/* The kiosk, its screen and the reader pad under the screen. */}
      <rect className="card-picture__kiosk" x="30" y="8" width="220" height="244" rx="18" />
      <rect className="card-picture__screen" x="52" y="28" width="176" height="112" rx="8" />
      <rect className="card-picture__pad" x="62" y="166" width="156" height="66" rx="10" />
      <rect className="card-picture__target" x="84" y="176" width="112" height="46" rx="6" />
      {/* The card, face up. */}
      <g className="card-picture__card" transform="translate(282 44) rotate(-8)">
        <rect className="card-picture__card-body" width="120" height="76" rx="8" />
        <rect className="card-picture__card-photo" x="80" y="14" width="28" height="36" rx="3" />
        <path className="card-picture__card-lines" d="M12 20h56M12 34h48M12 48h56M12 62h92" />
      </g>
      {/* The arrow onto the pad. */}
      <path className="card-picture__arrow" d="M330 140 C330 190 290 200 232 200" />
      <path className="card-picture__arrow" d="M248 186 L230 200 L248 214" />
    </svg>
  );
}
