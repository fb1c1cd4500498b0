import * as z from 'zod';
import { DocumentError, describeValue, joinPath, type PathSegment } from './errors';
import { COMMON_FIELDS, EDGE_FIELDS, FIELDS_BY_TYPE, MAX_LABEL_CHARS, MAX_LONG_TEXT_CHARS, type FieldSpec } from './fields';
import { DEFAULT_SETTINGS, EDGE_TYPES, FORMAT, NODE_TYPES, WASTE_IDS, type VsmNodeType } from './types';

/**
 * zod schemas of the document (spec section 3). Every object is loose: fields this version does
 * not know are kept on a round trip, so a file from a newer minor edit or another tool loses
 * nothing. Each check writes its own message (`must be 0 to 100, got 150`); the caller puts the
 * path in front. Run input through `cleanJson` first: it refuses dangerous keys and copies the
 * input into fresh objects, so nothing parsed is ever merged into an existing object.
 */

/** Keys refused anywhere in a document: merging them into an object can pollute prototypes. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
export const MAX_ID_CHARS = 200;
export const MAX_URL_CHARS = 2_000;
/** Deeper nesting than this is refused: no real map comes near it, and it bounds recursion. */
export const MAX_NESTING = 100;
/** Seconds in a calendar day: an upper bound for the time available per day. */
const SECONDS_PER_CALENDAR_DAY = 86_400;

/** Checks one value; returns null when it is fine, else what is wrong (no path). */
export type ValueCheck = (value: unknown) => string | null;

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const got = (value: unknown): string => `got ${describeValue(value)}`;
const thousands = (n: number): string => n.toLocaleString('en-US');

function nonNegative(what: string): ValueCheck {
  return (value) => (isFiniteNumber(value) && value >= 0 ? null : `must be ${what}, 0 or more, ${got(value)}`);
}

/** Length in characters as a person counts them (code points), cheap for very long strings. */
function textLength(text: string, limit: number): number {
  if (text.length <= limit || text.length > limit * 2) return text.length;
  let count = 0;
  for (const _char of text) count++;
  return count;
}

function textCheck(limit: number): ValueCheck {
  return (value) => {
    if (typeof value !== 'string') return `must be text, ${got(value)}`;
    const length = textLength(value, limit);
    return length <= limit ? null : `is too long: ${thousands(length)} characters, the limit is ${thousands(limit)}`;
  };
}

function oneOf(options: readonly string[], what = 'one of'): ValueCheck {
  return (value) =>
    typeof value === 'string' && options.includes(value) ? null : `must be ${what} ${options.join(', ')}; ${got(value)}`;
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
  return `must be a date as YYYY-MM-DD, ${got(value)}`;
};

const wasteCheck = oneOf(WASTE_IDS, 'one of the eight wastes:');
const wasteTagsCheck: ValueCheck = (value) => {
  if (!Array.isArray(value)) return `must be a list of waste ids (${WASTE_IDS.join(', ')}), ${got(value)}`;
  const seen = new Set<unknown>();
  for (const tag of value) {
    if (typeof tag !== 'string' || !(WASTE_IDS as readonly string[]).includes(tag)) {
      return `lists an unknown waste ${describeValue(tag)}; known: ${WASTE_IDS.join(', ')}`;
    }
    if (seen.has(tag)) return `lists ${describeValue(tag)} twice`;
    seen.add(tag);
  }
  return null;
};

const idCheck: ValueCheck = (value) => {
  if (typeof value !== 'string' || value === '') return `must be the id of a node, ${got(value)}`;
  return value.length <= MAX_ID_CHARS ? null : `is too long for an id: ${thousands(value.length)} characters, the limit is ${MAX_ID_CHARS}`;
};

