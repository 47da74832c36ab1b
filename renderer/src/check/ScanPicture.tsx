// A receipt held under the scanner's window, drawn.
export function ScanPicture() {
  return (
    <svg className="scan-picture" viewBox="0 0 200 140" aria-hidden="true" focusable="false">
      <rect className="scan-picture__scanner" x="40" y="8" width="120" height="30" rx="8" />
      <path className="scan-picture__beam" d="M70 38 L50 86 M130 38 L150 86" />
      <rect className="scan-picture__receipt" x="46" y="80" width="108" height="56" rx="4" />
      <path
        className="scan-picture__qr"
        d="M60 88h16v16h-16zM84 88h8v8h-8zM60 112h8v8h-8zM76 112h16v16h-16zM100 92h40M100 104h32M100 116h40"
      />
    </svg>
  );
}
