// Assisted entry's steps: the phone number cannot be skipped (a card read is followed by the phone
// screen), a phone already given is kept, and each journey staff may enter starts where it should.
import { describe, expect, it } from 'vitest';
import type { CardHolder, LocalizedText } from '../../../contract/index.js';
import { startDraft } from '../../../renderer/src/ask/askSteps.js';
import { assistedSteps } from '../../../renderer/src/assisted/assistedSteps.js';
import { assistedMenuJourneys } from '../../../renderer/src/assisted/menuJourneys.js';
import { assistedJourneys } from '../../../contract/assisted.js';

const text = (value: string): LocalizedText => ({ 'zh-CN': value, 'zh-TW': value, en: value });
const card: CardHolder = {
  token: 'tok-1',
  name: '张伟',
  maskedIdNumber: '110105********1236',
  kind: 'resident',
  gridId: null,
};
const draft = startDraft(
  { id: 'basic-living', title: text('基本生活') },
  { id: 'water-leak', title: text('水管漏水'), urgentByDefault: false },
  { location: 'kiosk', questions: [] },
);

describe('assisted steps', () => {
  it('ask for the phone after the card when none was typed', () => {
    expect(assistedSteps.afterCard(draft, card)).toEqual({
      name: 'ask-phone',
      draft: { ...draft, card },
    });
  });

  it('go on to the read-back when the phone is already there', () => {
    const withPhone = { ...draft, phone: '13812345678' };
    expect(assistedSteps.afterCard(withPhone, card)).toEqual({
      name: 'ask-confirm',
      draft: { ...withPhone, card },
    });
  });

  it('start each journey staff may enter, the same list as the contract', () => {
    expect([...assistedMenuJourneys].sort()).toEqual([...assistedJourneys].sort());
    expect(assistedSteps.start('askForHelp')).toEqual({ name: 'ask-category' });
    expect(assistedSteps.start('checkRequest')).toEqual({ name: 'check-menu' });
    expect(assistedSteps.start('emergency')).toEqual({ name: 'assisted-emergency-phone' });
  });
});
