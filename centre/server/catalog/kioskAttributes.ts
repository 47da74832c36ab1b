// The attribute definitions every service declares for the kiosk's own fields. They are optional
// for Open311 clients in general; channel=kiosk makes the kiosk's references required, because a
// kiosk request without its ticket could never be matched back to the resident's receipt.
import { categoryIds, languages, urgencies } from '../../wire/vocabulary.js';
import type { AttributeDatatype } from '../../wire/services.js';
import { type KioskAttributeCode, channels } from '../../wire/requestForm.js';

export interface AttributeSpec {
  code: KioskAttributeCode;
  datatype: AttributeDatatype;
  required: boolean;
  /** Required only when channel=kiosk. */
  requiredForKiosk: boolean;
  description: string;
  datatypeDescription: string | null;
  values: readonly string[] | null;
}

export const kioskAttributes: readonly AttributeSpec[] = [
  {
    code: 'channel',
    datatype: 'singlevaluelist',
    required: true,
    requiredForKiosk: false,
    description: 'Where the request came in (受理渠道).',
    datatypeDescription: null,
    values: channels,
  },
  {
    code: 'kiosk_id',
    datatype: 'string',
    required: false,
    requiredForKiosk: true,
    description: 'The kiosk that took the request (自助机编号).',
    datatypeDescription: 'Letters, digits, - and _; required when channel is kiosk.',
    values: null,
  },
  {
    code: 'ticket',
    datatype: 'string',
    required: false,
    requiredForKiosk: true,
    description: 'The ticket number printed on the receipt (回执单号), e.g. A03-1128-0042.',
    datatypeDescription: 'Required when channel is kiosk.',
    values: null,
  },
  {
    code: 'lookup_code',
    datatype: 'string',
    required: false,
    requiredForKiosk: true,
    description: "The receipt's QR look-up code, unique for ever (查询码).",
    datatypeDescription: 'Required when channel is kiosk; a code already used is refused.',
    values: null,
  },
  {
    code: 'category',
    datatype: 'singlevaluelist',
    required: false,
    requiredForKiosk: false,
    description: "The need category; must be the service's group when given (需求类别).",
    datatypeDescription: null,
    values: categoryIds,
  },
  {
    code: 'urgency',
    datatype: 'singlevaluelist',
    required: false,
    requiredForKiosk: false,
    description: 'How urgent the resident says it is (紧急程度); normal when not given.',
    datatypeDescription: null,
    values: urgencies,
  },
  {
    code: 'emergency',
    datatype: 'singlevaluelist',
    required: false,
    requiredForKiosk: false,
    description: 'Sent with the emergency button (紧急求助); false when not given.',
    datatypeDescription: null,
    values: ['true', 'false'],
  },
  {
    code: 'language',
    datatype: 'singlevaluelist',
    required: false,
    requiredForKiosk: false,
    description: "The resident's language; notices come back in it (语言); zh-CN when not given.",
    datatypeDescription: null,
    values: languages,
  },
  {
    code: 'grid_id',
    datatype: 'string',
    required: false,
    requiredForKiosk: false,
    description: "The resident's grid in the community directory (所属网格).",
    datatypeDescription: 'A grid id from GET /x/directory.json (lower-case slug).',
    values: null,
  },
  {
    code: 'submitted_at',
    datatype: 'datetime',
    required: false,
    requiredForKiosk: false,
    description:
      'When the resident submitted it, which may be before an outage ended (提交时间); becomes requested_datetime.',
    datatypeDescription: 'ISO 8601 with a time zone, e.g. 2026-11-28T09:15:00+08:00.',
    values: null,
  },
];

export const kioskAttributeByCode: ReadonlyMap<string, AttributeSpec> = new Map(
  kioskAttributes.map((spec) => [spec.code, spec]),
);
