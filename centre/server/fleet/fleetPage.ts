// GET /x/fleet: every kiosk on one plain HTML page for the centre's staff: large type, the state
// in words (never colour alone), no script. It refreshes itself once a minute with a meta tag.
import type { KioskView } from './fleetStatus.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const gib = (bytes: number | null) =>
  bytes === null ? '—' : `${(bytes / 1024 ** 3).toFixed(1)} GiB`;

function row(view: KioskView): string {
  const h = view.heartbeat;
  const cells = [
    h.kioskId,
    view.label,
    h.version,
    `${h.queueDepth}${h.oldestWaitSeconds === null ? '' : ` (oldest ${h.oldestWaitSeconds} s)`}`,
    `${h.printerState}${h.printerDetail ? ` — ${h.printerDetail}` : ''}`,
    h.readerState,
    gib(h.diskFreeBytes),
    view.notes.join('; ') || '—',
  ];
  return `<tr class="${view.state}">${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`;
}

export function fleetPage(views: readonly KioskView[], now: Date): string {
  const headings = [
    'Kiosk',
    'State',
    'Version',
    'Queue',
    'Printer',
    'Card reader',
    'Disk free',
    'Needs a look',
  ];
  const body =
    views.length === 0
      ? '<p>No kiosk has sent a heartbeat yet.</p>'
      : `<table><thead><tr>${headings.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${views.map(row).join('')}</tbody></table>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="60">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kiosks</title>
<style>
body{font:28px/1.4 system-ui,sans-serif;margin:1em;color:#000;background:#fff}
table{border-collapse:collapse;width:100%}th,td{border:2px solid #000;padding:.4em;text-align:left}
tr.online td:nth-child(2){font-weight:bold}tr.unknown,tr.stale,tr.offline,tr.needs-paper{background:#fff3b0}
</style></head><body>
<h1>Kiosks</h1>
<p>As of ${escapeHtml(now.toISOString())}. A kiosk that stops sending heartbeats is "unknown since" its last one: the centre cannot tell a kiosk that is switched off from a network that failed.</p>
${body}
</body></html>
`;
}
