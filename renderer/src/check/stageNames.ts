import type { Stage } from '../../../contract/index.js';

/** The three stages in the order a request goes through them. */
export const stageOrder: readonly Stage[] = ['accepted', 'in-progress', 'done'];
