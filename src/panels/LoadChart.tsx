import { useId, type KeyboardEvent } from 'react';
import type { ProcessLoad } from '../domain/analysis/types';
import { plainSpaces, revealOnFocus, wrapLabel } from './format';
import { stepName, useFormatter, useLanguage, useMessages, type Formatter, type Language, type Messages } from '../i18n';
import './panels.css';

export interface LoadChartProps {
  loads: ProcessLoad[];
  taktTimeSec: number | null;
  bottleneckId: string | null;
  /** Select these nodes on the map; without it the bars are not buttons. */
  onSelectNodes?: (nodeIds: string[]) => void;
  /** Why there is no takt, shown when `taktTimeSec` is null. */
  taktMissingReason?: string;
}

// Geometry in SVG px; one slot per step so many steps scroll sideways instead of shrinking.
const SLOT_W = 120;
const BAR_W = 68;
const AXIS_W = 64;
const TAKT_LABEL_W = 130;
const TOP = 56; // room for the value and the bottleneck mark above the tallest bar
const PLOT_H = 280;
const LABEL_H = 78; // two lines of step name and the load under the axis
const LABEL_CHARS = 11;

/** Round step for axis ticks: 1, 2 or 5 times a power of ten, giving about four ticks. */
function tickStep(maxSec: number): number {
  const rough = maxSec / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const unit = rough / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

/** A step cannot meet demand when its load is above 1 (spec section 4). */
function isOverTakt(load: ProcessLoad): boolean {
  return load.load !== null && load.load > 1;
}

function barName(load: ProcessLoad, language: Language): string {
  return stepName(load.label, language, load.type);
}

function barAriaLabel(load: ProcessLoad, isBottleneck: boolean, text: Messages['load'], language: Language, f: Formatter): string {
  const parts = [
    load.cycleTimeSec === null ? text.noCycleTime : text.cycleTime(f.time(load.cycleTimeSec)),
  ];
  if (load.load !== null) parts.push(text.load(f.ratio(load.load)));
  if (isOverTakt(load)) parts.push(text.overTakt);
  if (isBottleneck) parts.push(text.bottleneck);
  return plainSpaces(`${barName(load, language)}: ${parts.join(', ')}`);
}

/** What the analysis knows that decides whether there is a takt line. */
export interface TaktInputs {
  /** Customers on the map. */
  customerCount: number;
  /** Customer demand a day; null when no customer has demand. */
  dailyDemand: number | null;
  availableSecondsPerDay: number;
}

/**
 * Why there is no takt line, in the UI language: no customer, no demand entered, demand 0, or no
 * available time (takt = available time a day / daily demand, spec section 4).
 */
export function whyNoTakt({ customerCount, dailyDemand, availableSecondsPerDay }: TaktInputs, text: Messages['load']): string {
  if (!(availableSecondsPerDay > 0)) return text.noTaktNoTime;
  if (customerCount === 0) return text.noTaktNoCustomer;
  if (dailyDemand === null) return text.noTaktNoDemand;
  if (dailyDemand <= 0) return text.noTaktZeroDemand;
  return text.noTakt;
}

/** Yamazumi-style chart: one bar per step (its cycle time) against the takt line. */
export function LoadChart({ loads, taktTimeSec, bottleneckId, onSelectNodes, taktMissingReason }: LoadChartProps) {
  const headingId = useId();
  const text = useMessages().load;
  const language = useLanguage();
  const f = useFormatter();
  // useId may hold characters that break url(#…) in CSS: keep letters and digits only.
  const hatchId = `arus-hatch-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const hasTakt = taktTimeSec !== null && Number.isFinite(taktTimeSec) && taktTimeSec > 0;

  const tallestSec = Math.max(hasTakt ? taktTimeSec : 0, ...loads.map((load) => load.cycleTimeSec ?? 0));
  const step = tickStep(tallestSec > 0 ? tallestSec * 1.1 : 1);
  const scaleMaxSec = Math.max(step, Math.ceil((tallestSec * 1.1) / step) * step);
  const yOf = (sec: number) => TOP + PLOT_H - (sec / scaleMaxSec) * PLOT_H;
  const ticks: number[] = [];
  for (let sec = 0; sec <= scaleMaxSec + step / 2; sec += step) ticks.push(sec);

  const plotW = Math.max(loads.length, 1) * SLOT_W;
  const width = AXIS_W + plotW + TAKT_LABEL_W;
  const height = TOP + PLOT_H + LABEL_H;
  const baseY = yOf(0);
  const overCount = loads.filter(isOverTakt).length;

  const select = (nodeId: string) => onSelectNodes?.([nodeId]);
  const onBarKey = (event: KeyboardEvent, nodeId: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select(nodeId);
    }
  };

  return (
    <section className="arus-panel arus-load" aria-labelledby={headingId}>
      <h2 id={headingId} className="arus-panel__title">{text.title}</h2>
      {!hasTakt && <p className="arus-note">{taktMissingReason ?? text.noTakt}</p>}
      {hasTakt && loads.length > 0 && (
        <p className="arus-load__summary">
          {overCount === 0
            ? text.allWithinTakt
            : text.overTaktCount(overCount, loads.length)}
        </p>
      )}
      {loads.length === 0 ? (
        <p className="arus-note">{text.noProcesses}</p>
      ) : (
        <div className="arus-scroll" role="region" aria-label={text.bars} tabIndex={0}>
          <svg
            className="arus-load__svg"
            width={width}
            height={height}
            viewBox={`0 0 ${width} ${height}`}
            role="group"
            aria-label={hasTakt ? plainSpaces(text.chartWithTakt(f.time(taktTimeSec))) : text.chart}
          >
            <defs>
              <pattern id={hatchId} width="10" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="10" height="10" className="arus-load__over-fill" />
                <line x1="0" y1="0" x2="0" y2="10" className="arus-load__hatch" />
              </pattern>
            </defs>

            <g className="arus-load__axis" aria-hidden="true">
              {ticks.map((sec) => (
                <g key={sec}>
                  <line x1={AXIS_W} x2={AXIS_W + plotW} y1={yOf(sec)} y2={yOf(sec)} className="arus-load__grid" />
                  <text x={AXIS_W - 8} y={yOf(sec)} dy="0.35em" textAnchor="end" className="arus-svg-text">
                    {plainSpaces(f.time(sec))}
                  </text>
                </g>
              ))}
            </g>

            {loads.map((load, i) => {
              const x = AXIS_W + i * SLOT_W + (SLOT_W - BAR_W) / 2;
              const cx = x + BAR_W / 2;
              const isBottleneck = load.nodeId === bottleneckId;
              const over = isOverTakt(load);
              const hasCycle = load.cycleTimeSec !== null && load.cycleTimeSec > 0;
              const topY = hasCycle ? yOf(load.cycleTimeSec!) : baseY;
              const buttonProps = onSelectNodes
                ? {
                  role: 'button', tabIndex: 0,
                  onClick: () => select(load.nodeId),
                  onFocus: revealOnFocus,
                  onKeyDown: (event: KeyboardEvent) => onBarKey(event, load.nodeId),
                }
                : { role: 'img' };
              return (
                <g
                  key={load.nodeId}
                  className={`arus-load__bar${over ? ' arus-load__bar--over' : ''}${isBottleneck ? ' arus-load__bar--bottleneck' : ''}`}
                  aria-label={barAriaLabel(load, isBottleneck, text, language, f)}
                  data-node-id={load.nodeId}
                  data-over-takt={over ? 'true' : 'false'}
                  {...buttonProps}
                >
                  <title>{barName(load, language)}</title>
                  {/* A transparent hit area makes the whole slot clickable, short bars too. */}
                  <rect x={x - (SLOT_W - BAR_W) / 2 + 2} y={TOP - 46} width={SLOT_W - 4} height={PLOT_H + LABEL_H + 44} className="arus-load__hit" />
                  {hasCycle ? (
                    <rect
                      x={x} y={topY} width={BAR_W} height={baseY - topY}
                      className="arus-load__bar-rect"
                      style={over ? { fill: `url(#${hatchId})` } : undefined}
                      data-bar="cycle"
                    />
                  ) : (
                    <text x={cx} y={baseY - 10} textAnchor="middle" className="arus-svg-text arus-svg-text--muted">{text.noCycleTimeShort}</text>
                  )}
                  {wrapLabel(barName(load, language), LABEL_CHARS).map((line, lineIndex) => (
                    <text key={lineIndex} x={cx} y={baseY + 24 + lineIndex * 20} textAnchor="middle" className="arus-svg-text">
                      {line}
                    </text>
                  ))}
                  {load.load !== null && (
                    <text x={cx} y={baseY + 68} textAnchor="middle" className={`arus-svg-text arus-svg-text--small${over ? ' arus-svg-text--over' : ''}`}>
                      {plainSpaces(f.ratio(load.load))}
                    </text>
                  )}
                </g>
              );
            })}

            <line x1={AXIS_W} x2={AXIS_W + plotW} y1={baseY} y2={baseY} className="arus-load__baseline" aria-hidden="true" />

            {hasTakt && (
              <g className="arus-load__takt" data-takt-line="true" aria-hidden="true">
                <line x1={AXIS_W} x2={AXIS_W + plotW + 8} y1={yOf(taktTimeSec)} y2={yOf(taktTimeSec)} className="arus-load__takt-line" />
                <text x={AXIS_W + plotW + 12} y={yOf(taktTimeSec)} dy="0.35em" className="arus-svg-text arus-svg-text--takt">
                  {plainSpaces(text.taktLine(f.time(taktTimeSec)))}
                </text>
                {/* Repeated at the start: on a long chart the right end is scrolled out of view. */}
                {loads.length > 6 && (
                  <text x={AXIS_W + 6} y={yOf(taktTimeSec) - 8} className="arus-svg-text arus-svg-text--takt arus-svg-text--halo">
                    {plainSpaces(text.taktLine(f.time(taktTimeSec)))}
                  </text>
                )}
              </g>
            )}

            {/* Values and the bottleneck mark go over the takt line, so they are never crossed out. */}
            <g className="arus-load__labels" aria-hidden="true">
              {loads.map((load, i) => {
                if (load.cycleTimeSec === null || load.cycleTimeSec <= 0) return null;
                const cx = AXIS_W + i * SLOT_W + SLOT_W / 2;
                const topY = yOf(load.cycleTimeSec);
                return (
                  <g key={load.nodeId} data-label-for={load.nodeId}>
                    <text x={cx} y={topY - 10} textAnchor="middle" className="arus-svg-text arus-svg-text--value arus-svg-text--halo">
                      {plainSpaces(f.time(load.cycleTimeSec))}
                    </text>
                    {load.nodeId === bottleneckId && (
                      <text x={cx} y={topY - 34} textAnchor="middle" className="arus-svg-text arus-svg-text--bottleneck arus-svg-text--halo">
                        {text.bottleneckMark}
                      </text>
                    )}
                  </g>
                );
              })}
            </g>
          </svg>
        </div>
      )}
      {loads.length > 0 && (
        <ul className="arus-legend" aria-label={text.legend}>
          <li><span className="arus-legend__swatch arus-legend__swatch--ok" aria-hidden="true" />{text.legendWithin}</li>
          <li><span className="arus-legend__swatch arus-legend__swatch--over" aria-hidden="true" />{text.legendOver}</li>
          {hasTakt && <li><span className="arus-legend__line" aria-hidden="true" />{text.legendTakt}</li>}
        </ul>
      )}
    </section>
  );
}
