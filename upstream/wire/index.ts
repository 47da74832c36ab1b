// The upstream contract on the wire, shared by the reference centre server and the kiosk's client.
export * from './admin.js';
export * from './demo.js';
export * from './discovery.js';
export * from './errors.js';
export * from './ratings.js';
export * from './replies.js';
export * from './requestForm.js';
export * from './requestRecord.js';
export * from './scalars.js';
export * from './serviceCodes.js';
export * from './services.js';
