// The upstream contract on the wire: Open311 GeoReport v2 as platforms in the field speak it, plus
// the kiosk's x_… extensions. Its own vocabulary only; it imports nothing of the kiosk's.
export * from './directory.js';
export * from './errorHeuristics.js';
export * from './errors.js';
export * from './factsLine.js';
export * from './ratings.js';
export * from './readEach.js';
export * from './replies.js';
export * from './requestForm.js';
export * from './requestRecord.js';
export * from './scalars.js';
export * from './services.js';
export * from './vocabulary.js';
export * from './fleet.js';
