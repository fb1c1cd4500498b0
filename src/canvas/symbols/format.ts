/**
 * Friendly numbers for the canvas: `45 s`, `10 min`, `1.5 h`, `7.6 days`, `7,000`.
 * Local to the canvas so symbols do not wait on a shared units module.
 */
import type { SymbolLocale } from './context';

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: SymbolLocale, maxFractionDigits: number): Intl.NumberFormat {
  const key = `${locale}:${maxFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: maxFractionDigits });
    numberFormats.set(key, format);
  }
  return format;
}

/** A number with at most `maxFractionDigits` decimals and the locale's separators. */
export function formatNumber(value: number, locale: SymbolLocale = 'en', maxFractionDigits = 1): string {
  return numberFormat(locale, maxFractionDigits).format(value);
}

/**
 * Rounded for reading, by the same rule as the domain's `formatDuration`: whole from 100,
 * one decimal from 1, two significant digits below 1; separators of the locale.
 */
export function formatFriendly(value: number, locale: SymbolLocale = 'en'): string {
  const size = Math.abs(value);
  if (size >= 100) return formatNumber(Math.round(value), locale, 0);
  if (size >= 1) return formatNumber(value, locale, 1);
  return formatNumber(Number(value.toPrecision(2)), locale, 6);
}

/** Seconds as the largest unit that stays at least 1: `45 s`, `10 min`, `1.5 h` (never days). */
export function formatSeconds(seconds: number, locale: SymbolLocale = 'en'): string {
  const size = Math.abs(seconds);
  if (size < 60) return `${formatFriendly(seconds, locale)} s`;
  if (size < 3600) return `${formatFriendly(seconds / 60, locale)} min`;
  return `${formatFriendly(seconds / 3600, locale)} h`;
}

/** Days with a unit word: `1 day`, `7.6 days`, `0.25 days`, `2 hari`. */
export function formatDays(days: number, locale: SymbolLocale = 'en'): string {
  const text = formatFriendly(days, locale);
  if (locale === 'id') return `${text} hari`;
  return `${text} ${text === '1' ? 'day' : 'days'}`;
}

/** A whole count with thousands separators: `7,000` (en), `7.000` (id). */
export function formatCount(count: number, locale: SymbolLocale = 'en'): string {
  return formatNumber(count, locale, 0);
}

/** A percentage 0 to 100: `85%`. */
export function formatPercent(pct: number, locale: SymbolLocale = 'en'): string {
  return `${formatNumber(pct, locale)}%`;
}

/** True for a finite number: the only values a data box shows. */
export function isShown(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Text the user typed, or undefined when blank or not a string. */
export function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
