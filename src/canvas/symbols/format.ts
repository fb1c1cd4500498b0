/**
 * What the symbols read from their data before showing it. Numbers, units and dates are
 * formatted by the app's one formatter (`formatterFor(locale)` in `src/i18n/format.ts`).
 */

/** True for a finite number: the only values a data box shows. */
export function isShown(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Text the user typed, or undefined when blank or not a string. */
export function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
