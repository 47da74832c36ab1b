// The single gate every call passes, whatever the transport: the input is checked against the
// contract before a service sees it, and the output is checked before the caller does. The table
// is the production contract, plus the demo calls on a kiosk in demo mode only. A reply the
// service already checked against the same schema (checkedOutput.ts) is not checked twice.
import type { z } from 'zod';
import { type ApiError, type ApiReply, KioskError, kioskCalls } from '../../contract/index.js';
import { alreadyChecked } from './checkedOutput.js';
import type { CallHandlers, CallTable } from './demoKitTypes.js';
import type { Logger } from './logger.js';

export type CallDispatcher = (name: string, rawInput: unknown) => Promise<ApiReply<unknown>>;

function describeIssues(error: z.ZodError): ApiError {
  const first = error.issues[0];
  const where = first && first.path.length > 0 ? first.path.join('.') : 'input';
  return {
    code: 'invalid-input',
    message: `${where}: ${first?.message ?? 'invalid'}`,
    path: first?.path.filter((part) => typeof part !== 'symbol') as (string | number)[],
  };
}

export function createDispatcher(
  services: CallHandlers,
  logger: Logger,
  calls: CallTable = kioskCalls,
): CallDispatcher {
  return async (name, rawInput) => {
    const spec = Object.hasOwn(calls, name) ? calls[name] : undefined;
    const service = Object.hasOwn(services, name) ? services[name] : undefined;
    if (!spec || !service) {
      return { ok: false, error: { code: 'unknown-call', message: `No call named "${name}".` } };
    }
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
    try {
      // The tables are keyed by name, so the service and its schema always belong together.
      const value: unknown = await (service as (input: unknown) => unknown)(parsed.data);
      if (alreadyChecked(spec.output, value)) return { ok: true, value };
      const checked = spec.output.safeParse(value);
      if (!checked.success) {
        logger.error('service output broke the contract', {
          call: name,
          issue: checked.error.message,
        });
        return { ok: false, error: { code: 'internal', message: 'The kiosk made a mistake.' } };
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      if (error instanceof KioskError) {
        const reply: ApiError = { code: error.code, message: error.message };
        if (error.path) reply.path = error.path;
        return { ok: false, error: reply };
      }
      logger.error('service failed', { call: name, error: String(error) });
      return { ok: false, error: { code: 'internal', message: 'The kiosk made a mistake.' } };
    }
  };
}
