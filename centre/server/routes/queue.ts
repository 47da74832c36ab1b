// The queue extension (centre/wire/queue.ts; 取号 for the front-desk windows): the services with
// how many wait, a number per service per day under the kiosk's client key, the look-up of a
// press by that key, the numbers kiosks issued while offline, and the window's "call next" for
// staff and tests. Strict (plain Open311) mode has none of these (its route table omits them).
import type { Open311ErrorBody } from '../../wire/errors.js';
import {
  QueueTicketForm,
  ReportedTicketForm,
  queueTicketFields,
  reportedTicketFields,
} from '../../wire/queue.js';
import type { CentreDeps } from '../centreDeps.js';
import { type CallContext, formOf, isFormEncoded, repeatedNames } from '../http/context.js';
import { type Reply, errorReply, errorsReply, jsonReply } from '../http/reply.js';
import { acceptReported, issueNumber } from '../queue/issueNumber.js';
import { centreDay } from '../centreDay.js';
import { type WindowService, windowServiceNamed, windowServices } from '../queue/windowServices.js';
import { idempotentPost } from '../requests/idempotentPost.js';
import {
  type StoredQueueTicket,
  callNext,
  findQueueTicket,
  queueCounts,
  waitingAhead,
} from '../store/queueTickets.js';

export function getQueueServices(deps: CentreDeps): Reply {
  const now = deps.now();
  const day = centreDay(now, deps.timeZone);
  return jsonReply(
    200,
    windowServices.map((service) => {
      const counts = queueCounts(deps.db, service.service_code, day);
      return {
        ...service,
        service_day: day,
        waiting: counts.waiting,
        waiting_priority: counts.waitingPriority,
        now_serving: counts.nowServing,
        as_of: now.toISOString(),
      };
    }),
  );
}

const ticketJson = (deps: CentreDeps, ticket: StoredQueueTicket) => {
  const service = windowServiceNamed(ticket.serviceCode);
  return {
    client_key: ticket.clientKey,
    number: ticket.number,
    service_code: ticket.serviceCode,
    service_day: ticket.serviceDay,
    priority: ticket.priority,
    window: service?.window ?? null,
    source: ticket.source,
    state: ticket.state,
    waiting_ahead: waitingAhead(deps.db, ticket),
    issued_datetime: ticket.issuedAt,
  };
};

function formProblems(form: URLSearchParams, fields: readonly string[]): Open311ErrorBody[] {
  const problems: Open311ErrorBody[] = repeatedNames(form).map((name) => ({
    code: 'form_invalid',
    description: `${name} appears more than once.`,
  }));
  for (const name of form.keys()) {
    if (!fields.includes(name)) {
      problems.push({ code: 'form_invalid', description: `Unknown field "${name}".` });
    }
  }
  return problems;
}

type ServiceFor = { ok: true; service: WindowService } | { ok: false; reply: Reply };

function serviceFor(code: string, priority: boolean): ServiceFor {
  const service = windowServiceNamed(code);
  if (!service) {
    return { ok: false, reply: errorReply('service_code_not_found', `No window service ${code}.`) };
  }
  if (priority && !service.priority_allowed) {
    return {
      ok: false,
      reply: errorReply('queue_priority_not_allowed', `${code} takes no priority numbers.`),
    };
  }
  return { ok: true, service };
}

const entries = (form: URLSearchParams) => Object.fromEntries(form.entries());

export async function postQueueTicket(deps: CentreDeps, ctx: CallContext): Promise<Reply> {
  if (!isFormEncoded(ctx)) {
    return errorReply('content_type_unsupported', 'Queue numbers are asked for form-encoded.');
  }
  const form = formOf(ctx);
  return idempotentPost(deps, ctx, 'POST /x/queue/tickets', form, () => {
    const problems = formProblems(form, queueTicketFields);
    const parsed = QueueTicketForm.safeParse(entries(form));
    if (!parsed.success) {
      problems.push({ code: 'queue_ticket_invalid', description: 'client_key, service_code.' });
    }
    if (problems.length > 0 || !parsed.success) return errorsReply(problems);
    const priority = parsed.data.priority === 'true';
    const found = serviceFor(parsed.data.service_code, priority);
    if (!found.ok) return found.reply;
    const issued = issueNumber(
      deps.db,
      {
        clientKey: parsed.data.client_key.toLowerCase(),
        service: found.service,
        priority,
        kioskId: parsed.data.kiosk_id ?? null,
      },
      deps.now(),
      deps.timeZone,
    );
    return jsonReply(issued.kind === 'issued' ? 201 : 200, [ticketJson(deps, issued.ticket)]);
  });
}

export async function postReportedTicket(deps: CentreDeps, ctx: CallContext): Promise<Reply> {
  if (!isFormEncoded(ctx)) {
    return errorReply('content_type_unsupported', 'Reported numbers are sent form-encoded.');
  }
  const form = formOf(ctx);
  return idempotentPost(deps, ctx, 'POST /x/queue/reported', form, () => {
    const problems = formProblems(form, reportedTicketFields);
    const parsed = ReportedTicketForm.safeParse(entries(form));
    if (!parsed.success) {
      problems.push({
        code: 'queue_ticket_invalid',
        description: 'client_key, service_code, kiosk_id, number and issued_datetime.',
      });
    }
    if (problems.length > 0 || !parsed.success) return errorsReply(problems);
    const priority = parsed.data.priority === 'true';
    const found = serviceFor(parsed.data.service_code, priority);
    if (!found.ok) return found.reply;
    const accepted = acceptReported(
      deps.db,
      {
        clientKey: parsed.data.client_key.toLowerCase(),
        service: found.service,
        priority,
        kioskId: parsed.data.kiosk_id,
        number: parsed.data.number,
        issuedAt: new Date(parsed.data.issued_datetime),
      },
      deps.now(),
      deps.timeZone,
    );
    if (accepted.kind === 'refused') return errorReply(accepted.code, accepted.description);
    return jsonReply(accepted.kind === 'accepted' ? 201 : 200, [ticketJson(deps, accepted.ticket)]);
  });
}

export function getQueueTicket(deps: CentreDeps, ctx: CallContext): Reply {
  const clientKey = (ctx.params.key ?? '').toLowerCase();
  const ticket = findQueueTicket(deps.db, clientKey);
  if (!ticket) return errorReply('queue_ticket_not_found', `No number for ${clientKey}.`);
  return jsonReply(200, [ticketJson(deps, ticket)]);
}

/** Staff and tests: the window calls its next number (the one called before is served). */
export function postCallNext(deps: CentreDeps, ctx: CallContext): Reply {
  const code = ctx.params.service ?? '';
  if (!windowServiceNamed(code)) {
    return errorReply('service_code_not_found', `No window service ${code}.`);
  }
  const now = deps.now();
  const called = callNext(deps.db, code, centreDay(now, deps.timeZone), now.toISOString());
  return jsonReply(200, { service_code: code, called });
}
