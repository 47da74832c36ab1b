// One resident's visit, as the screen makes it: through the host's HTTP API with the page's
// token, over one keep-alive connection (the renderer's browser keeps one too). Most visits ask
// for help (a few with the ID card, some marked urgent), a few press the emergency button, some
// check an earlier request by its ticket and the phone's last four digits and print a slip; all
// end the visit. Seeded, so a run can be repeated.
import { Agent, request } from 'node:http';
import { tokenHeader } from '../../contract/index.js';

export interface SoakApi {
  call<T>(name: string, input: unknown): Promise<T>;
  /** Milliseconds spent in each call, summed, and how many calls: where a visit's time goes. */
  timings: Map<string, { ms: number; calls: number }>;
  /** GET of the page, as a browser reloading the home screen. */
  page(): Promise<number>;
  close(): void;
}

export function soakApi(baseUrl: string, token: string): SoakApi {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const url = new URL(baseUrl);
  const once = (method: string, path: string, body?: string) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          method,
          path,
          headers: body
            ? { 'content-type': 'application/json', [tokenHeader]: token }
            : { [tokenHeader]: token },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  /**
   * A kept-alive connection the host closed for idleness just as it was reused fails at once;
   * a browser sends the request again on a new one, and so does this (Node's documented way).
   */
  const exchange = async (method: string, path: string, body?: string) => {
    try {
      return await once(method, path, body);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ECONNRESET') throw error;
      return once(method, path, body);
    }
  };
  const timings = new Map<string, { ms: number; calls: number }>();
  return {
    timings,
    async call<T>(name: string, input: unknown): Promise<T> {
      const started = performance.now();
      const { status, text } = await exchange('POST', `/api/${name}`, JSON.stringify(input));
      const timing = timings.get(name) ?? { ms: 0, calls: 0 };
      timing.ms += performance.now() - started;
      timing.calls += 1;
      timings.set(name, timing);
      const reply = JSON.parse(text) as
        { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
      if (!reply.ok)
        throw new Error(`${name}: ${status} ${reply.error.code} ${reply.error.message}`);
      return reply.value;
    },
    page: async () => (await exchange('GET', '/')).status,
    close: () => agent.destroy(),
  };
}

const needs = [
  { category: 'basic-living', needId: 'pipe-leak' },
  { category: 'basic-living', needId: 'power-cut' },
  { category: 'basic-living', needId: 'rubbish-removal' },
  { category: 'health-medical', needId: 'chronic-followup' },
  { category: 'safety-emergency', needId: 'patrol' },
  { category: 'social-cultural', needId: null },
] as const;

interface Submitted {
  ticket: string;
  lookupCode: string;
  receipt: { jobId: string; state: string };
}

export interface VisitTally {
  requests: number;
  emergencies: number;
  withCard: number;
  checks: number;
  printed: number;
  notPrinted: number;
}

export const emptyTally = (): VisitTally => ({
  requests: 0,
  emergencies: 0,
  withCard: 0,
  checks: 0,
  printed: 0,
  notPrinted: 0,
});

/** The last few tickets made, with the phone digits that open them: what residents come back with. */
const recentLimit = 20;

export function createVisitor(api: SoakApi, random: () => number, tally: VisitTally) {
  const recent: { ticket: string; digits: string }[] = [];

  const waitForReceipt = async (jobId: string): Promise<void> => {
    for (let poll = 0; poll < 400; poll += 1) {
      const outcome = await api.call<{ state: string }>('getReceiptOutcome', { jobId });
      if (outcome.state === 'printed') {
        tally.printed += 1;
        return;
      }
      if (outcome.state === 'failed') {
        tally.notPrinted += 1;
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    throw new Error(`receipt ${jobId} still printing after 400 polls`);
  };

  return async function visit(n: number): Promise<void> {
    await api.call('getKioskInfo', {});
    await api.call('getSettings', {});
    const roll = random();
    if (roll < 0.03) {
      const submitted = await api.call<Submitted>('submitEmergency', { language: 'zh-CN' });
      tally.emergencies += 1;
      await waitForReceipt(submitted.receipt.jobId);
    } else if (roll < 0.8) {
      await api.call('getCatalog', {});
      let cardToken: string | undefined;
      // A card read takes the simulated reader seconds of real time, so only a few visits use one.
      if (random() < 0.01) {
        await api.call('placeDemoCard', { cardId: 'han-resident' });
        const read = await api.call<{ outcome: string; card?: { token: string } }>('readCard', {
          waitMs: 5_000,
        });
        await api.call('placeDemoCard', { cardId: null });
        if (read.outcome === 'card' && read.card) {
          cardToken = read.card.token;
          tally.withCard += 1;
        }
      }
      const need = needs[n % needs.length] ?? needs[0];
      const phone = `139${String(n % 100_000_000).padStart(8, '0')}`;
      const submitted = await api.call<Submitted>('submitRequest', {
        ...need,
        // Every description differs: a centre may refuse identical requests as duplicates.
        description: `第${n}号来访：${need.needId ?? '其他'}，请尽快处理`,
        urgency: random() < 0.15 ? 'urgent' : 'normal',
        contact: cardToken ? { cardToken, phone } : { phone, name: '张三明' },
        language: random() < 0.8 ? 'zh-CN' : 'en',
      });
      tally.requests += 1;
      await waitForReceipt(submitted.receipt.jobId);
      recent.push({ ticket: submitted.ticket, digits: phone.slice(-4) });
      if (recent.length > recentLimit) recent.shift();
    } else {
      const earlier = recent[Math.floor(random() * recent.length)];
      if (earlier) {
        await api.call('getRequestStatus', { ticket: earlier.ticket });
        const proof = { kind: 'phone-last-four', digits: earlier.digits };
        await api.call('getRequestStatus', { ticket: earlier.ticket, proof });
        if (random() < 0.3) {
          const slip = await api.call<{ jobId: string }>('printStatusSlip', {
            ticket: earlier.ticket,
            language: 'zh-CN',
            proof,
          });
          await waitForReceipt(slip.jobId);
        }
        tally.checks += 1;
      }
    }
    await api.call('endVisit', {});
  };
}
