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

const ORIGIN_FIELD: FieldSpec = { key: 'originId', kind: 'nodeRef', label: { en: 'Origin', id: 'Asal' } };

function dataSchema(fields: readonly FieldSpec[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const spec of fields) shape[spec.key] = checked<unknown>(fieldCheck(spec)).optional();
  return z.looseObject(shape, expected('fields'));
}

const coordinate = checked<number>(numberCheck(POSITION_LIMIT));
const size = checked<number>(numberCheck(SIZE_LIMIT));

export const idSchema = z
  .string(expected('text'))
  .min(1, { error: () => encode(message('value.empty', {})) })
  .max(MAX_ID_CHARS, { error: (issue) => encode(message('value.idTooLong', { length: String(issue.input).length, limit: MAX_ID_CHARS })) });

export const positionSchema = z.looseObject({ x: coordinate, y: coordinate }, expected('position'));

export const viewportSchema = z.looseObject(
  {
    x: checked<number>(numberCheck(VIEWPORT_OFFSET_LIMIT)),
    y: checked<number>(numberCheck(VIEWPORT_OFFSET_LIMIT)),
    zoom: checked<number>(numberCheck(ZOOM_LIMIT)),
  },
  expected('viewport'),
);

function nodeOption<T extends VsmNodeType>(type: T) {
  return z.looseObject({
    id: idSchema,
    type: z.literal(type),
    position: positionSchema,
    // React Flow needs `data`; a hand-written file may leave it out for symbols without fields.
    data: dataSchema([...FIELDS_BY_TYPE[type], ...COMMON_FIELDS, ORIGIN_FIELD]).default(() => ({})),
    width: size.optional(),
    height: size.optional(),
  });
}

const [firstNodeType, ...otherNodeTypes] = NODE_TYPES;

export const nodeSchema = z.discriminatedUnion(
  'type',
  [nodeOption(firstNodeType), ...otherNodeTypes.map((type) => nodeOption(type))],
  {
    error: (issue) => {
      const input: unknown = issue.input;
      if (input === null || typeof input !== 'object' || Array.isArray(input)) {
        return encode(message('value.wrongShape', { expected: 'node', got: got(input) }));
      }
      const type = (input as Record<string, unknown>).type;
      if (type === undefined) return encode(message('node.missingType', {}));
      return encode(message('node.unknownType', { got: got(type) }));
    },
  },
);

export const edgeDataSchema = dataSchema(EDGE_FIELDS);

export const edgeSchema = z.looseObject(
  {
    id: idSchema,
    type: z.enum(EDGE_TYPES, {
      error: (issue) =>
        encode(issue.input === undefined ? message('edge.missingType', {}) : message('edge.unknownType', { got: got(issue.input) })),
    }),
    source: idSchema,
    target: idSchema,
    sourceHandle: z.string(expected('textOrNull')).nullable().optional(),
    targetHandle: z.string(expected('textOrNull')).nullable().optional(),
    data: edgeDataSchema.optional(),
  },
  expected('edge'),
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
    nodes: z.array(nodeSchema, expected('nodes')),
    edges: z.array(edgeSchema, expected('edges')),
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
 */
export function cleanJson(input: unknown, basePath = ''): CleanJson {
  let nonFinite: CleanJson['nonFinite'] = null;
  const copy = (value: unknown, path: string, depth: number): unknown => {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') {
      if (!Number.isFinite(value) && nonFinite === null) nonFinite = { path, value };
      // JSON has no -0; a value that keeps it would change on its first save.
      return Object.is(value, -0) ? 0 : value;
    }
    if (typeof value !== 'object') {
      refuse(path, 'value.notPlainJson', { got: got(value) });
    }
    if (depth >= MAX_NESTING) refuse(path, 'value.tooDeep', { limit: MAX_NESTING });
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (item === undefined) refuse(joinPath(path, [i]), 'value.notPlainJson', { got: { kind: 'nothing' } });
        out.push(copy(item, joinPath(path, [i]), depth + 1));
      }
      return out;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      refuse(path, 'value.notPlainJson', { got: { kind: 'other' } });
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const keyPath = joinPath(path, [key]);
      if (FORBIDDEN_KEYS.has(key)) refuse(keyPath, 'value.forbiddenKey', { key });
      const item: unknown = (value as Record<string, unknown>)[key];
      if (item === undefined) continue;
      out[key] = copy(item, keyPath, depth + 1);
    }
    return out;
  };
  const value = copy(input, basePath, 0);
  return { value, nonFinite };
}
