import { customAlphabet } from 'nanoid';

/**
 * Random ids for symbols and arrows drawn in a shared room. Counters (`p7`, `p8`) collide as
 * soon as two people add a symbol at the same time, so each id is a type prefix and 12 random
 * characters: 36^12 ≈ 4.7 × 10^18 values, a collision chance of about 10^-13 for a map of
 * a thousand symbols. nanoid draws from `crypto.getRandomValues`, which a page served over plain
 * http on the workshop network has (unlike `crypto.randomUUID`, which needs a secure context).
 */
const RANDOM_CHARS = '0123456789abcdefghijklmnopqrstuvwxyz';
export const RANDOM_ID_LENGTH = 12;
const randomPart = customAlphabet(RANDOM_CHARS, RANDOM_ID_LENGTH);

/** A new random id such as `p-k3j9x0a1m2qz` (`prefix` is the symbol's short prefix, `e` for an arrow). */
export function newId(prefix: string): string {
  return `${prefix}-${randomPart()}`;
}
