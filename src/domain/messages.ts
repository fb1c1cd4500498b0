/**
 * The domain speaks in codes, not sentences (as a compiler's diagnostics): every warning,
 * error, waste finding, validation problem and refused connection is a `Message`, a code with
 * its parameters. One message module per language (`src/i18n/domain/`) renders each code; a
 * code without a rendering in either language does not compile.
 */
import type { VsmNodeType } from './types';

/** The units the domain attaches to numbers (messages, metrics, waste evidence). */
export type QuantityUnit = 'sec' | 'days' | 'units' | 'ratio' | 'percent' | 'count' | 'm' | 'ppm' | 'number' | 'operators';

/** A number with its unit, for a renderer to format in the reader's language. */
export interface Quantity {
  value: number;
  unit: QuantityUnit;
}

/** A symbol named in a message: a renderer shows its name, or its kind in the reader's language. */
export interface NodeRef {
  id: string;
  type: VsmNodeType;
  /** The label the team typed, or null when the symbol has none. */
  name: string | null;
}

/**
 * Parameters of every code. Add a code here, then its rendering in `src/i18n/domain/en.ts` and
 * `id.ts`: the type checker refuses a code missing from either.
 */
export interface MessageParams {
  'analysis.noCustomer': Record<string, never>;
  'analysis.materialLoop': { nodes: NodeRef[] };
}

export type MessageCode = keyof MessageParams;

/** One message: a code and its parameters (a union over the codes, so `params` narrows on `code`). */
export type Message = { [C in MessageCode]: { code: C; params: MessageParams[C] } }[MessageCode];

/** Builds a message; the code picks the parameter type. */
export function message<C extends MessageCode>(code: C, params: MessageParams[C]): Message {
  return { code, params } as Message;
}
