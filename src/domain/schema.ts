import * as z from 'zod';
import { DocumentError, checkNumber, describeValue, joinPath, refuse, type PathSegment } from './errors';
import { COMMON_FIELDS, EDGE_FIELDS, FIELDS_BY_TYPE, type FieldSpec } from './fields';
import {
  MAX_ID_CHARS, MAX_LABEL_CHARS, MAX_LONG_TEXT_CHARS, MAX_NESTING, MAX_SECONDS_PER_DAY, MAX_URL_CHARS, POSITION_LIMIT,
  SETTINGS_LIMITS, SIZE_LIMIT, VIEWPORT_OFFSET_LIMIT, ZOOM_LIMIT, numberLimitOf, type NumberLimit,
} from './limits';
import { message, type Message, type Shape } from './messages';
import { DEFAULT_SETTINGS, EDGE_TYPES, FORMAT, NODE_TYPES, WASTE_IDS, type VsmNodeType } from './types';

export { MAX_ID_CHARS, MAX_NESTING, MAX_URL_CHARS } from './limits';

/**
 * zod schemas of the document (spec section 3). Every object is loose: fields this version does
 * not know are kept on a round trip, so a file from a newer minor edit or another tool loses
 * nothing. Each check says what is wrong as a message code (`value.aboveMax`, with the limit);
 * the caller puts the path in front. Run input through `cleanJson` first: it refuses dangerous
 * keys and copies the input into fresh objects, so nothing parsed is ever merged into an
 * existing object. Number ranges come from `limits.ts`.
 */

/** Keys refused anywhere in a document: merging them into an object can pollute prototypes. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Checks one value; returns null when it is fine, else what is wrong (no path). */
export type ValueCheck = (value: unknown) => Message | null;

const got = describeValue;

/** Length in characters as a person counts them (code points), cheap for very long strings. */
function textLength(text: string, limit: number): number {
  if (text.length <= limit || text.length > limit * 2) return text.length;
  let count = 0;
  for (const _char of text) count++;
  return count;
}

function textCheck(limit: number): ValueCheck {
  return (value) => {
    if (typeof value !== 'string') return message('value.notText', { got: got(value) });
    const length = textLength(value, limit);
    return length <= limit ? null : message('value.tooLong', { length, limit });
  };
}

function oneOf(options: readonly string[]): ValueCheck {
  return (value) =>
    typeof value === 'string' && options.includes(value) ? null : message('value.notOneOf', { options: [...options], got: got(value) });
}

function numberCheck(limit: NumberLimit): ValueCheck {
  return (value) => checkNumber(limit, value);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateCheck: ValueCheck = (value) => {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    // Date.UTC rolls 2025-02-30 over into March; a real date survives the round trip.
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return null;
  }
  return message('value.notDate', { got: got(value) });
};

const WASTE_ID_SET: ReadonlySet<unknown> = new Set(WASTE_IDS);
const wasteCheck: ValueCheck = (value) => (WASTE_ID_SET.has(value) ? null : message('value.notWaste', { got: got(value) }));
const wasteTagsCheck: ValueCheck = (value) => {
  if (!Array.isArray(value)) return message('value.notWasteList', { got: got(value) });
  const seen = new Set<unknown>();
  for (const tag of value) {
    if (!WASTE_ID_SET.has(tag)) return message('value.unknownWaste', { got: got(tag) });
    if (seen.has(tag)) return message('value.duplicateWaste', { waste: tag as (typeof WASTE_IDS)[number] });
    seen.add(tag);
  }
  return null;
};

const idCheck: ValueCheck = (value) => {
  if (typeof value !== 'string' || value === '') return message('value.notNodeId', { got: got(value) });
  return value.length <= MAX_ID_CHARS ? null : message('value.idTooLong', { length: value.length, limit: MAX_ID_CHARS });
};

