// The quick tags a rating may carry. Repeated from the contract (the page takes the contract as
// types only); a unit test keeps the lists equal.
import type { RatingTag } from '../../../contract/index.js';

export const ratingTagIds: readonly RatingTag[] = [
  'fast',
  'polite',
  'solved',
  'kept-informed',
  'would-recommend',
];
