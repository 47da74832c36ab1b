// The wire's own words. A platform and the kiosk agree on these strings, not on the kiosk's
// TypeScript types: the kiosk maps its contract onto them at the upload service's edge
// (electron/services/upload/centreClientGateway.ts), so this folder imports nothing of the kiosk's.
import { z } from 'zod';

/** x_stage: the kiosk's three stages, where a platform reports them (Open311 says open/closed). */
export const wireStages = ['accepted', 'in-progress', 'done'] as const;
export const WireStage = z.enum(wireStages);
export type WireStage = z.infer<typeof WireStage>;

/** Open311's own status: only ever these two. */
export const open311Statuses = ['open', 'closed'] as const;

/** Language codes the kiosk sends (BCP 47). */
export const wireLanguages = ['zh-CN', 'zh-TW', 'en'] as const;

/** Urgency values the kiosk sends. */
export const wireUrgencies = ['normal', 'urgent'] as const;

/** Where a request came in; "one record whatever the channel". The kiosk always sends kiosk. */
export const channels = ['kiosk', 'counter', 'phone', 'web'] as const;
export const Channel = z.enum(channels);
export type Channel = z.infer<typeof Channel>;

/** Rating tags travel as lower-case slugs; which ones exist is the kiosk's business. */
export const wireTagPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
