/**
 * Helpers the panels share besides numbers: why a metric is missing, SVG label wrapping,
 * focus scrolling. Numbers, units and dates come from the one formatter (`src/i18n/format.ts`,
 * `useFormatter()`), in the UI language.
 */
import { MISSING, plainSpaces } from '../i18n/format';

export { MISSING, plainSpaces };


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
