export * from './calls.js';
export * from './errors.js';
export * from './kioskInfo.js';
export * from './settings.js';
export * from './transport.js';
