// The strict mode's service catalogue (centre/strict/services.json) is data with a schema of its
// own; this pins what the strict-mode tests and the kiosk's automatic mapping rely on: codes unlike
// the kiosk's, a group and Chinese + English keywords on every service, and the attribute kinds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  loadStrictCatalogue,
  parseStrictCatalogue,
  strictCatalogueFile,
} from '../../../centre/server/strict/strictCatalogue.js';
import { demoCommunity } from '../../../demo/community/index.js';

const catalogue = loadStrictCatalogue();
const services = [...catalogue.services.values()];

describe('the strict catalogue', () => {
  it('has 12 to 16 services whose codes are none of the kiosk’s', () => {
    expect(services.length).toBeGreaterThanOrEqual(12);
    expect(services.length).toBeLessThanOrEqual(16);
    const kioskCodes = new Set(demoCommunity.needs.map((need) => need.id));
    expect(services.filter((s) => kioskCodes.has(s.service_code))).toEqual([]);
    for (const code of ['WTR-LEAK', 'ELEC-FAULT', 'BIN', 'MEALS', 'HOMEVISIT', 'CHRONIC']) {
      expect(catalogue.services.has(code), code).toBe(true);
    }
    for (const code of ['JOBS', 'ACTIVITY', 'NOISE', 'PATROL', 'SAFETY-URGENT', 'OTHER']) {
      expect(catalogue.services.has(code), code).toBe(true);
    }
  });

  it('covers the five need areas by group, with Chinese names and Chinese and English keywords', () => {
    const groups = new Set(services.map((s) => s.group));
    for (const group of ['基本生活', '健康医疗', '教育就业', '社会文化', '安全应急']) {
      expect(groups.has(group), group).toBe(true);
    }
    for (const service of services) {
      expect(service.service_name, service.service_code).toMatch(/\p{Script=Han}/u);
      expect(
        service.keywords.some((k) => /\p{Script=Han}/u.test(k)),
        service.service_code,
      ).toBe(true);
      expect(
        service.keywords.some((k) => /^[a-z ]+$/.test(k)),
        service.service_code,
      ).toBe(true);
    }
  });

  it('declares a required singlevaluelist on MEALS, and a multivaluelist, number, datetime and informational attribute somewhere', () => {
    const diet = catalogue.services.get('MEALS')?.attributes.find((a) => a.code === 'diet');
    expect(diet).toMatchObject({ datatype: 'singlevaluelist', required: true, variable: true });
    expect(diet?.values.map((v) => v.key)).toEqual(
      expect.arrayContaining(['regular', 'soft', 'diabetic', 'halal']),
    );
    const attributes = services.flatMap((s) => s.attributes);
    expect(attributes.some((a) => a.datatype === 'multivaluelist' && !a.required)).toBe(true);
    expect(attributes.some((a) => a.datatype === 'number')).toBe(true);
    expect(attributes.some((a) => a.datatype === 'datetime')).toBe(true);
    expect(attributes.some((a) => !a.variable)).toBe(true);
  });

  it('refuses a file that breaks its own rules', () => {
    const file: unknown = JSON.parse(readFileSync(strictCatalogueFile(), 'utf8'));
    const base = file as { services: { service_code: string; attributes: unknown[] }[] };
    const first = base.services[0];
    if (!first) throw new Error('the catalogue is empty');
    expect(() =>
      parseStrictCatalogue({ ...base, services: [...base.services, { ...first }] }),
    ).toThrow(/unique/);
    expect(() =>
      parseStrictCatalogue({ ...base, services: [{ ...first, service_code: 'pipe-leak' }] }),
    ).toThrow();
    const listWithoutValues = {
      code: 'x',
      datatype: 'singlevaluelist',
      required: false,
      variable: true,
      description: 'x',
      datatype_description: '',
      values: [],
    };
    expect(() =>
      parseStrictCatalogue({ ...base, services: [{ ...first, attributes: [listWithoutValues] }] }),
    ).toThrow();
  });
});
