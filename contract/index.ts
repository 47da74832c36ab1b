export * from './calls.js';
export * from './cardReading.js';
export * from './community.js';
export * from './errors.js';
export * from './kioskInfo.js';
export * from './requests.js';
export * from './settings.js';
export * from './transport.js';
