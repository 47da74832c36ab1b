// The order of the "Ask for help" screens and the draft the services receive, the platform's
// questions and the chosen place included.
import { describe, expect, it } from 'vitest';
import type { AttributeQuestion, CardHolder, LocalizedText } from '../../../contract/index.js';
import { RequestDraft } from '../../../contract/index.js';
import { askSteps, startDraft } from '../../../renderer/src/ask/askSteps.js';
import { toRequestDraft } from '../../../renderer/src/ask/requestDraft.js';
import type { AskDraft, AskPlatform } from '../../../renderer/src/ask/askDraft.js';
import type { Screen } from '../../../renderer/src/visit/screens.js';

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
const atKiosk: AskPlatform = { location: 'kiosk', questions: [] };
const question = (
  code: string,
  order: number,
  overrides: Partial<AttributeQuestion> = {},
): AttributeQuestion => ({
  code,
  datatype: 'singlevaluelist',
  required: true,
  description: code,
  datatypeDescription: null,
  order,
  values: [
    { key: 'soft', name: '软食' },
    { key: 'halal', name: '清真' },
  ],
  maxLength: null,
  ...overrides,
});
// Listed out of order on purpose: the screens follow `order`.
const meals: AskPlatform = {
  location: 'choice',
  questions: [
    question('delivery_days', 3, {
      datatype: 'multivaluelist',
      required: false,
      values: [
        { key: 'mon', name: '周一' },
        { key: 'fri', name: '周五' },
      ],
    }),
    question('diet', 2),
  ],
};

function draftOf(screen: Screen): AskDraft {
  if (!('draft' in screen)) throw new Error(`${screen.name} carries no draft`);
  return screen.draft;
}

describe('ask for help steps', () => {
  it('go need → urgency → who → confirm with a card when the platform asks nothing', () => {
    const draft = startDraft(category, need, atKiosk);
    const urgency = askSteps.afterNeed(draft);
    expect(urgency.name).toBe('ask-urgency');
    const who = askSteps.afterUrgency(draft, 'urgent');
    expect(who).toMatchObject({ name: 'ask-who', draft: { urgency: 'urgent' } });
    const confirm = askSteps.afterCard(draft, card);
    expect(confirm).toMatchObject({ name: 'ask-confirm', draft: { card } });
  });

  it('ask for a description only for "something else", then its questions', () => {
    expect(askSteps.afterNeed(startDraft(category, null, atKiosk)).name).toBe('ask-describe');
    const other = startDraft(category, null, meals);
    expect(askSteps.afterDescribe(other, '想订餐')).toMatchObject({
      name: 'ask-question',
      index: 0,
      draft: { description: '想订餐' },
    });
  });

  it('ask each question in the platform’s order before urgency, and keep only answers given', () => {
    const draft = startDraft(category, need, meals);
    expect(draft.platform.questions.map((q) => q.code)).toEqual(['diet', 'delivery_days']);
    const first = askSteps.afterNeed(draft);
    expect(first).toMatchObject({ name: 'ask-question', index: 0 });
    const second = askSteps.afterQuestion(draftOf(first), 0, 'soft');
    expect(second).toMatchObject({
      name: 'ask-question',
      index: 1,
      draft: { answers: { diet: 'soft' } },
    });
    const answered = askSteps.afterQuestion(draftOf(second), 1, ['mon', 'fri']);
    expect(answered).toMatchObject({
      name: 'ask-urgency',
      draft: { answers: { diet: 'soft', delivery_days: ['mon', 'fri'] } },
    });
    // Coming Back and skipping the optional one takes its earlier answer out.
    const skipped = askSteps.afterQuestion(draftOf(second), 1, null);
    expect(skipped.name).toBe('ask-urgency');
    expect(draftOf(skipped).answers).toEqual({ diet: 'soft' });
  });

  it('ask where after who for needs attended at home, then confirm', () => {
    const draft = { ...startDraft(category, need, meals), urgency: 'normal' as const };
    const where = askSteps.afterCard(draft, card);
    expect(where).toMatchObject({ name: 'ask-location', draft: { card } });
    expect(askSteps.afterName({ ...draft, phone: '13800138000' }, null).name).toBe('ask-location');
    const confirm = askSteps.afterLocation(draftOf(where), { kind: 'card-address' });
    expect(confirm).toMatchObject({
      name: 'ask-confirm',
      draft: { location: { kind: 'card-address' } },
    });
    // A phone added from the confirmation keeps the place already chosen.
    expect(askSteps.afterPhone(draftOf(confirm), '13800138000').name).toBe('ask-confirm');
  });

  it('go phone → name → confirm without a card, and phone → confirm with one', () => {
    const draft = startDraft(category, need, atKiosk);
    expect(askSteps.afterPhone(draft, '13800138000').name).toBe('ask-name');
    expect(askSteps.afterPhone({ ...draft, card }, '13800138000').name).toBe('ask-confirm');
    expect(askSteps.afterName(draft, '王女士')).toMatchObject({
      name: 'ask-confirm',
      draft: { name: '王女士' },
    });
  });

  it('build drafts the contract accepts', () => {
    const withCard = toRequestDraft(
      { ...startDraft(category, need, atKiosk), urgency: 'normal', card },
      'zh-CN',
    );
    expect(RequestDraft.parse(withCard)).toMatchObject({
      needId: 'water-leak',
      contact: { cardToken: 'tok-1' },
      attributes: {},
      location: { kind: 'kiosk' },
    });
    expect(withCard).not.toHaveProperty('location');
    const withPhone = toRequestDraft(
      {
        ...startDraft(category, null, atKiosk),
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

  it('build a draft with the answers and only the place chosen', () => {
    const answered: AskDraft = {
      ...startDraft(category, need, meals),
      urgency: 'normal',
      phone: '13800138000',
      answers: { diet: 'halal', delivery_days: ['fri'] },
      location: { kind: 'typed', building: '幸福里小区3号楼', room: '2单元501' },
    };
    expect(RequestDraft.parse(toRequestDraft(answered, 'zh-CN'))).toMatchObject({
      attributes: { diet: 'halal', delivery_days: ['fri'] },
      location: { kind: 'typed', building: '幸福里小区3号楼', room: '2单元501' },
    });
    // A place left over from a need attended at home is not sent for one at the kiosk.
    const atKioskNeed = toRequestDraft({ ...answered, platform: atKiosk, answers: {} }, 'zh-CN');
    expect(atKioskNeed).not.toHaveProperty('location');
    expect(atKioskNeed.attributes).toEqual({});
  });
});
