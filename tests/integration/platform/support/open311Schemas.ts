// The JSON Schemas the Open311 project published (tests/fixtures/open311-schemas/, unchanged),
// compiled with ajv, to check what the kiosk sent as a strict platform stored and lists it. The
// same two deviations tests/integration/centre/publishedSchemas.test.ts allows for strict mode —
// booleans as "true"/"false" strings and an empty media_url — and nothing else.
import { Ajv, type AnySchema, type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';

type Json = Record<string, unknown>;

const schemaNames = [
  'service.json',
  'services.json',
  'service-definition.json',
  'request.json',
  'requests.json',
] as const;
type SchemaName = (typeof schemaNames)[number];

const w3cDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const stringBoolean = { anyOf: [{ type: 'boolean' }, { type: 'string', enum: ['true', 'false'] }] };

function withStrictDeviations(schemas: Record<string, Json>): Record<string, Json> {
  const copy = structuredClone(schemas);
  const props = (schema: Json | undefined) => (schema?.properties ?? {}) as Record<string, Json>;
  const service = props(copy['service.json']);
  service.metadata = { ...stringBoolean, description: service.metadata?.description };
  const attribute = props((props(copy['service-definition.json']).attributes?.items ?? {}) as Json);
  for (const name of ['variable', 'required']) {
    attribute[name] = { ...stringBoolean, description: attribute[name]?.description };
  }
  const request = props(copy['request.json']);
  request.media_url = {
    anyOf: [...((request.media_url?.anyOf ?? []) as Json[]), { type: 'string', const: '' }],
  };
  return copy;
}

/** Validators for the strict platform's replies; each returns ajv's errors, [] when valid. */
export function strictOpen311Validators(): Record<SchemaName, (value: unknown) => string[]> {
  const published = Object.fromEntries(
    schemaNames.map((name) => [
      name,
      JSON.parse(readFileSync(`tests/fixtures/open311-schemas/${name}`, 'utf8')) as Json,
    ]),
  );
  const ajv = new Ajv({
    allErrors: true,
    // The 2016 schemas put minItems beside $ref and use formats ajv does not bundle.
    strict: false,
    formats: { 'date-time': w3cDateTime, uri: (value: string) => URL.canParse(value) },
  });
  for (const [name, schema] of Object.entries(withStrictDeviations(published)))
    ajv.addSchema(schema as AnySchema, name);
  const check = (validate: ValidateFunction) => (value: unknown) =>
    validate(value)
      ? []
      : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
  return Object.fromEntries(
    schemaNames.map((name) => {
      const validate = ajv.getSchema(name);
      if (!validate) throw new Error(`schema ${name} did not compile`);
      return [name, check(validate)];
    }),
  ) as Record<SchemaName, (value: unknown) => string[]>;
}