// Browsers drop tabs and newlines inside URLs and trim controls and spaces around them, so
// `java\tscript:` runs as `javascript:`. Any such character makes the link refused outright.
// eslint-disable-next-line no-control-regex
const URL_TRICK_CHARS = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/;
const SAFE_LINK = /^(https?:\/\/|mailto:)/i;
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
/** Allows only http, https and mailto links; refuses `javascript:`, `data:` and every trick around them. */
export const urlCheck: ValueCheck = (value) => {
  if (typeof value !== 'string') return `must be a link as text, ${got(value)}`;
  if (value.length > MAX_URL_CHARS) return `is too long for a link: ${thousands(value.length)} characters, the limit is ${thousands(MAX_URL_CHARS)}`;
  const refused = `must be an http, https or mailto link, ${got(value)}`;
  if (URL_TRICK_CHARS.test(value) || !SAFE_LINK.test(value)) return refused;
  try {
    return ALLOWED_PROTOCOLS.has(new URL(value).protocol) ? null : refused;
  } catch {
    return refused;
  }
};

const booleanCheck: ValueCheck = (value) => (typeof value === 'boolean' ? null : `must be true or false, ${got(value)}`);

/** The check for one catalog field, by its kind (see `fields.ts`). */
export function fieldCheck(spec: FieldSpec): ValueCheck {
  switch (spec.kind) {
    case 'seconds': return nonNegative('a time in seconds');
    case 'days': return nonNegative('a number of days');
    case 'number': return nonNegative('a number');
    case 'count':
      return (value) => (isFiniteNumber(value) && value >= 0 && Number.isInteger(value) ? null : `must be a whole number, 0 or more, ${got(value)}`);
    case 'percent':
      return (value) => (isFiniteNumber(value) && value >= 0 && value <= 100 ? null : `must be 0 to 100, ${got(value)}`);
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

/** A zod schema around a check; the output type is declared by the caller. */
function checked<T>(check: ValueCheck) {
  return z.custom<T>().check((ctx) => {
    const problem = check(ctx.value);
    if (problem !== null) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
  });
}

/** The message for a structural mismatch: `is missing` or `must be a list, got "x"`. */
function expected(what: string) {
  return { error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing' : `must be ${what}, ${got(issue.input)}`) };
}

const ORIGIN_FIELD: FieldSpec = { key: 'originId', kind: 'nodeRef', label: { en: 'Origin', id: 'Asal' } };

function dataSchema(fields: readonly FieldSpec[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const spec of fields) shape[spec.key] = checked<unknown>(fieldCheck(spec)).optional();
  return z.looseObject(shape, expected('an object of fields'));
}

const finite = checked<number>((value) => (isFiniteNumber(value) ? null : `must be a number, ${got(value)}`));
const size = checked<number>(nonNegative('a size'));

export const idSchema = z
  .string(expected('text'))
  .min(1, { error: 'must not be empty' })
  .max(MAX_ID_CHARS, { error: (issue) => `is too long for an id: the limit is ${MAX_ID_CHARS} characters, ${got(issue.input)}` });

export const positionSchema = z.looseObject({ x: finite, y: finite }, expected('a position {x, y}'));

export const viewportSchema = z.looseObject(
  {
    x: finite,
    y: finite,
    zoom: checked<number>((value) => (isFiniteNumber(value) && value > 0 ? null : `must be a number above 0, ${got(value)}`)),
  },
  expected('a viewport {x, y, zoom}'),
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
      if (input === null || typeof input !== 'object' || Array.isArray(input)) return `must be a node object, ${got(input)}`;
      const type = (input as Record<string, unknown>).type;
      if (type === undefined) return 'is missing: every node needs a type';
      return `unknown node type ${describeValue(type)}; known types: ${NODE_TYPES.join(', ')}`;
    },
  },
);

export const edgeDataSchema = dataSchema(EDGE_FIELDS);

export const edgeSchema = z.looseObject(
  {
    id: idSchema,
    type: z.enum(EDGE_TYPES, {
      error: (issue) =>
        issue.input === undefined
          ? 'is missing: every edge needs a type'
          : `unknown edge type ${describeValue(issue.input)}; known types: ${EDGE_TYPES.join(', ')}`,
    }),
    source: idSchema,
    target: idSchema,
    sourceHandle: z.string(expected('text or null')).nullable().optional(),
    targetHandle: z.string(expected('text or null')).nullable().optional(),
    data: edgeDataSchema.optional(),
  },
  expected('an edge object'),
);

/**
 * Map settings. Missing settings, or missing keys in them, take DEFAULT_SETTINGS: a map drawn
 * by hand still analyses, and the values are then written out on save so the file says what
 * the numbers were computed with.
 */
export const settingsSchema = z
  .looseObject(
    {
      availableSecondsPerShift: checked<number>((value) =>
        isFiniteNumber(value) && value > 0 && value <= SECONDS_PER_CALENDAR_DAY
          ? null
          : `must be a time in seconds above 0 and at most 86,400, ${got(value)}`,
      ).default(DEFAULT_SETTINGS.availableSecondsPerShift),
      shiftsPerDay: checked<number>((value) =>
        isFiniteNumber(value) && Number.isInteger(value) && value >= 1 && value <= 24
          ? null
          : `must be a whole number from 1 to 24, ${got(value)}`,
      ).default(DEFAULT_SETTINGS.shiftsPerDay),
      workingDaysPerMonth: checked<number>((value) =>
        isFiniteNumber(value) && value > 0 && value <= 31 ? null : `must be a number above 0 and at most 31, ${got(value)}`,
      ).default(DEFAULT_SETTINGS.workingDaysPerMonth),
      daysBasis: checked<'working' | 'calendar'>(oneOf(['working', 'calendar'])).default(DEFAULT_SETTINGS.daysBasis),
    },
    expected('an object of settings'),
  )
  .check((ctx) => {
    const perDaySec = ctx.value.availableSecondsPerShift * ctx.value.shiftsPerDay;
    if (perDaySec > SECONDS_PER_CALENDAR_DAY) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `available time per day is ${thousands(perDaySec)} s (seconds per shift × shifts); a day has only 86,400 s`,
      });
    }
  })
  .default(() => ({ ...DEFAULT_SETTINGS }));

