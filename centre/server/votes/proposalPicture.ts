// Each proposal's picture, drawn here as a small SVG (a real centre serves photographs): a
// coloured tile with a plain shape, so the kiosk has a real image to fetch, cache and show, and
// a centre without the files still works. No text in the picture: the card says the title.
const palette: Record<string, { sky: string; shape: string }> = {
  benches: { sky: '#cfe8d5', shape: '#6b4423' },
  handrails: { sky: '#dfe3ee', shape: '#4a5a78' },
  lights: { sky: '#1f2a44', shape: '#f5d76e' },
  canteen: { sky: '#f7e3c6', shape: '#a0522d' },
  garden: { sky: '#d9f0c8', shape: '#2e7d32' },
};

const shapes: Record<string, string> = {
  benches:
    '<rect x="40" y="70" width="160" height="14" /><rect x="40" y="40" width="160" height="10" /><rect x="55" y="84" width="10" height="36" /><rect x="175" y="84" width="10" height="36" />',
  handrails:
    '<path d="M30 130 L90 100 L150 70 L210 40" stroke-width="10" fill="none" /><rect x="30" y="130" width="190" height="10" />',
  lights: '<rect x="114" y="50" width="12" height="90" /><circle cx="120" cy="45" r="18" />',
  canteen:
    '<rect x="50" y="70" width="140" height="12" /><rect x="60" y="82" width="10" height="50" /><rect x="170" y="82" width="10" height="50" /><circle cx="95" cy="60" r="8" /><circle cx="145" cy="60" r="8" />',
  garden:
    '<circle cx="80" cy="80" r="22" /><circle cx="160" cy="75" r="28" /><rect x="30" y="115" width="180" height="20" />',
};

export function proposalPicture(proposalId: string): string | undefined {
  const colours = palette[proposalId];
  const shape = shapes[proposalId];
  if (!colours || !shape) return undefined;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 160" width="240" height="160">` +
    `<rect width="240" height="160" fill="${colours.sky}" />` +
    `<g fill="${colours.shape}" stroke="${colours.shape}">${shape}</g></svg>`
  );
}
