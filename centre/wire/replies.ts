// Replies to POST /requests.json and GET /tokens/{token}.json, as the centre writes them. A POST answers with the new
// request's id, or (for platforms that queue work in batches) with a token to trade for the id
// later; the spec says never both, and a client must handle either.
import { z } from 'zod';
import { WireId } from './scalars.js';

const nullableText = z.string().nullish();

export const CreatedReplyItem = z.looseObject({
  service_request_id: WireId,
  service_notice: nullableText,
  account_id: z.union([z.string(), z.number()]).nullish(),
});
export const TokenReplyItem = z.looseObject({ token: WireId });

/** The spec returns a list; the first entry describes the request just created. */
export const PostRequestReply = z
  .array(z.union([CreatedReplyItem, TokenReplyItem]))
  .min(1)
  .transform((items) => items[0] as NonNullable<(typeof items)[0]>);
export type PostRequestReply = z.output<typeof PostRequestReply>;

/** Empty until the platform has assigned an id to the token's request. */
export const TokenResolution = z.array(
  z.looseObject({ service_request_id: WireId.nullish(), token: WireId }),
);
export type TokenResolution = z.output<typeof TokenResolution>;
