/**
 * Every limit on the values of a document in one place (spec section 8): the range of each kind
 * of number a field holds, the few fields narrower than their kind, positions, sizes, the
 * viewport, the settings, text lengths, ids, links, nesting and file size. Each symbol's module
 * (`symbols/`) gives its number fields one of these ranges; the schema, the inspector's parser
 * and the settings form all check against them, so a value the form accepts always opens again
 * from a file. docs/decisions.md says why each limit is where it is.
 */
import type { NumberKind, QuantityUnit } from './messages';
import type { FieldSpec, NumericFieldKind } from './symbols/definition';

/** The range of one kind of number. */
export interface NumberLimit {
  /** What the number is, for the message ("must be a time in seconds …"). */
  what: NumberKind;
  min: number;
  /** `min` itself is refused too (available time must be above 0). */
  minExclusive?: boolean;
  max: number;
  /** Only whole numbers (counts, shifts). */
  whole?: boolean;
  /** The unit min and max are shown in. */
  unit: QuantityUnit;
}

/** A year in seconds: no cycle time, changeover or motion in a value stream comes near it. */
export const SECONDS_PER_YEAR = 365 * 86_400;
/** A calendar day in seconds: the most time a day can have. */
export const SECONDS_PER_CALENDAR_DAY = 86_400;

export type { NumericFieldKind } from './symbols/definition';

/** The range of each kind of numeric field, unless a symbol's field gives a narrower one. */
export const LIMITS_BY_KIND: Readonly<Record<NumericFieldKind, NumberLimit>> = {
  seconds: { what: 'seconds', min: 0, max: SECONDS_PER_YEAR, unit: 'sec' },
  // Ten years: slow-moving and obsolete stock can cover years; more is a typing error.
  days: { what: 'days', min: 0, max: 3_650, unit: 'days' },
  percent: { what: 'percent', min: 0, max: 100, unit: 'percent' },
  count: { what: 'count', min: 0, max: 1e9, whole: true, unit: 'count' },
  number: { what: 'number', min: 0, max: 1e9, unit: 'number' },
};

/** Defect rate: parts per million cannot exceed a million (the quality symbol's `ppm`). */
export const PPM_LIMIT: NumberLimit = { what: 'ppm', min: 0, max: 1e6, unit: 'ppm' };

/**
 * Shifts a day, for the map settings and a process's own `shifts` alike. One to four: more is
 * almost surely a typing error; a plant running round the clock in six short shifts enters four
 * longer ones with the same available time.
 */
export const SHIFTS_LIMIT: NumberLimit = { what: 'shifts', min: 1, max: 4, whole: true, unit: 'count' };

/** A symbol's position on the map, in px: far wider than any wall of paper. */
export const POSITION_LIMIT: NumberLimit = { what: 'position', min: -1e6, max: 1e6, unit: 'number' };
/** A symbol's stored width and height, in px. */
export const SIZE_LIMIT: NumberLimit = { what: 'size', min: 0, max: 100_000, unit: 'number' };
/** The viewport's offset, in px: a position within POSITION_LIMIT at the largest zoom, with room to spare. */
export const VIEWPORT_OFFSET_LIMIT: NumberLimit = { what: 'position', min: -1e7, max: 1e7, unit: 'number' };
/** The viewport's zoom (the editor itself zooms from 0.1 to 4). */
export const ZOOM_LIMIT: NumberLimit = { what: 'zoom', min: 0, minExclusive: true, max: 100, unit: 'number' };

/** The map settings behind takt and lead time. */
export const SETTINGS_LIMITS = {
  availableSecondsPerShift: { what: 'shiftSeconds', min: 0, minExclusive: true, max: SECONDS_PER_CALENDAR_DAY, unit: 'sec' },
  shiftsPerDay: SHIFTS_LIMIT,
  // Averages such as 21.7 days (260 a year / 12) are common, so decimals are fine.
  workingDaysPerMonth: { what: 'workingDays', min: 1, max: 31, unit: 'number' },
} as const satisfies Record<string, NumberLimit>;

/** Available time per shift × shifts may not exceed a calendar day. */
export const MAX_SECONDS_PER_DAY = SECONDS_PER_CALENDAR_DAY;

/** Largest file accepted, in bytes (20 MB). A big real map is well under 1 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** A label (name, title, one-line note), in characters. */
export const MAX_LABEL_CHARS = 200;
/** Long text (notes, kaizen targets), in characters. */
export const MAX_LONG_TEXT_CHARS = 5_000;
export const MAX_ID_CHARS = 200;
/** Items in one list of an SOP draft (procedure steps, checklist items, revisions …): far more than a page holds. */
export const MAX_SOP_ITEMS = 200;
export const MAX_URL_CHARS = 2_000;
/** Deeper nesting than this is refused: no real map comes near it, and it bounds recursion. */
export const MAX_NESTING = 100;

/** The range of a catalog field that holds a number (its symbol module says which), or null for other fields. */
export function numberLimitOf(spec: FieldSpec): NumberLimit | null {
  return 'limit' in spec ? spec.limit : null;
}
