// The screens that belong to no one journey.

export type CommonScreen =
  | { name: 'home' }
  | { name: 'emergency' }
  /** Demo mode: the newest receipt as the simulated printer decoded it. */
  | { name: 'receipt-preview' };
