// The queue port (centreGateway.ts's QueueGateway) filled by the upstream client's queue calls;
// the shapes are the same field by field, copied so neither side can hand the other a live object.
import type { QueueClient } from '../../../upstream/client/queueClient.js';
import type { QueueGateway } from '../upload/centreGateway.js';

export function createQueueGateway(client: QueueClient): QueueGateway {
  return {
    async getServices() {
      const reply = await client.getServices();
      if (reply.kind === 'unsupported') return reply;
      return {
        kind: 'listed',
        services: reply.services.map((service) => ({ ...service, name: { ...service.name } })),
      };
    },
    takeNumber: (press, key) => client.takeNumber({ ...press }, key),
    reportNumber: (reported, key) => client.reportNumber({ ...reported }, key),
    findNumber: (clientKey) => client.findNumber(clientKey),
  };
}
