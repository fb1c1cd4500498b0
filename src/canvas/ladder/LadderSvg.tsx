/**
 * The lead-time ladder drawn as plain SVG in map coordinates, under the steps it measures: the
 * canvas (`LadderLayer`), presentation mode and the exports draw this one component.
 *
 * API (stable; the exports use it):
 *
 * ```tsx
 * const layout = layoutLadder(state.nodes, analysis, sizeOf);      // null: no ladder to draw
 * // layout.bounds is the ladder's box in map px: add it to the picture's bounds.
 * <svg …><LadderSvg layout={layout} analysis={analysis} nodes={state.nodes} locale="id" /></svg>
 * ```
 *
 * - `nodes`: the map state's nodes (`MapState.nodes`); `analysis`: `analyzeMap(state)`;
 *   `sizeOf`: a symbol's box (`svgSize(node, nodeSize(node.type))` where nothing was measured).
 * - `layout` may be passed when computed already (for the bounds); else it is computed here from
 *   `nodes`, `analysis` and `sizeOf`. Nothing is drawn when there is no ladder.
 * - It renders a `<g>` of SVG elements only (`renderToStaticMarkup` works on it): numbers through
 *   the one formatter in `locale`, text as text nodes, strokes and type as fixed attributes (no
 *   CSS needed), so an export draws exactly what the canvas shows.
 * - `onSelectNodes` (the canvas only) makes each rung a keyboard-reachable button that selects
 *   the symbols it measures; `onRungFocus` lets the canvas bring a focused rung into view.
 * - `range` (the canvas only) draws just the rungs in a stretch of the map (`ladderRange`).
 */
import { useMemo, type FocusEvent, type KeyboardEvent } from 'react';
import type { MapAnalysis, TimelineRung } from '../../domain/analysis/types';
import { missingReason, type MetricKey } from '../../domain/metrics';
import type { VsmNode } from '../../domain/types';
import { formatterFor, MESSAGES, MISSING, plainSpaces, stepName, type Formatter, type Language } from '../../i18n';
import { renderMessage } from '../../i18n/domain';
import type { NodeSize } from '../symbols/shared';
import { FONT, INK } from '../symbols/svg';
import { ladderPath, layoutLadder, segmentsInRange, type LadderLayout, type LadderRange, type LadderSegment } from './layout';

export interface LadderSvgProps {
  /** The analysis of the map state drawn: its timeline (the critical path) and totals. */
  analysis: MapAnalysis;
  /** The map state's nodes (for the layout and the rungs' names). */
  nodes: readonly VsmNode[];
  /** A symbol's box in map px; needed unless `layout` is given. */
  sizeOf?: (node: VsmNode) => NodeSize;
  /** The geometry, when the caller computed it already (an export needs its bounds). */
  layout?: LadderLayout | null;
  locale: Language;
  /** Makes each rung a button (click, Enter, Space) that selects what it measures. */
  onSelectNodes?: (nodeIds: string[]) => void;
  /** A rung got the focus: bring it into view. */
  onRungFocus?: (segment: LadderSegment, event: FocusEvent<SVGGElement>) => void;
  /** Draw only the rungs in this stretch of the map (the canvas: those near the view); all when not given. */
  range?: LadderRange | null;
}

/** Stroke of the ladder's line in map px (fixed, like the symbols' outlines). */
const LINE_PX = 2.5;

const segmentText = (segment: LadderSegment, f: Formatter): string =>
  plainSpaces(segment.value === null ? MISSING : segment.level === 'upper' ? f.days(segment.value) : f.time(segment.value));

/** "Stamping: processing 39 s", "Inventory, Truck: waiting 5.5 days", for the rung's button. */
function rungLabel(segment: LadderSegment, rungs: ReadonlyMap<string, TimelineRung>, locale: Language, f: Formatter): string {
  const text = MESSAGES[locale].ladder;
  const names = segment.nodeIds.map((id) => {
    const rung = rungs.get(id);
    return rung ? stepName(rung.label, locale, rung.type) : id;
  });
  const value = segmentText(segment, f);
  return plainSpaces(`${names.join(', ')}: ${segment.level === 'upper' ? text.waiting(value) : text.processing(value)}`);
}

