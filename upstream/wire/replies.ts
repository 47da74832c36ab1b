// Replies to POST /requests.json and GET /tokens/{token}.json. A POST answers with the new
// request's id, or (for platforms that queue work in batches) with a token to trade for the id
// later; the spec says never both, and a client must handle either. An empty id or token ("")
// counts as absent.
import { z } from 'zod';
import { OptionalText, OptionalWireId, WireId } from './scalars.js';

export const CreatedReplyItem = z.looseObject({
  service_request_id: OptionalWireId,
  token: OptionalWireId,
  service_notice: OptionalText,
  account_id: OptionalWireId,
});

/** The spec returns a list; the first entry describes the request just created. */
export const PostRequestReply = z
  .array(CreatedReplyItem)
  .min(1)
  .transform((items) => items[0] as NonNullable<(typeof items)[0]>)
  .refine((item) => item.service_request_id !== null || item.token !== null, {
    message: 'neither service_request_id nor token',
  });
export type PostRequestReply = z.output<typeof PostRequestReply>;

/** Empty (or the token without an id) until the platform has assigned the request an id. */
export const TokenResolution = z.array(
  z.looseObject({ service_request_id: OptionalWireId, token: WireId }),
);
export type TokenResolution = z.output<typeof TokenResolution>;
