// The page's whole view of the kiosk: one named function per contract call, nothing else. No
// ipcRenderer, no generic send. Runs sandboxed, so it is CommonJS and requires only electron.
// The two demo calls are named here too (a type import, no demo code), but main answers their
// channels only in demo mode: outside it no handler exists and the call is refused.
import electron = require('electron');
import type { ApiReply } from '../../contract/index.js';
import type { DemoKioskCallName } from '../../demo/contract/demoCalls.js';

const channelPrefix = 'kiosk:';
const call =
  (name: DemoKioskCallName) =>
  (input: unknown): Promise<ApiReply<unknown>> =>
    electron.ipcRenderer.invoke(`${channelPrefix}${name}`, input) as Promise<ApiReply<unknown>>;

const bridge = {
  getKioskInfo: call('getKioskInfo'),
  getSettings: call('getSettings'),
  updateSettings: call('updateSettings'),
  endVisit: call('endVisit'),
  getCatalog: call('getCatalog'),
  readCard: call('readCard'),
  getCardReaderState: call('getCardReaderState'),
  waitCardReaderState: call('waitCardReaderState'),
  placeDemoCard: call('placeDemoCard'),
  submitRequest: call('submitRequest'),
  submitEmergency: call('submitEmergency'),
  getReceiptOutcome: call('getReceiptOutcome'),
  waitReceiptOutcome: call('waitReceiptOutcome'),
  listDemoReceipts: call('listDemoReceipts'),
  getRequestStatus: call('getRequestStatus'),
  printStatusSlip: call('printStatusSlip'),
  findMyRequests: call('findMyRequests'),
  rateRequest: call('rateRequest'),
  getSurvey: call('getSurvey'),
  submitSurvey: call('submitSurvey'),
  getVoteRound: call('getVoteRound'),
  castBallot: call('castBallot'),
  getVoteResults: call('getVoteResults'),
  getAppointmentOffer: call('getAppointmentOffer'),
  bookAppointment: call('bookAppointment'),
  findBooking: call('findBooking'),
  cancelBooking: call('cancelBooking'),
  rebookAppointment: call('rebookAppointment'),
  getQueue: call('getQueue'),
  takeNumber: call('takeNumber'),

  getStaffEntry: call('getStaffEntry'),
  staffSignIn: call('staffSignIn'),
  staffSignOut: call('staffSignOut'),
  getStaffSession: call('getStaffSession'),
  getStaffUploadQueue: call('getStaffUploadQueue'),
  getStaffRequests: call('getStaffRequests'),
  staffBindCard: call('staffBindCard'),

  getStaffDevices: call('getStaffDevices'),
  staffPrintTestPage: call('staffPrintTestPage'),
  staffTestCardRead: call('staffTestCardRead'),
  staffTestConnection: call('staffTestConnection'),
  staffExportLogs: call('staffExportLogs'),
  getStaffSettings: call('getStaffSettings'),
  staffChangeSettings: call('staffChangeSettings'),
  getStaffDemand: call('getStaffDemand'),
  getStaffQueue: call('getStaffQueue'),
  getStaffQueueEntry: call('getStaffQueueEntry'),
  staffRetryNow: call('staffRetryNow'),
  staffResendEntry: call('staffResendEntry'),
  staffReleaseHeld: call('staffReleaseHeld'),
  staffCancelEntry: call('staffCancelEntry'),
  staffMarkHandled: call('staffMarkHandled'),
  findStaffRequests: call('findStaffRequests'),
  getStaffRequestDetail: call('getStaffRequestDetail'),
  getStaffFailedPrints: call('getStaffFailedPrints'),
  staffReprint: call('staffReprint'),
  staffStartAssisted: call('staffStartAssisted'),
  synthesizeSpeech: call('synthesizeSpeech'),
  getContactInfo: call('getContactInfo'),
  printContactSlip: call('printContactSlip'),
  checkDanger: call('checkDanger'),
} satisfies Record<DemoKioskCallName, (input: unknown) => Promise<ApiReply<unknown>>>;

electron.contextBridge.exposeInMainWorld('kioskBridge', bridge);