/** The lead-time ladder under the steps, with its totals at the right end; see the file's doc. */
export function LadderSvg({ analysis, nodes, sizeOf, layout: given, locale, onSelectNodes, onRungFocus, range = null }: LadderSvgProps) {
  const layout = useMemo(
    () => (given !== undefined ? given : sizeOf ? layoutLadder(nodes, analysis, sizeOf) : null),
    [given, nodes, analysis, sizeOf],
  );
  const rungs = useMemo(() => new Map(analysis.timeline.map((rung) => [rung.nodeId, rung])), [analysis.timeline]);
  if (!layout) return null;
  const f = formatterFor(locale);
  const text = MESSAGES[locale].ladder;
  const { fontPx, totals, totalsRowY } = layout;
  // A map of thousands of steps has a ladder of thousands of rungs: the canvas draws those near the view.
  const shown = segmentsInRange(layout.segments, range);

  const onKey = (event: KeyboardEvent, nodeIds: string[]) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    event.stopPropagation();
    onSelectNodes?.(nodeIds);
  };

  const total = (row: 0 | 1 | 2, key: 'lead-time' | 'processing' | 'va-ratio', label: string, metric: MetricKey, value: string | null) => (
    <g data-total={key}>
      {value === null && <title>{renderMessage(missingReason(analysis, metric), locale)}</title>}
      <text x={totals.x + 8} y={totalsRowY[row]} fontSize={fontPx}>{label}</text>
      <text x={totals.x + totals.width - 8} y={totalsRowY[row]} fontSize={fontPx} fontWeight={700} textAnchor="end">
        {value === null ? MISSING : plainSpaces(value)}
      </text>
    </g>
  );

  return (
    <g className="arus-ladder-svg" data-ladder="" fontFamily={FONT} fill={INK} aria-label={text.title}>
      <path d={ladderPath(shown.segments)} fill="none" stroke={INK} strokeWidth={LINE_PX} strokeLinejoin="miter" />
      {shown.segments.map((segment, i) => {
        const label = segment.labelled ? segmentText(segment, f) : null;
        const interactive = onSelectNodes !== undefined && segment.nodeIds.length > 0;
        const middle = (segment.x1 + segment.x2) / 2;
        const hitTop = segment.level === 'upper' ? segment.labelY - fontPx - 2 : segment.y - 4;
        const hitBottom = segment.level === 'upper' ? segment.y + 4 : segment.labelY + 6;
        const hitWidth = Math.max(segment.x2 - segment.x1, 4 * fontPx);
        return (
          <g
            key={shown.first + i}
            className={interactive ? 'arus-ladder-svg__rung nodrag nopan' : 'arus-ladder-svg__rung'}
            data-level={segment.level}
            data-nodes={segment.nodeIds.join(' ')}
            data-x1={segment.x1}
            data-x2={segment.x2}
            {...(interactive ? {
              role: 'button',
              tabIndex: 0,
              'aria-label': rungLabel(segment, rungs, locale, f),
              onClick: () => onSelectNodes(segment.nodeIds),
              onKeyDown: (event: KeyboardEvent) => onKey(event, segment.nodeIds),
              onFocus: (event: FocusEvent<SVGGElement>) => onRungFocus?.(segment, event),
            } : {})}
          >
            {interactive && (
              <rect
                className="arus-ladder-svg__hit"
                x={middle - hitWidth / 2} y={hitTop} width={hitWidth} height={hitBottom - hitTop}
                fill="transparent" stroke="none" rx={4}
              />
            )}
            {label !== null && (
              <text x={middle} y={segment.labelY} fontSize={fontPx} fontWeight={segment.level === 'lower' ? 700 : 400} textAnchor="middle">
                {label}
              </text>
            )}
          </g>
        );
      })}
      <g className="arus-ladder-svg__totals" aria-label={text.totals}>
        <rect x={totals.x} y={totals.y} width={totals.width} height={totals.height} fill="#fff" stroke={INK} strokeWidth={LINE_PX / 2} />
        {total(0, 'lead-time', text.leadTime, 'leadTimeDays', analysis.leadTimeDays === null ? null : f.days(analysis.leadTimeDays))}
        {total(1, 'processing', text.processingTotal, 'processingTimeSec', analysis.processingTimeSec === null ? null : f.time(analysis.processingTimeSec))}
        {total(2, 'va-ratio', text.vaRatio, 'valueAddedRatio', analysis.valueAddedRatio === null ? null : f.ratio(analysis.valueAddedRatio))}
      </g>
    </g>
  );
}
