/**
 * The one formatter for numbers, units and dates of the whole app (panels, canvas, CLI,
 * exports), built on `Intl`. Plain TypeScript: the CLI uses it too.
 *
 * Units follow docs/glossary.md: English `s`, `min`, `h`, `days`, `units`; Indonesian `dtk`,
 * `mnt`, `jam`, `hari`, `unit`. A no-break space joins number and unit so `60 s` never splits
 * over two lines.
 */
import type { QuantityUnit } from '../domain/messages';
import type { Language } from './language';

/** What every view shows for a number that could not be computed. */
export const MISSING = '—';

export const NBSP = '\u00a0';

const LOCALE: Record<Language, string> = { en: 'en-US', id: 'id-ID' };

/** The time units of a data box, in each language. */
const UNIT_WORDS: Record<Language, {
  s: string; min: string; h: string; day: string; days: string; unit: string; units: string; perDay: string; perYear: string;
}> = {
  en: { s: 's', min: 'min', h: 'h', day: 'day', days: 'days', unit: 'unit', units: 'units', perDay: 'a day', perYear: 'a year' },
  id: { s: 'dtk', min: 'mnt', h: 'jam', day: 'hari', days: 'hari', unit: 'unit', units: 'unit', perDay: 'per hari', perYear: 'per tahun' },
};

/** Times up to this many seconds are shown in seconds (a data box compares them with takt). */
export const SECONDS_SHOWN_UP_TO = 600;

export interface Formatter {
  readonly lang: Language;
  /** A plain number with at most `maxFractionDigits` decimals: `3.1`, `3,1`. */
  number(value: number | null | undefined, maxFractionDigits?: number): string;
  /** A whole count with grouping: `17,130` / `17.130`. */
  count(value: number | null | undefined): string;
  /** Units of stock: `17,130 units` / `17.130 unit`. */
  units(value: number | null | undefined): string;
  /**
   * A time in seconds as a VSM data box shows it, never rounded into a coarser unit that would
   * hide the difference from takt: seconds up to 10 minutes (`62 s`, `59.6 s`, `600 s`), beyond
   * that two units (`10 min 30 s`, `1 h 5 min`, `26 h 40 min`).
   */
  time(sec: number | null | undefined): string;
  /** Days with one decimal: `23.6 days` / `23,6 hari`; small non-zero values keep two significant digits. */
  days(days: number | null | undefined): string;
  /** A ratio (1 = 100 %) as a percentage: whole from 10 %, one decimal from 1 %, two below. */
  ratio(ratio: number | null | undefined): string;
  /** A percentage already 0..100 (uptime, scrap): `85%`, `2.5%`. */
  percent(pct: number | null | undefined): string;
  /** A date `YYYY-MM-DD` as people write it: `Dec 1, 2026` / `1 Des 2026`; other text unchanged. */
  date(isoDate: string | null | undefined): string;
  /** A moment in local time: `Dec 1, 2026, 10:30 AM` / `1 Des 2026, 10.30`. */
  moment(at: Date): string;
  /** A measure with its unit code (see `QuantityUnit`). */
  quantity(value: number | null | undefined, unit: QuantityUnit): string;
}


const isMissing = (value: number | null | undefined): value is null | undefined =>
  value === null || value === undefined || !Number.isFinite(value);

const formatters = new Map<Language, Formatter>();

/** The formatter of a language, built once. */
export function formatterFor(lang: Language): Formatter {
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = makeFormatter(lang);
    formatters.set(lang, formatter);
  }
  return formatter;
}

