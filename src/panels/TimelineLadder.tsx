import { useId, type KeyboardEvent } from 'react';
import type { MapAnalysis, TimelineRung } from '../domain/analysis/types';
import { missingReason, type MetricKey } from '../domain/metrics';
import { MISSING, plainSpaces, revealOnFocus, wrapLabel } from './format';
import { stepName, useFormatter, useLanguage, useMessages, type Formatter, type Language, type Messages } from '../i18n';
import { renderMessage } from '../i18n/domain';
import './panels.css';

export interface TimelineLadderProps {
  analysis: MapAnalysis;
  /** Select these nodes on the map; without it the rungs are not buttons. */
  onSelectNodes?: (nodeIds: string[]) => void;
}

// Equal width per rung: waiting days and processing seconds differ by orders of magnitude,
// so widths proportional to time would hide every processing step.
const SLOT_W = 140;
const PAD_X = 12;
const NAME_Y = 22;
const UPPER_Y = 84;
const LOWER_Y = 144;
const HEIGHT = 190;
const LABEL_CHARS = 14;

interface Segment { level: 'upper' | 'lower'; x: number; width: number; text: string }

/** The parts of one rung: waiting on the upper level, processing on the lower one. */
function rungSegments(rung: TimelineRung, x: number, f: Formatter): Segment[] {
  const waits = rung.waitingDays > 0;
  const works = rung.processingTimeSec > 0;
  if (waits && works) {
    const half = SLOT_W / 2;
    return [
      { level: 'upper', x, width: half, text: f.days(rung.waitingDays) },
      { level: 'lower', x: x + half, width: half, text: f.time(rung.processingTimeSec) },
    ];
  }
  if (works) return [{ level: 'lower', x, width: SLOT_W, text: f.time(rung.processingTimeSec) }];
  // A step that adds nothing still gets its rung, on the waiting level, showing 0 days.
  return [{ level: 'upper', x, width: SLOT_W, text: f.days(rung.waitingDays) }];
}

/** A step by its own name; an unnamed one by its kind in the UI language ("Persediaan"). */
function rungName(rung: TimelineRung, language: Language): string {
  return stepName(rung.label, language, rung.type);
}

function rungAriaLabel(rung: TimelineRung, text: Messages['ladder'], language: Language, f: Formatter): string {
  const parts: string[] = [];
  if (rung.waitingDays > 0 || rung.processingTimeSec <= 0) parts.push(text.waiting(f.days(rung.waitingDays)));
  if (rung.processingTimeSec > 0) parts.push(text.processing(f.time(rung.processingTimeSec)));
  return plainSpaces(`${rungName(rung, language)}: ${parts.join(', ')}`);
}

/** The square-wave line through all segments, stepping between the two levels. */
function ladderPath(segments: Segment[]): string {
  let path = '';
  let lastY: number | null = null;
  for (const segment of segments) {
    const y = segment.level === 'upper' ? UPPER_Y : LOWER_Y;
    path += lastY === null ? `M ${segment.x} ${y}` : lastY !== y ? ` L ${segment.x} ${y}` : '';
    path += ` L ${segment.x + segment.width} ${y}`;
    lastY = y;
  }
  return path;
}

