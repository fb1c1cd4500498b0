/**
 * Number formatting for the analysis panels: short, rounded, with units, readable on a
 * projector. A no-break space joins number and unit so "60 s" never splits over two lines.
 * Formatting is English (comma thousands separator) for now; the language switch can pass
 * another locale later.
 */

/** What the panels show for a number that could not be computed. */
export const MISSING = '—';

const NBSP = '\u00a0';
const LOCALE = 'en-US';

// toLocaleString with options builds a new Intl.NumberFormat on every call; a ladder of a
// thousand rungs formats thousands of numbers, so each format is built once.
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, options);
    formats.set(key, format);
  }
  return format;
}

function decimals(value: number, maxFractionDigits: number): string {
  return numberFormat({ maximumFractionDigits: maxFractionDigits, minimumFractionDigits: 0 }).format(value);
}

function isMissing(value: number | null | undefined): value is null | undefined {
  return value === null || value === undefined || !Number.isFinite(value);
}

/** Seconds as "60 s", "59.6 s", "1,234 s": one decimal under 100 s, whole seconds above. */
export function formatSec(sec: number | null | undefined): string {
  if (isMissing(sec)) return MISSING;
  return `${decimals(sec, Math.abs(sec) < 100 ? 1 : 0)}${NBSP}s`;
}

/** Days with one decimal, "23.6 d", "5.0 d"; small non-zero values keep two significant digits ("0.0034 d") so they never read 0. */
export function formatDays(days: number | null | undefined): string {
  if (isMissing(days)) return MISSING;
  if (days !== 0 && Math.abs(days) < 0.1) {
    return `${numberFormat({ maximumSignificantDigits: 2 }).format(Number(days.toPrecision(2)))}${NBSP}d`;
  }
  if (days === 0) return `0${NBSP}d`;
  // Always one decimal so the rungs of a ladder line up: "5.0 d", "23.6 d".
  return `${numberFormat({ minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(days)}${NBSP}d`;
}

/**
 * A ratio (0..1, may exceed 1) as a percentage: "103 %", "8.5 %", "0.02 %".
 * Whole percent from 10 %, one decimal from 1 %, two decimals below; a tiny non-zero
 * ratio shows "< 0.01 %" rather than a false zero.
 */
export function formatPercent(ratio: number | null | undefined): string {
  if (isMissing(ratio)) return MISSING;
  const pct = ratio * 100;
  const abs = Math.abs(pct);
  if (pct !== 0 && abs < 0.005) return `<${NBSP}0.01${NBSP}%`;
  const digits = abs >= 10 ? 0 : abs >= 1 ? 1 : 2;
  return `${decimals(pct, digits)}${NBSP}%`;
}

/** A count with thousands separators: "7,000"; non-integers get one decimal ("45.5"). */
export function formatCount(count: number | null | undefined): string {
  if (isMissing(count)) return MISSING;
  return decimals(count, Math.abs(count) >= 100 ? 0 : 1);
}

/** A plain number with one decimal at most: operators needed "3.1", turns "10.2". */
export function formatDecimal(value: number | null | undefined, maxFractionDigits = 1): string {
  if (isMissing(value)) return MISSING;
  return decimals(value, maxFractionDigits);
}

/** The same text with plain spaces, for aria-labels (screen readers and tests match those). */
export function plainSpaces(text: string): string {
  return text.replace(/\u00a0/g, ' ');
}

/**
 * Breaks a label into at most `maxLines` lines of about `maxChars` characters at spaces, for
 * SVG text, which cannot wrap by itself; "…" marks a cut (the full label goes in a tooltip).
 */
export function wrapLabel(label: string, maxChars: number, maxLines = 2): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of label.trim().split(/\s+/)) {
    if (word === '') continue;
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current === '' || candidate.length <= maxChars) {
      current = candidate;
    } else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  const shown = lines.slice(0, maxLines);
  const cut = lines.length > maxLines;
  const ellipsize = (line: string) => {
    if (line.length < maxChars) return `${line}…`;
    const space = line.lastIndexOf(' ', maxChars - 1);
    return `${(space > 0 ? line.slice(0, space) : line.slice(0, maxChars - 1)).trimEnd()}…`;
  };
  return shown.map((line, i) => (line.length > maxChars || (cut && i === shown.length - 1) ? ellipsize(line) : line));
}

/**
 * Scrolls a focused chart element fully into its scrolling box: Chromium leaves a focused
 * SVG element half hidden at the edge of a sideways-scrolling chart.
 */
export function revealOnFocus(event: { currentTarget: Element }): void {
  // jsdom has no scrollIntoView.
  event.currentTarget.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
}
