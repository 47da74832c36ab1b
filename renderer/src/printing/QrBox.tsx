// Where the printer put a QR code, drawn as a box with the code's three corner squares: the
// preview shows what the code holds, not a scannable code.
export function QrBox() {
  return (
    <svg className="qr-box" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
      <rect className="qr-box__frame" x="2" y="2" width="96" height="96" />
      <path className="qr-box__finder" d="M12 12h24v24h-24zM64 12h24v24h-24zM12 64h24v24h-24z" />
      <path className="qr-box__eye" d="M19 19h10v10h-10zM71 19h10v10h-10zM19 71h10v10h-10z" />
    </svg>
  );
}