// Browsers drop tabs and newlines inside URLs and trim controls and spaces around them, so
// `java\tscript:` runs as `javascript:`. Any such character makes the link refused outright.
// eslint-disable-next-line no-control-regex
const URL_TRICK_CHARS = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/;
const SAFE_LINK = /^(https?:\/\/|mailto:)/i;
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
/** Allows only http, https and mailto links; refuses `javascript:`, `data:` and every trick around them. */
export const urlCheck: ValueCheck = (value) => {
  if (typeof value !== 'string') return message('value.notLinkText', { got: got(value) });
  if (value.length > MAX_URL_CHARS) return message('value.linkTooLong', { length: value.length, limit: MAX_URL_CHARS });
  const refused = message('value.unsafeLink', { got: got(value) });
  if (URL_TRICK_CHARS.test(value) || !SAFE_LINK.test(value)) return refused;
  try {
    return ALLOWED_PROTOCOLS.has(new URL(value).protocol) ? null : refused;
  } catch {
    return refused;
  }
};

const booleanCheck: ValueCheck = (value) => (typeof value === 'boolean' ? null : message('value.notBoolean', { got: got(value) }));

/** The check for one catalog field, by its kind (see `fields.ts`) and its limit (`limits.ts`). */
export function fieldCheck(spec: FieldSpec): ValueCheck {
  switch (spec.kind) {
    case 'seconds':
    case 'days':
    case 'number':
    case 'count':
    case 'percent':
      return numberCheck(numberLimitOf(spec)!);
    case 'text': return textCheck(MAX_LABEL_CHARS);
    case 'longText': return textCheck(MAX_LONG_TEXT_CHARS);
    case 'boolean': return booleanCheck;
    case 'enum': return oneOf(spec.options ?? []);
    case 'date': return dateCheck;
    case 'wasteTags': return wasteTagsCheck;
    case 'waste': return wasteCheck;
    case 'nodeRef': return idCheck;
    case 'url': return urlCheck;
  }
}

// zod keeps only a string per issue. A check's message travels as the JSON of the Message and is
// read back by toDocumentError: data written here and read there, never a sentence parsed.
const encode = (problem: Message): string => JSON.stringify(problem);

/** A zod schema around a check; the output type is declared by the caller. */
function checked<T>(check: ValueCheck) {
  return z.custom<T>().check((ctx) => {
    const problem = check(ctx.value);
    if (problem !== null) ctx.issues.push({ code: 'custom', message: encode(problem), input: ctx.value });
  });
}

/** The message for a structural mismatch: `is missing` or `must be a list of nodes, got "x"`. */
function expected(shape: Shape) {
  return {
    error: (issue: { input?: unknown }) =>
      encode(issue.input === undefined ? message('value.missing', {}) : message('value.wrongShape', { expected: shape, got: got(issue.input) })),
  };
}

const ORIGIN_FIELD: FieldSpec = { key: 'originId', kind: 'nodeRef' };

/** A problem inside one node or edge: the path from it, and what is wrong. */
export interface ItemProblem {
  path: PathSegment[];
  problem: Message;
}

/** The check of each catalog field, by key. */
type FieldChecks = ReadonlyMap<string, ValueCheck>;

const fieldChecks = (fields: readonly FieldSpec[]): FieldChecks => new Map(fields.map((spec) => [spec.key, fieldCheck(spec)]));

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * `data` of a node or an edge: an object whose catalog fields pass their checks; unknown fields
 * are kept. Its own keys are walked (in file order), not the catalog: a step holds a few of its
 * eighteen fields.
 */
function checkData(data: unknown, checks: FieldChecks): ItemProblem | null {
  if (!isRecord(data)) return { path: ['data'], problem: message('value.wrongShape', { expected: 'fields', got: got(data) }) };
  for (const key of Object.keys(data)) {
    const check = checks.get(key);
    const value = data[key];
    if (check === undefined || value === undefined) continue;
    const problem = check(value);
    if (problem !== null) return { path: ['data', key], problem };
  }
  return null;
}

/** An id: text of 1 to MAX_ID_CHARS characters. */
/** An id: non-empty text within MAX_ID_CHARS; null when it is one. */
export function checkId(value: unknown): Message | null {
  if (value === undefined) return message('value.missing', {});
  if (typeof value !== 'string') return message('value.wrongShape', { expected: 'text', got: got(value) });
  if (value === '') return message('value.empty', {});
  return value.length <= MAX_ID_CHARS ? null : message('value.idTooLong', { length: value.length, limit: MAX_ID_CHARS });
}