export const mapStateSchema = z.looseObject(
  {
    settings: settingsSchema,
    nodes: z.array(nodeSchema, expected('a list of nodes')),
    edges: z.array(edgeSchema, expected('a list of edges')),
    viewport: viewportSchema.optional(),
  },
  expected('a map state object with nodes and edges'),
);

const formatCheck: ValueCheck = (value) =>
  value === FORMAT ? null : `this is not an Arus map: format must be "${FORMAT}", ${got(value)}`;

/** The whole document, after migration to the current schema version. */
export const documentSchema = z.looseObject(
  {
    format: checked<typeof FORMAT>(formatCheck),
    schemaVersion: z.number(expected('a whole number')).int(),
    // A title is not essential to a map; a file without one opens untitled.
    title: checked<string>(textCheck(MAX_LABEL_CHARS)).default(''),
    product: checked<string>(textCheck(MAX_LABEL_CHARS)).optional(),
    states: z.looseObject(
      {
        current: mapStateSchema,
        future: mapStateSchema.nullable().default(null),
      },
      expected('an object with a current state'),
    ),
  },
  expected('a JSON object'),
);

/** The format check alone, run before migrations so a stranger's file is named as such. */
export function checkFormat(value: unknown): string | null {
  return formatCheck(value);
}

/** Turns the first zod issue into a DocumentError whose path starts at `basePath`. */
export function toDocumentError(error: z.ZodError, basePath: string): DocumentError {
  const issue = error.issues[0];
  if (!issue) return new DocumentError(basePath, 'is not valid');
  return new DocumentError(joinPath(basePath, issue.path as PathSegment[]), issue.message);
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
      throw new DocumentError(path, `must be plain JSON data, ${got(value)}`);
    }
    if (depth >= MAX_NESTING) throw new DocumentError(path, `is nested more than ${MAX_NESTING} levels deep`);
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (item === undefined) throw new DocumentError(joinPath(path, [i]), 'must be plain JSON data, got nothing');
        out.push(copy(item, joinPath(path, [i]), depth + 1));
      }
      return out;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      throw new DocumentError(path, 'must be plain JSON data, got an object of another kind');
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      const keyPath = joinPath(path, [key]);
      if (FORBIDDEN_KEYS.has(key)) throw new DocumentError(keyPath, `the key "${key}" is not allowed in a map file`);
      const item: unknown = (value as Record<string, unknown>)[key];
      if (item === undefined) continue;
      out[key] = copy(item, keyPath, depth + 1);
    }
    return out;
  };
  const value = copy(input, basePath, 0);
  return { value, nonFinite };
}