/** The lead-time ladder under the map: waiting days up, processing seconds down, totals at the right. */
export function TimelineLadder({ analysis, onSelectNodes }: TimelineLadderProps) {
  const headingId = useId();
  const text = useMessages().ladder;
  const language = useLanguage();
  const f = useFormatter();
  const rungs = analysis.timeline;
  const perRung = rungs.map((rung, i) => rungSegments(rung, PAD_X + i * SLOT_W, f));
  const width = PAD_X * 2 + rungs.length * SLOT_W;

  const onRungKey = (event: KeyboardEvent, nodeId: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelectNodes?.([nodeId]);
    }
  };

  return (
    <section className="arus-panel arus-ladder" aria-labelledby={headingId}>
      <h2 id={headingId} className="arus-panel__title">{text.title}</h2>
      {rungs.length === 0 ? (
        <p className="arus-note">
          {analysis.errors[0] === undefined ? text.noTimeline : renderMessage(analysis.errors[0], language)}
        </p>
      ) : (
        <div className="arus-ladder__body">
          <div className="arus-scroll" role="region" aria-label={text.rungs} tabIndex={0}>
            <svg
              className="arus-ladder__svg"
              width={width}
              height={HEIGHT}
              viewBox={`0 0 ${width} ${HEIGHT}`}
              role="group"
              aria-label={text.chart}
            >
              <path d={ladderPath(perRung.flat())} className="arus-ladder__line" aria-hidden="true" />
              {rungs.map((rung, i) => {
                const x = PAD_X + i * SLOT_W;
                const buttonProps = onSelectNodes
                  ? {
                    role: 'button', tabIndex: 0,
                    onClick: () => onSelectNodes([rung.nodeId]),
                    onFocus: revealOnFocus,
                    onKeyDown: (event: KeyboardEvent) => onRungKey(event, rung.nodeId),
                  }
                  : { role: 'img' };
                return (
                  <g
                    key={`${rung.nodeId}-${i}`}
                    className="arus-ladder__rung"
                    data-rung={rung.nodeId}
                    aria-label={rungAriaLabel(rung, text, language, f)}
                    {...buttonProps}
                  >
                    <title>{rungName(rung, language)}</title>
                    <rect x={x} y={0} width={SLOT_W} height={HEIGHT} className="arus-ladder__hit" />
                    {i > 0 && <line x1={x} x2={x} y1={NAME_Y + 14} y2={HEIGHT - 4} className="arus-ladder__divider" />}
                    {wrapLabel(rungName(rung, language), LABEL_CHARS, 2).map((line, lineIndex) => (
                      <text key={lineIndex} x={x + SLOT_W / 2} y={NAME_Y + lineIndex * 19} textAnchor="middle" className="arus-svg-text">
                        {line}
                      </text>
                    ))}
                    {perRung[i]!.map((segment) => (
                      <text
                        key={segment.level}
                        x={segment.x + segment.width / 2}
                        y={segment.level === 'upper' ? UPPER_Y - 12 : LOWER_Y + 28}
                        textAnchor="middle"
                        className={`arus-svg-text arus-svg-text--value arus-ladder__${segment.level}`}
                      >
                        {plainSpaces(segment.text)}
                      </text>
                    ))}
                  </g>
                );
              })}
            </svg>
          </div>
          <LadderTotals analysis={analysis} />
        </div>
      )}
    </section>
  );
}

function LadderTotals({ analysis }: { analysis: MapAnalysis }) {
  const text = useMessages().ladder;
  const language = useLanguage();
  const f = useFormatter();
  const total = (value: number | null, format: (v: number) => string, metric: MetricKey) =>
    value === null
      ? <strong className="arus-ladder__total-value" title={renderMessage(missingReason(analysis, metric), language)}>{MISSING}</strong>
      : <strong className="arus-ladder__total-value">{format(value)}</strong>;
  return (
    <dl className="arus-ladder__totals" aria-label={text.totals}>
      <div className="arus-ladder__total arus-ladder__total--upper" data-total="lead-time">
        <dt>{text.leadTime}</dt>
        <dd>{total(analysis.leadTimeDays, f.days, 'leadTimeDays')}</dd>
      </div>
      <div className="arus-ladder__total arus-ladder__total--lower" data-total="processing">
        <dt>{text.processingTotal}</dt>
        <dd>{total(analysis.processingTimeSec, f.time, 'processingTimeSec')}</dd>
      </div>
      <div className="arus-ladder__total arus-ladder__total--ratio" data-total="va-ratio">
        <dt>{text.vaRatio}</dt>
        <dd>{total(analysis.valueAddedRatio, f.ratio, 'valueAddedRatio')}</dd>
      </div>
    </dl>
  );
}