const coordinateCheck = numberCheck(POSITION_LIMIT);
const sizeCheck = numberCheck(SIZE_LIMIT);
const NODE_DATA_CHECKS = Object.fromEntries(
  NODE_TYPES.map((type) => [type, fieldChecks([...FIELDS_BY_TYPE[type], ...COMMON_FIELDS, ORIGIN_FIELD])]),
) as Record<VsmNodeType, FieldChecks>;
const NODE_TYPE_SET: ReadonlySet<unknown> = new Set(NODE_TYPES);

/** A position {x, y} with both coordinates within POSITION_LIMIT; null when it is one. */
export function checkPosition(position: unknown): ItemProblem | null {
  if (!isRecord(position)) {
    const problem = position === undefined ? message('value.missing', {}) : message('value.wrongShape', { expected: 'position', got: got(position) });
    return { path: ['position'], problem };
  }
  for (const axis of ['x', 'y'] as const) {
    const problem = coordinateCheck(position[axis]);
    if (problem !== null) return { path: ['position', axis], problem };
  }
  return null;
}

/**
 * One node: an object with a known `type`, an `id`, a `position` {x, y} within POSITION_LIMIT,
 * `data` whose fields pass the catalog's checks (missing `data` becomes {}: React Flow needs it,
 * and a hand-written file may leave it out), and an optional size. Unknown fields are kept.
 * Checked by hand rather than by a zod object per node type: the same rules in a tenth of the
 * time, which is most of the time the command line takes to read a 10,000-step map.
 */
function checkNode(node: unknown): ItemProblem | null {
  if (!isRecord(node)) return { path: [], problem: message('value.wrongShape', { expected: 'node', got: got(node) }) };
  const type = node.type;
  if (type === undefined) return { path: ['type'], problem: message('node.missingType', {}) };
  if (!NODE_TYPE_SET.has(type)) return { path: ['type'], problem: message('node.unknownType', { got: got(type) }) };
  const idProblem = checkId(node.id);
  if (idProblem !== null) return { path: ['id'], problem: idProblem };
  const positionProblem = checkPosition(node.position);
  if (positionProblem !== null) return positionProblem;
  // The node is a fresh copy made by cleanJson (or JSON.parse's own output): filling it in is safe.
  if (node.data === undefined) node.data = {};
  const dataProblem = checkData(node.data, NODE_DATA_CHECKS[type as VsmNodeType]);
  if (dataProblem !== null) return dataProblem;
  for (const side of ['width', 'height'] as const) {
    const value = node[side];
    if (value === undefined) continue;
    const problem = sizeCheck(value);
    if (problem !== null) return { path: [side], problem };
  }
  return null;
}

const EDGE_DATA_CHECKS = fieldChecks(EDGE_FIELDS);
const EDGE_TYPE_SET: ReadonlySet<unknown> = new Set(EDGE_TYPES);

/** One edge: `id`, a known `type`, `source` and `target` ids, optional handles (text or null) and `data`. */
function checkEdge(edge: unknown): ItemProblem | null {
  if (!isRecord(edge)) return { path: [], problem: message('value.wrongShape', { expected: 'edge', got: got(edge) }) };
  const idProblem = checkId(edge.id);
  if (idProblem !== null) return { path: ['id'], problem: idProblem };
  const type = edge.type;
  if (type === undefined) return { path: ['type'], problem: message('edge.missingType', {}) };
  if (!EDGE_TYPE_SET.has(type)) return { path: ['type'], problem: message('edge.unknownType', { got: got(type) }) };
  for (const end of ['source', 'target'] as const) {
    const problem = checkId(edge[end]);
    if (problem !== null) return { path: [end], problem };
  }
  for (const handle of ['sourceHandle', 'targetHandle'] as const) {
    const value = edge[handle];
    if (value !== undefined && value !== null && typeof value !== 'string') {
      return { path: [handle], problem: message('value.wrongShape', { expected: 'textOrNull', got: got(value) }) };
    }
  }
  return edge.data === undefined ? null : checkData(edge.data, EDGE_DATA_CHECKS);
}

