// The order of the "Ask for help" screens and the draft the services receive.
import { describe, expect, it } from 'vitest';
import type { CardHolder, LocalizedText } from '../../../contract/index.js';
import { RequestDraft } from '../../../contract/index.js';
import { askSteps, startDraft } from '../../../renderer/src/ask/askSteps.js';
import { toRequestDraft } from '../../../renderer/src/ask/requestDraft.js';

const text = (value: string): LocalizedText => ({ 'zh-CN': value, 'zh-TW': value, en: value });
const category = { id: 'basic-living' as const, title: text('基本生活') };
const need = { id: 'water-leak', title: text('水管漏水'), urgentByDefault: false };
const card: CardHolder = {
  token: 'tok-1',
  name: '张伟',
  maskedIdNumber: '110105********1236',
  kind: 'resident',
  gridId: null,
};

describe('ask for help steps', () => {
  it('go need → urgency → who → confirm with a card', () => {
    const draft = startDraft(category, need);
    const urgency = askSteps.afterNeed(draft);
    expect(urgency.name).toBe('ask-urgency');
    const who = askSteps.afterUrgency(draft, 'urgent');
    expect(who).toMatchObject({ name: 'ask-who', draft: { urgency: 'urgent' } });
    const confirm = askSteps.afterCard(draft, card);
    expect(confirm).toMatchObject({ name: 'ask-confirm', draft: { card } });
  });

  it('ask for a description only for "something else"', () => {
    expect(askSteps.afterNeed(startDraft(category, null)).name).toBe('ask-describe');
  });

  it('go phone → name → confirm without a card, and phone → confirm with one', () => {
    const draft = startDraft(category, need);
    expect(askSteps.afterPhone(draft, '13800138000').name).toBe('ask-name');
    expect(askSteps.afterPhone({ ...draft, card }, '13800138000').name).toBe('ask-confirm');
    expect(askSteps.afterName(draft, '王女士')).toMatchObject({
      name: 'ask-confirm',
      draft: { name: '王女士' },
    });
  });

  it('build drafts the contract accepts', () => {
    const withCard = toRequestDraft(
      { ...startDraft(category, need), urgency: 'normal', card },
      'zh-CN',
    );
    expect(RequestDraft.parse(withCard)).toMatchObject({
      needId: 'water-leak',
      contact: { cardToken: 'tok-1' },
    });
    const withPhone = toRequestDraft(
      {
        ...startDraft(category, null),
        description: '家里东西坏了',
        urgency: 'urgent',
        phone: '01065123456',
        name: '王女士',
      },
      'en',
    );
    expect(RequestDraft.parse(withPhone)).toMatchObject({
      needId: null,
      contact: { phone: '01065123456', name: '王女士' },
    });
    expect(withPhone.contact).not.toHaveProperty('cardToken');
  });
});
