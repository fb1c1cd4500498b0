/**
 * Reading and showing durations and plain numbers as people type them in a workshop: `45`,
 * `45 s`, `10 min`, `1.5 h`, `2 d`, `1 h 30 min`, and with an Indonesian decimal comma `1,5 h`.
 * Units are read in English and Indonesian (`detik`, `menit`, `jam`, `hari`).
 */

import { SECONDS_PER_CALENDAR_DAY } from './limits';
import { message, type Message } from './messages';

export { SECONDS_PER_CALENDAR_DAY } from './limits';

/** A number read from typed text, or why it could not be read. */
export type ParseResult = { ok: true; value: number } | { ok: false; message: Message };
const MAX_INPUT_CHARS = 100;

const fail = (problem: Message): ParseResult => ({ ok: false, message: problem });

const UNIT_SECONDS: Record<string, 's' | 'min' | 'h' | 'd'> = {
  s: 's', sec: 's', secs: 's', second: 's', seconds: 's', detik: 's', dtk: 's',
  m: 'min', min: 'min', mins: 'min', minute: 'min', minutes: 'min', menit: 'min', mnt: 'min',
  h: 'h', hr: 'h', hrs: 'h', hour: 'h', hours: 'h', jam: 'h',
  d: 'd', day: 'd', days: 'd', hari: 'd',
};

/**
 * Reads a number as typed, accepting a decimal comma (`1,5`) and unambiguous thousands
 * separators (`18,400.5`, `18.400,5`, `1,234,567`). A single separator followed by exactly three
 * digits (`7.000`, `1,500`) means 7 in English and 7000 in Indonesian, so it is refused and the
 * person asked to write it plainly rather than silently getting a thousand times off.
 */
export function parseNumber(input: string): ParseResult {
  const text = input.trim();
  if (text === '') return fail(message('input.enterNumber', {}));
  if (text.length > MAX_INPUT_CHARS) return fail(message('input.numberTooLong', {}));
  const sign = text.startsWith('-') ? -1 : 1;
  const value = readUnsigned(text.replace(/^[-+]\s*/, ''));
  if (typeof value !== 'number') return fail(value);
  return { ok: true, value: sign * value };
}

/** Returns the number, or a message saying why it could not be read. */
function readUnsigned(text: string): number | Message {
  let normal: string | null = null;
  if (/^\d+$/.test(text)) normal = text;
  else if (/^\d*[.,]\d+$/.test(text)) {
    const [whole = '', fraction = ''] = text.split(/[.,]/);
    if (fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole)) {
      return message('input.ambiguousSeparator', { text, asDecimal: Number(`${whole}.${fraction}`), asWhole: Number(`${whole}${fraction}`) });
    }
    normal = `${whole}.${fraction}`;
  } else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) normal = text.replaceAll(',', '');
  else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) normal = text.replaceAll('.', '').replace(',', '.');
  else if (/^\d+\.$/.test(text) || /^\d+,$/.test(text)) normal = text.slice(0, -1);
  if (normal === null) return message('input.notNumber', { text });
  const value = Number(normal);
  return Number.isFinite(value) ? value : message('input.numberTooLarge', { text });
}

/**
 * Reads a duration into seconds (`unit` 'sec') or days (`unit` 'days'). A bare number is in
 * `unit`. Days and hours convert with `secondsPerDay` (default 86,400, a calendar day); a
 * caller that means working days, as the lead-time ladder does, passes the map's available
 * seconds per day instead, so `1 d` of a 2-shift plant is 55,200 s, not 86,400 s.
 */
export function parseDuration(input: string, unit: 'sec' | 'days', secondsPerDay = SECONDS_PER_CALENDAR_DAY): ParseResult {
  const text = input.trim().toLowerCase();
  if (text === '') return fail(message('input.enterTime', {}));
  if (text.length > MAX_INPUT_CHARS) return fail(message('input.timeTooLong', {}));
  if (/^-/.test(text)) return fail(message('input.negativeTime', {}));
  if (!(secondsPerDay > 0 && Number.isFinite(secondsPerDay))) return fail(message('input.badSecondsPerDay', {}));

  const bare = readUnsigned(text);
  if (typeof bare === 'number') return { ok: true, value: tidy(bare) };

  // One or more "number unit" parts, e.g. "1 h 30 min" or "1h30min".
  const part = /\s*([\d.,]+)\s*([a-z]+)\s*/y;
  let totalSec = 0;
  let at = 0;
  while (at < text.length) {
    part.lastIndex = at;
    const match = part.exec(text);
    if (!match) return fail(message('input.notTime', { text: input.trim() }));
    const amount = readUnsigned(match[1]!);
    if (typeof amount !== 'number') return fail(amount);
    const kind = UNIT_SECONDS[match[2]!];
    if (!kind) return fail(message('input.unknownUnit', { unit: match[2]! }));
    totalSec += amount * { s: 1, min: 60, h: 3_600, d: secondsPerDay }[kind];
    at = part.lastIndex;
  }
  const value = unit === 'sec' ? totalSec : totalSec / secondsPerDay;
  if (!Number.isFinite(value)) return fail(message('input.timeTooLarge', {}));
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