/**
 * A zod schema for a list of items (nodes or edges) checked by hand, one zod check for the whole
 * list: the first problem is reported with its path (`[3, 'data', 'uptimePct']`).
 */
function checkedList(shape: 'nodes' | 'edges', check: (value: unknown) => ItemProblem | null) {
  return z.custom<unknown[]>().check((ctx) => {
    const list = ctx.value;
    let found: ItemProblem | null = null;
    if (!Array.isArray(list)) {
      const problem = list === undefined ? message('value.missing', {}) : message('value.wrongShape', { expected: shape, got: got(list) });
      found = { path: [], problem };
    } else {
      for (let i = 0; i < list.length && found === null; i++) {
        const inItem = check(list[i]);
        if (inItem !== null) found = { path: [i, ...inItem.path], problem: inItem.problem };
      }
    }
    if (found !== null) ctx.issues.push({ code: 'custom', message: encode(found.problem), input: list, path: found.path });
  });
}

export const nodesSchema = checkedList('nodes', checkNode);
export const edgesSchema = checkedList('edges', checkEdge);

export const viewportSchema = z.looseObject(
  {
    x: checked<number>(numberCheck(VIEWPORT_OFFSET_LIMIT)),
    y: checked<number>(numberCheck(VIEWPORT_OFFSET_LIMIT)),
    zoom: checked<number>(numberCheck(ZOOM_LIMIT)),
  },
  expected('viewport'),
);

const daysBasisCheck = oneOf(['working', 'calendar']);

/** The problem with one setting's value on its own (its limit), or null. */
export function settingCheck(key: keyof typeof SETTINGS_LIMITS | 'daysBasis'): ValueCheck {
  return key === 'daysBasis' ? daysBasisCheck : numberCheck(SETTINGS_LIMITS[key]);
}

/** Available time per day (seconds per shift × shifts) beyond a calendar day, or null. */
export function dayTooLong(availableSecondsPerShift: number, shiftsPerDay: number): Message | null {
  const perDaySec = availableSecondsPerShift * shiftsPerDay;
  return perDaySec > MAX_SECONDS_PER_DAY ? message('settings.dayTooLong', { perDaySec, limitSec: MAX_SECONDS_PER_DAY }) : null;
}

/**
 * Map settings. Missing settings, or missing keys in them, take DEFAULT_SETTINGS: a map drawn
 * by hand still analyses, and the values are then written out on save so the file says what
 * the numbers were computed with.
 */
export const settingsSchema = z
  .looseObject(
    {
      availableSecondsPerShift: checked<number>(settingCheck('availableSecondsPerShift')).default(DEFAULT_SETTINGS.availableSecondsPerShift),
      shiftsPerDay: checked<number>(settingCheck('shiftsPerDay')).default(DEFAULT_SETTINGS.shiftsPerDay),
      workingDaysPerMonth: checked<number>(settingCheck('workingDaysPerMonth')).default(DEFAULT_SETTINGS.workingDaysPerMonth),
      daysBasis: checked<'working' | 'calendar'>(daysBasisCheck).default(DEFAULT_SETTINGS.daysBasis),
    },
    expected('settings'),
  )
  .check((ctx) => {
    const problem = dayTooLong(ctx.value.availableSecondsPerShift, ctx.value.shiftsPerDay);
    if (problem !== null) ctx.issues.push({ code: 'custom', input: ctx.value, message: encode(problem) });
  })
  .default(() => ({ ...DEFAULT_SETTINGS }));

export const mapStateSchema = z.looseObject(
  {
    settings: settingsSchema,
    nodes: nodesSchema,
    edges: edgesSchema,
    viewport: viewportSchema.optional(),
  },
  expected('state'),
);

const formatCheck: ValueCheck = (value) =>
  value === FORMAT ? null : message('file.wrongFormat', { expected: FORMAT, got: got(value) });

