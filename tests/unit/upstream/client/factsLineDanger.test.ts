// The danger a request's words signalled travels in the facts line ("危险 medical+gas"), so the
// platform's staff read why the kiosk made it urgent whatever urgency the resident tapped.
import { describe, expect, it } from 'vitest';
import { undeclaredFactsLine } from '../../../../upstream/client/encodeRequestForm.js';
import { formatFactsLine, parseFactsLine } from '../../../../upstream/wire/index.js';

const facts = {
  ticket: 'A03-1128-0042',
  lookupCode: 'A03-20261128-0042',
  kioskId: 'A03',
  category: 'basic-living',
  urgency: 'urgent',
  emergency: false,
  language: 'zh-CN',
  gridId: null,
  submittedAt: '2026-11-28T09:15:00+08:00',
};

describe('the danger in the facts line', () => {
  it('is written after the staff member and before the routing flag, and read back', () => {
    const line = formatFactsLine({
      kioskId: 'A03',
      urgency: 'urgent',
      assistedBy: 'wang.li',
      danger: 'medical+gas',
      needsRouting: true,
    });
    expect(line).toBe(
      '[自助机 A03 · 紧急程度 urgent · 代办 wang.li · 危险 medical+gas · 转人工分派]',
    );
    expect(parseFactsLine(line)).toMatchObject({ danger: 'medical+gas', needsRouting: true });
  });

  it('goes into the line whatever the platform declares, and only when there is a danger', () => {
    const everythingDeclared = new Set([
      'ticket',
      'lookup_code',
      'kiosk_id',
      'category',
      'urgency',
      'emergency',
      'language',
      'grid_id',
      'submitted_at',
    ]);
    expect(undeclaredFactsLine({ ...facts, danger: 'flood' }, everythingDeclared)).toBe(
      '[自助机 A03 · 危险 flood]',
    );
    expect(undeclaredFactsLine(facts, everythingDeclared)).toBeNull();
  });
});
