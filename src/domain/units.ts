/**
 * Reading and showing durations and plain numbers as people type them in a workshop: `45`,
 * `45 s`, `10 min`, `1.5 h`, `2 d`, `1 h 30 min`, and with an Indonesian decimal comma `1,5 h`.
 * Units are read in English and Indonesian (`detik`, `menit`, `jam`, `hari`).
 */

export type ParseResult = { ok: true; value: number } | { ok: false; message: string };

/** A calendar day in seconds. */
export const SECONDS_PER_CALENDAR_DAY = 86_400;
const MAX_INPUT_CHARS = 100;

const UNIT_SECONDS: Record<string, 's' | 'min' | 'h' | 'd'> = {
  s: 's', sec: 's', secs: 's', second: 's', seconds: 's', detik: 's', dtk: 's',
  m: 'min', min: 'min', mins: 'min', minute: 'min', minutes: 'min', menit: 'min', mnt: 'min',
  h: 'h', hr: 'h', hrs: 'h', hour: 'h', hours: 'h', jam: 'h',
  d: 'd', day: 'd', days: 'd', hari: 'd',
};

const EXAMPLES = 'try 45 s, 10 min, 1.5 h or 2 d';

/**
 * Reads a number as typed, accepting a decimal comma (`1,5`) and unambiguous thousands
 * separators (`18,400.5`, `18.400,5`, `1,234,567`). A single separator followed by exactly three
 * digits (`7.000`, `1,500`) means 7 in English and 7000 in Indonesian, so it is refused and the
 * person asked to write it plainly rather than silently getting a thousand times off.
 */
export function parseNumber(input: string): ParseResult {
  const text = input.trim();
  if (text === '') return { ok: false, message: 'enter a number' };
  if (text.length > MAX_INPUT_CHARS) return { ok: false, message: 'that is too long for a number' };
  const sign = text.startsWith('-') ? -1 : 1;
  const value = readUnsigned(text.replace(/^[-+]\s*/, ''));
  if (typeof value === 'string') return { ok: false, message: value };
  return { ok: true, value: sign * value };
}

/** Returns the number, or a message saying why it could not be read. */
function readUnsigned(text: string): number | string {
  let normal: string | null = null;
  if (/^\d+$/.test(text)) normal = text;
  else if (/^\d*[.,]\d+$/.test(text)) {
    const [whole = '', fraction = ''] = text.split(/[.,]/);
    if (fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole)) {
      const asDecimal = Number(`${whole}.${fraction}`);
      return `"${text}" could mean ${asDecimal} or ${whole}${fraction}: write it without a thousands separator (${whole}${fraction}) or as ${asDecimal}`;
    }
    normal = `${whole}.${fraction}`;
  } else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) normal = text.replaceAll(',', '');
  else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) normal = text.replaceAll('.', '').replace(',', '.');
  else if (/^\d+\.$/.test(text) || /^\d+,$/.test(text)) normal = text.slice(0, -1);
  if (normal === null) return `could not read "${text}" as a number`;
  const value = Number(normal);
  return Number.isFinite(value) ? value : `"${text}" is too large`;
}

/**
 * Reads a duration into seconds (`unit` 'sec') or days (`unit` 'days'). A bare number is in
 * `unit`. Days and hours convert with `secondsPerDay` (default 86,400, a calendar day); a
 * caller that means working days, as the lead-time ladder does, passes the map's available
 * seconds per day instead, so `1 d` of a 2-shift plant is 55,200 s, not 86,400 s.
 */
export function parseDuration(input: string, unit: 'sec' | 'days', secondsPerDay = SECONDS_PER_CALENDAR_DAY): ParseResult {
  const text = input.trim().toLowerCase();
  if (text === '') return { ok: false, message: `enter a time; ${EXAMPLES}` };
  if (text.length > MAX_INPUT_CHARS) return { ok: false, message: 'that is too long for a time' };
  if (/^-/.test(text)) return { ok: false, message: 'a time cannot be negative' };
  if (!(secondsPerDay > 0 && Number.isFinite(secondsPerDay))) return { ok: false, message: 'the seconds per day must be above 0' };

  const bare = readUnsigned(text);
  if (typeof bare === 'number') return { ok: true, value: tidy(bare) };

  // One or more "number unit" parts, e.g. "1 h 30 min" or "1h30min".
  const part = /\s*([\d.,]+)\s*([a-z]+)\s*/y;
  let totalSec = 0;
  let at = 0;
  while (at < text.length) {
    part.lastIndex = at;
    const match = part.exec(text);
    if (!match) return { ok: false, message: `could not read "${input.trim()}" as a time; ${EXAMPLES}` };
    const amount = readUnsigned(match[1]!);
    if (typeof amount === 'string') return { ok: false, message: amount };
    const kind = UNIT_SECONDS[match[2]!];
    if (!kind) return { ok: false, message: `unknown unit "${match[2]}"; use s, min, h or d` };
    totalSec += amount * { s: 1, min: 60, h: 3_600, d: secondsPerDay }[kind];
    at = part.lastIndex;
  }
  const value = unit === 'sec' ? totalSec : totalSec / secondsPerDay;
  if (!Number.isFinite(value)) return { ok: false, message: 'that time is too large' };
  return { ok: true, value: tidy(value) };
}

/** Drops floating-point dust (1.1 h is 3960 s, not 3960.0000000000005). */
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/**
 * Shows a duration in a friendly unit: seconds as `45 s`, `10 min`, `1.5 h` (never days, whose
 * length depends on the plant); days as `2.3 d`. Whole numbers from 100, one decimal from 1,
 * two significant digits below 1.
 */
export function formatDuration(value: number, unit: 'sec' | 'days'): string {
  if (!Number.isFinite(value)) return '–';
  if (unit === 'days') return `${friendly(value)} d`;
  const size = Math.abs(value);
  if (size < 60) return `${friendly(value)} s`;
  if (size < 3_600) return `${friendly(value / 60)} min`;
  return `${friendly(value / 3_600)} h`;
}

/** Rounds for reading: whole from 100, one decimal from 1, two significant digits below 1. */
function friendly(value: number): string {
  const size = Math.abs(value);
  let shown: number;
  if (size >= 100) shown = Math.round(value);
  else if (size >= 1) shown = Math.round(value * 10) / 10;
  else shown = Number(value.toPrecision(2));
  return String(Object.is(shown, -0) ? 0 : shown);
}