/** The whole document, after migration to the current schema version. */
export const documentSchema = z.looseObject(
  {
    format: checked<typeof FORMAT>(formatCheck),
    schemaVersion: z.number(expected('wholeNumber')).int({ error: (issue) => encode(message('value.wrongShape', { expected: 'wholeNumber', got: got(issue.input) })) }),
    // A title is not essential to a map; a file without one opens untitled.
    title: checked<string>(textCheck(MAX_LABEL_CHARS)).default(''),
    product: checked<string>(textCheck(MAX_LABEL_CHARS)).optional(),
    states: z.looseObject(
      {
        current: mapStateSchema,
        future: mapStateSchema.nullable().default(null),
      },
      expected('states'),
    ),
  },
  expected('document'),
);

/** The format check alone, run before migrations so a stranger's file is named as such. */
export function checkFormat(value: unknown): Message | null {
  return formatCheck(value);
}

/** Turns the first zod issue into a DocumentError whose path starts at `basePath`. */
export function toDocumentError(error: z.ZodError, basePath: string): DocumentError {
  const issue = error.issues[0];
  if (!issue) return new DocumentError(basePath, message('value.invalid', {}));
  return new DocumentError(joinPath(basePath, issue.path as PathSegment[]), decode(issue.message));
}

/** The Message a check encoded; an issue that no check of ours wrote becomes `value.invalid`. */
function decode(text: string): Message {
  try {
    const value: unknown = JSON.parse(text);
    if (value !== null && typeof value === 'object' && typeof (value as Message).code === 'string') return value as Message;
  } catch {
    // Not one of ours.
  }
  return message('value.invalid', {});
}

/** The result of `cleanJson`: a fresh copy and the first non-finite number met, if any. */
export interface CleanJson {
  value: unknown;
  /** NaN or ±Infinity found at this path; reported after the schema had its say. */
  nonFinite: { path: string; value: number } | null;
}

/**
 * Copies plain JSON data into fresh objects, refusing `__proto__`, `constructor` and
 * `prototype` keys, non-JSON values (functions, dates, class instances) and nesting deeper
 * than MAX_NESTING (which also stops cycles). Keys whose value is `undefined` are left out,
 * as JSON.stringify would. Throws DocumentError.
 *
 * `inPlace` is for the fresh output of JSON.parse, which holds plain data only and is nobody
 * else's: it is checked the same way but not copied (a 4 MB map is 200,000 objects fewer to
 * make and collect), and a -0 is turned into 0 where it is.
 */
export function cleanJson(input: unknown, basePath = '', inPlace = false): CleanJson {
  let nonFinite: CleanJson['nonFinite'] = null;
  // The path as segments, joined into text only for a message (not once per key).
  const segments: PathSegment[] = [];
  const pathHere = (last?: PathSegment) => joinPath(basePath, last === undefined ? segments : [...segments, last]);
  const copy = (value: unknown, depth: number): unknown => {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') {
      if (!Number.isFinite(value) && nonFinite === null) nonFinite = { path: pathHere(), value };
      // JSON has no -0; a value that keeps it would change on its first save.
      return Object.is(value, -0) ? 0 : value;
    }
    if (typeof value !== 'object') refuse(pathHere(), 'value.notPlainJson', { got: got(value) });
    if (depth >= MAX_NESTING) refuse(pathHere(), 'value.tooDeep', { limit: MAX_NESTING });
    if (Array.isArray(value)) {
      const out: unknown[] = inPlace ? value : new Array<unknown>(value.length);
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (item === undefined) refuse(pathHere(i), 'value.notPlainJson', { got: { kind: 'nothing' } });
        segments.push(i);
        out[i] = copy(item, depth + 1);
        segments.pop();
      }
      return out;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) refuse(pathHere(), 'value.notPlainJson', { got: { kind: 'other' } });
    const record = value as Record<string, unknown>;
    const out: Record<string, unknown> = inPlace ? record : {};
    for (const key of Object.keys(record)) {
      if (FORBIDDEN_KEYS.has(key)) refuse(pathHere(key), 'value.forbiddenKey', { key });
      const item = record[key];
      if (item === undefined) continue;
      segments.push(key);
      const clean = copy(item, depth + 1);
      segments.pop();
      // In place only a -0 changes; writing every key back would cost for nothing.
      if (!inPlace || clean !== item) out[key] = clean;
    }
    return out;
  };
  const value = copy(input, 0);
  return { value, nonFinite };
}
