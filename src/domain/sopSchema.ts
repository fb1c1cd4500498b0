import { describeValue, type PathSegment } from './errors';
import { MAX_ID_CHARS, MAX_SOP_ITEMS } from './limits';
import { message, type Message } from './messages';
import { SOP_ITEM_LIMITS, SOP_TEXT_LIMITS } from './sop';
import { SOP_ITEM_FIELDS, SOP_LIST_KEYS, SOP_TEXT_KEYS, type SopListKey } from './types';

/**
 * Checks of the SOP drafts of a document (schema 2): an object keyed by step id, each draft
 * with its four texts and five lists, each item with an id unique in its list and text fields
 * within their limits (`sop.ts`). A missing text becomes '' and a missing list [], as a
 * missing title does; unknown fields are kept. Works on the fresh copy `cleanJson` made, which
 * it may fill in.
 */

/** A problem in the SOP drafts: the path from `sops`, and what is wrong. */
export interface SopProblem {
  path: PathSegment[];
  problem: Message;
}

const got = describeValue;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Length in characters as a person counts them (code points). */
function textLength(text: string): number {
  let count = 0;
  for (const _char of text) count++;
  return count;
}

/** A text value within `limit` characters, or what is wrong with it. */
export function checkSopText(value: unknown, limit: number): Message | null {
  if (typeof value !== 'string') return message('value.notText', { got: got(value) });
  if (value.length <= limit) return null;
  const length = textLength(value);
  return length <= limit ? null : message('value.tooLong', { length, limit });
}

function checkItemId(value: unknown): Message | null {
  if (value === undefined) return message('value.missing', {});
  if (typeof value !== 'string') return message('value.wrongShape', { expected: 'text', got: got(value) });
  if (value === '') return message('value.empty', {});
  return value.length <= MAX_ID_CHARS ? null : message('value.idTooLong', { length: value.length, limit: MAX_ID_CHARS });
}

/** One list of a draft; missing item fields are filled with ''. */
export function checkSopList(list: SopListKey, value: unknown): SopProblem | null {
  if (!Array.isArray(value)) return { path: [], problem: message('value.wrongShape', { expected: 'sopList', got: got(value) }) };
  if (value.length > MAX_SOP_ITEMS) return { path: [], problem: message('value.tooManyItems', { count: value.length, limit: MAX_SOP_ITEMS }) };
  const seen = new Map<string, number>();
  const limits = SOP_ITEM_LIMITS[list] as Record<string, number>;
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (!isRecord(item)) return { path: [i], problem: message('value.wrongShape', { expected: 'sopItem', got: got(item) }) };
    const idProblem = checkItemId(item.id);
    if (idProblem !== null) return { path: [i, 'id'], problem: idProblem };
    const id = item.id as string;
    const first = seen.get(id);
    if (first !== undefined) return { path: [i, 'id'], problem: message('value.duplicateItemId', { id, firstIndex: first }) };
    seen.set(id, i);
    for (const field of SOP_ITEM_FIELDS[list] as readonly string[]) {
      if (item[field] === undefined) item[field] = '';
      const problem = checkSopText(item[field], limits[field]!);
      if (problem !== null) return { path: [i, field], problem };
    }
  }
  return null;
}

/** One draft; missing texts become '' and missing lists []. */
export function checkSopDraft(value: unknown): SopProblem | null {
  if (!isRecord(value)) return { path: [], problem: message('value.wrongShape', { expected: 'sopDraft', got: got(value) }) };
  for (const key of SOP_TEXT_KEYS) {
    if (value[key] === undefined) value[key] = '';
    const problem = checkSopText(value[key], SOP_TEXT_LIMITS[key]);
    if (problem !== null) return { path: [key], problem };
  }
  for (const key of SOP_LIST_KEYS) {
    if (value[key] === undefined) value[key] = [];
    const problem = checkSopList(key, value[key]);
    if (problem !== null) return { path: [key, ...problem.path], problem: problem.problem };
  }
  return null;
}

/** The drafts of a document: an object of drafts keyed by step id. */
export function checkSopDrafts(value: unknown): SopProblem | null {
  if (!isRecord(value)) return { path: [], problem: message('value.wrongShape', { expected: 'sopDrafts', got: got(value) }) };
  for (const [stepId, draft] of Object.entries(value)) {
    const idProblem = checkItemId(stepId);
    if (idProblem !== null) return { path: [stepId], problem: idProblem };
    const problem = checkSopDraft(draft);
    if (problem !== null) return { path: [stepId, ...problem.path], problem: problem.problem };
  }
  return null;
}