function makeFormatter(lang: Language): Formatter {
  const locale = LOCALE[lang];
  const words = UNIT_WORDS[lang];
  // toLocaleString with options builds a new Intl.NumberFormat on every call; a ladder of a
  // thousand rungs formats thousands of numbers, so each format is built once.
  const cache = new Map<string, Intl.NumberFormat>();
  const nf = (min: number, max: number, significant = false): Intl.NumberFormat => {
    const key = `${min}:${max}:${significant}`;
    let format = cache.get(key);
    if (!format) {
      format = new Intl.NumberFormat(locale, significant
        ? { maximumSignificantDigits: max }
        : { minimumFractionDigits: min, maximumFractionDigits: max });
      cache.set(key, format);
    }
    return format;
  };
  const plain = (value: number, maxFractionDigits: number) => nf(0, maxFractionDigits).format(noNegativeZero(value));
  const withUnit = (text: string, unit: string) => `${text}${NBSP}${unit}`;
  const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const momentFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

  const time = (sec: number | null | undefined): string => {
    if (isMissing(sec)) return MISSING;
    const size = Math.abs(sec);
    if (size <= SECONDS_SHOWN_UP_TO) {
      // Whole seconds from 100 s; one decimal below so 59.6 s is not read as takt 60 s.
      return withUnit(plain(sec, size >= 100 ? 0 : size >= 1 ? 1 : 2), words.s);
    }
    const sign = sec < 0 ? '-' : '';
    const whole = Math.round(size);
    const hours = Math.floor(whole / 3_600);
    const minutes = Math.floor((whole % 3_600) / 60);
    const seconds = whole % 60;
    const parts = hours > 0
      ? [withUnit(nf(0, 0).format(hours), words.h), minutes > 0 ? withUnit(String(minutes), words.min) : '']
      : [withUnit(String(minutes), words.min), seconds > 0 ? withUnit(String(seconds), words.s) : ''];
    return sign + parts.filter((part) => part !== '').join(' ');
  };

  const days = (value: number | null | undefined): string => {
    if (isMissing(value)) return MISSING;
    let text: string;
    if (value === 0) text = '0';
    else if (Math.abs(value) < 0.1) text = nf(0, 2, true).format(Number(value.toPrecision(2)));
    // Always one decimal so the rungs of a ladder line up: "5.0 days", "23.6 days".
    else text = nf(1, 1).format(value);
    return withUnit(text, text === '1' ? words.day : words.days);
  };

  const ratio = (value: number | null | undefined): string => {
    if (isMissing(value)) return MISSING;
    const pct = value * 100;
    const abs = Math.abs(pct);
    if (pct !== 0 && abs < 0.005) return `<${NBSP}${plain(0.01, 2)}%`;
    return `${plain(pct, abs >= 10 ? 0 : abs >= 1 ? 1 : 2)}%`;
  };

  const count = (value: number | null | undefined): string => {
    if (isMissing(value)) return MISSING;
    return plain(value, Math.abs(value) >= 100 ? 0 : 1);
  };

  const formatter: Formatter = {
    lang,
    number: (value, maxFractionDigits = 1) => (isMissing(value) ? MISSING : plain(value, maxFractionDigits)),
    count,
    units: (value) => (isMissing(value) ? MISSING : withUnit(count(value), value === 1 ? words.unit : words.units)),
    time,
    days,
    ratio,
    percent: (pct) => (isMissing(pct) ? MISSING : `${plain(pct, Math.abs(pct) >= 10 ? 0 : 1)}%`),
    date: (isoDate) => {
      if (isoDate === null || isoDate === undefined || isoDate === '') return MISSING;
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
      if (!match) return isoDate;
      const at = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
      return Number.isNaN(at.getTime()) ? isoDate : dateFormat.format(at);
    },
    moment: (at) => momentFormat.format(at),
    quantity: (value, unit) => {
      switch (unit) {
        case 'sec': return time(value);
        case 'days': return days(value);
        case 'units': return formatter.units(value);
        // Daily demand: `920 units a day` / `920 unit per hari`.
        case 'unitsPerDay': return isMissing(value) ? MISSING : `${formatter.units(value)} ${words.perDay}`;
        // Inventory turns: `15.0 a year` / `15,0 per tahun`.
        case 'perYear': return isMissing(value) ? MISSING : `${nf(1, 1).format(value)} ${words.perYear}`;
        case 'ratio': return ratio(value);
        case 'percent': return formatter.percent(value);
        case 'count': return count(value);
        case 'operators': return formatter.number(value, 1);
        case 'm': return isMissing(value) ? MISSING : withUnit(plain(value, 1), 'm');
        case 'ppm': return isMissing(value) ? MISSING : withUnit(plain(value, 0), 'ppm');
        case 'number': return formatter.number(value, 2);
      }
    },
  };
  return formatter;
}

function noNegativeZero(value: number): number {
  return Object.is(value, -0) ? 0 : value;
}

/** The same text with plain spaces, for aria-labels and plain-text outputs (CSV, CLI). */
export function plainSpaces(text: string): string {
  return text.replace(/\u00a0/g, ' ');
}
