// The contact slip a resident takes home from "Contact the centre": the centre's hotline, hours
// and address, their grid and grid worker when known, a few service points near them, and a QR
// code whose tel: link rings the grid worker (or the hotline) when scanned with a phone. Only the
// centre's public directory data is printed: never the resident's name, card or address.
import type { Language } from '../../../contract/index.js';
import {
  ReceiptBuilder,
  type ReceiptDocument,
  type TextSegment,
  keep,
} from '../../../hardware/printer/index.js';

export interface ContactSlipFacts {
  language: Language;
  centreName: string;
  hotline: string;
  /** null when the kiosk has no directory from the centre to say. */
  hoursText: string | null;
  address: string | null;
  grid: { name: string; workerName: string; phone: string } | null;
  servicePoints: { name: string; address: string; phone: string; hoursText: string }[];
  /** Whom the QR code rings; 'grid-worker' without a grid falls back to the hotline. */
  call: 'hotline' | 'grid-worker';
}

interface ContactSlipWords {
  title: string;
  hotline: string;
  hours: string;
  address: string;
  grid: string;
  gridWorker: string;
  phone: string;
  servicePoints: string;
  scanToCallWorker: (name: string) => string;
  scanToCallHotline: string;
}

export const contactSlipWords: Record<Language, ContactSlipWords> = {
  'zh-CN': {
    title: '联系单',
    hotline: '服务热线',
    hours: '办公时间',
    address: '地址',
    grid: '您的网格',
    gridWorker: '网格员',
    phone: '电话',
    servicePoints: '附近的服务点',
    scanToCallWorker: (name) => `用手机扫码，拨打网格员${name}的电话`,
    scanToCallHotline: '用手机扫码，拨打服务热线',
  },
  'zh-TW': {
    title: '聯絡單',
    hotline: '服務熱線',
    hours: '辦公時間',
    address: '地址',
    grid: '您的網格',
    gridWorker: '網格員',
    phone: '電話',
    servicePoints: '附近的服務點',
    scanToCallWorker: (name) => `用手機掃碼，撥打網格員${name}的電話`,
    scanToCallHotline: '用手機掃碼，撥打服務熱線',
  },
  en: {
    title: 'Contact slip',
    hotline: 'Hotline',
    hours: 'Hours',
    address: 'Address',
    grid: 'Your grid',
    gridWorker: 'Grid worker',
    phone: 'Phone',
    servicePoints: 'Service points near you',
    scanToCallWorker: (name) => `Scan with your phone to call ${name}, your grid worker`,
    scanToCallHotline: 'Scan with your phone to call the hotline',
  },
};

/** "周一至周五 08:30–12:00" wraps between times, never inside "08:30–12:00". */
export function keepTimes(text: string): TextSegment[] {
  return text
    .split(/(\d{1,2}:\d{2}–\d{1,2}:\d{2})/)
    .filter((part) => part.length > 0)
    .map((part) => (/^\d{1,2}:\d{2}–\d{1,2}:\d{2}$/.test(part) ? keep(part) : part));
}

/** A tel: URI a phone dials as it is (RFC 3966 digits; the dashes people read are left out). */
export function telLink(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}

export function buildContactSlip(facts: ContactSlipFacts): ReceiptDocument {
  const words = contactSlipWords[facts.language];
  const slip = new ReceiptBuilder()
    .text(facts.centreName, { align: 'center', bold: true })
    .text(words.title, { align: 'center' })
    .separator('=')
    .row(words.hotline, keep(facts.hotline), { bold: true });
  if (facts.hoursText) slip.text([`${words.hours}: `, ...keepTimes(facts.hoursText)]);
  if (facts.address) slip.text(`${words.address}: ${facts.address}`);
  if (facts.grid) {
    slip
      .separator()
      .text(`${words.grid}: ${facts.grid.name}`)
      .text(`${words.gridWorker}: ${facts.grid.workerName}`, { bold: true })
      .text([`${words.phone} `, keep(facts.grid.phone)], { bold: true });
  }
  if (facts.servicePoints.length > 0) {
    slip.separator().text(words.servicePoints, { bold: true });
    facts.servicePoints.forEach((point, index) => {
      slip
        .text(`${index + 1}. ${point.name}`)
        .text(point.address)
        .text([`${words.phone} `, keep(point.phone)])
        .text(keepTimes(point.hoursText));
    });
  }
  const worker = facts.call === 'grid-worker' ? facts.grid : null;
  return slip
    .separator()
    .qr(telLink(worker ? worker.phone : facts.hotline), { align: 'center' })
    .text(worker ? words.scanToCallWorker(worker.workerName) : words.scanToCallHotline, {
      align: 'center',
    })
    .separator('=')
    .feed(2)
    .cut()
    .build();
}
