// The centre's gateway as configured: the Open311 client and one client per extension the
// journeys use (surveys, the vote, appointments, the queue), all on the same base URL and key.
// No upstream URL means no centre: the kiosk keeps everything in its outbox. Kept apart from
// kioskRuntime.ts so adding a journey's extension is one line here, not in the runtime.
import type { KioskConfig } from '../../config/configSchema.js';
import {
  type SkippedReport,
  createCentreClient,
  createSurveyClient,
  createVoteClient,
} from '../../../upstream/client/index.js';
import { createAppointmentsClient } from '../../../upstream/client/appointmentsClient.js';
import { createQueueClient } from '../../../upstream/client/queueClient.js';
import { createAppointmentGateway } from '../appointments/appointmentGateway.js';
import type { Logger } from '../logger.js';
import { createQueueGateway } from '../takeNumber/queueGateway.js';
import { takeNumberTimeoutMs } from '../takeNumber/takeNumberTimeout.js';
import type { CentreGateway } from './centreGateway.js';
import {
  createCentreGateway,
  createSurveyGateway,
  createVoteGateway,
} from './centreClientGateway.js';

export function openCentreGateway(config: KioskConfig, logger: Logger): CentreGateway | undefined {
  if (!config.upstreamUrl) return undefined;
  const centreOptions = {
    baseUrl: config.upstreamUrl,
    apiKey: config.upstreamApiKey,
    timeoutMs: config.upstreamTimeoutMs,
    ...(config.upstreamJurisdiction ? { jurisdictionId: config.upstreamJurisdiction } : {}),
    // A record the client could not read is skipped, not fatal; staff see it in the log.
    onSkipped: (report: SkippedReport) =>
      logger.warn('the centre sent records the kiosk could not read', { ...report }),
  };
  return {
    ...createCentreGateway(createCentreClient(centreOptions)),
    surveys: createSurveyGateway(createSurveyClient(centreOptions)),
    votes: createVoteGateway(createVoteClient(centreOptions)),
    appointments: createAppointmentGateway(createAppointmentsClient(centreOptions)),
    // A resident waits for the number: a centre that does not answer soon is offline.
    queue: createQueueGateway(
      createQueueClient({
        ...centreOptions,
        timeoutMs: Math.min(centreOptions.timeoutMs, takeNumberTimeoutMs),
      }),
    ),
  };
}
