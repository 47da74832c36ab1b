// The single gate every call passes, whatever the transport: the input is checked against the
// contract before a service sees it, and the output is checked before the caller does.
import type { z } from 'zod';
import {
  type ApiError,
  type ApiReply,
  type KioskServices,
  KioskError,
  isKioskCallName,
  kioskCalls,
} from '../../contract/index.js';
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

export function createDispatcher(services: KioskServices, logger: Logger): CallDispatcher {
  return async (name, rawInput) => {
    if (!isKioskCallName(name)) {
      return { ok: false, error: { code: 'unknown-call', message: `No call named "${name}".` } };
    }
    const spec = kioskCalls[name];
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
    try {
      // The table is keyed by name, so the service and its schema always belong together.
      const service = services[name] as (input: unknown) => unknown;
      const value: unknown = await service(parsed.data);
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
