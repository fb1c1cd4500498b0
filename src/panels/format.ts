/**
 * Helpers the panels share besides numbers: why a metric is missing, SVG label wrapping,
 * focus scrolling. Numbers, units and dates come from the one formatter (`src/i18n/format.ts`,
 * `useFormatter()`), in the UI language.
 */
import { MISSING, plainSpaces } from '../i18n/format';

export { MISSING, plainSpaces };

/** The numbers of a MapAnalysis that may be null, plus the bottleneck. */
export type NullableMetric =
  | 'taktTimeSec' | 'dailyDemand' | 'leadTimeDays' | 'waitingTimeDays' | 'processingTimeSec'
  | 'valueAddedTimeSec' | 'valueAddedRatio' | 'inventoryDays' | 'inventoryTurns'
  | 'labourContentSec' | 'operatorsNeeded' | 'rolledThroughputYield' | 'bottleneckId';

interface ReasonSource { warnings: readonly string[]; errors: readonly string[] }

// Warnings are free text from the analyzer, so a missing number is matched to the warning
// that names it: the most specific words first, then the numbers it is computed from.
const REASON_WORDS: Record<NullableMetric, { words: string[]; from: NullableMetric[] }> = {
  taktTimeSec: { words: ['takt', 'demand'], from: [] },
  dailyDemand: { words: ['demand', 'customer'], from: [] },
  leadTimeDays: { words: ['lead time', 'critical path', 'no path'], from: ['waitingTimeDays', 'processingTimeSec'] },
  waitingTimeDays: { words: ['waiting', 'stock', 'transit'], from: ['dailyDemand'] },
  processingTimeSec: { words: ['processing time', 'cycle time', 'processing'], from: [] },
  valueAddedTimeSec: { words: ['value-added time', 'value added', 'value-added'], from: ['processingTimeSec'] },
  valueAddedRatio: { words: ['value-added ratio', 'ratio'], from: ['leadTimeDays', 'valueAddedTimeSec'] },
  inventoryDays: { words: ['inventory days', 'stock days', 'stock'], from: ['dailyDemand'] },
  inventoryTurns: { words: ['turns'], from: ['leadTimeDays'] },
  labourContentSec: { words: ['labour', 'labor', 'operator'], from: ['processingTimeSec'] },
  operatorsNeeded: { words: ['operators needed'], from: ['taktTimeSec', 'labourContentSec'] },
  rolledThroughputYield: { words: ['yield', 'scrap'], from: [] },
  bottleneckId: { words: ['bottleneck', 'load'], from: ['taktTimeSec'] },
};

const MISSING_WORDS = [/not computed|cannot/, /\bno\b/, /(?:)/];

/**
 * Why a metric is missing, for the "—" tooltip: the warning that names it, else the reason
 * of a number it depends on, else the first error (a loop stops everything), else a plain note.
 */
export function missingReason(analysis: ReasonSource, metric: NullableMetric): string {
  return findReason(analysis, metric, new Set())
    ?? analysis.errors[0]
    ?? 'Not computed: the map has no data for it yet.';
}

function findReason(analysis: ReasonSource, metric: NullableMetric, seen: Set<NullableMetric>): string | undefined {
  if (seen.has(metric)) return undefined;
  seen.add(metric);
  const { words, from } = REASON_WORDS[metric];
  // A warning that says something is not computed beats one that merely mentions the metric.
  for (const strength of MISSING_WORDS) {
    for (const word of words) {
      const hit = analysis.warnings.find((warning) => {
        const text = warning.toLowerCase();
        return text.includes(word) && strength.test(text);
      });
      if (hit !== undefined) return hit;
    }
  }
  for (const dependency of from) {
    const hit = findReason(analysis, dependency, seen);
    if (hit !== undefined) return hit;
  }
  return undefined;
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
