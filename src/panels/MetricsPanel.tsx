import { useId } from 'react';
import type { MapAnalysis } from '../domain/analysis/types';
import { METRIC_LIST, missingReason, type MetricKey, type MetricUnit, type NumericMetricKey } from '../domain/metrics';
import { MISSING, stepName, useFormatter, useLanguage, useMessages, type Formatter, type Language, type Messages } from '../i18n';
import { metricName, renderMessage } from '../i18n/domain';
import './panels.css';

export interface MetricsPanelProps {
  analysis: MapAnalysis;
  /** Select these nodes on the map (the bottleneck button). */
  onSelectNodes?: (nodeIds: string[]) => void;
}

interface MetricTile {
  key: string;
  label: string;
  /** The number with its unit when short ("60 s"); null when it could not be computed. */
  value: string | null;
  /** A longer unit or a second figure, in smaller type so the number stays on one line; a unit
   * is hidden under a dash, a figure shown beside (the inventory unit count) is not. */
  detail?: string;
  /** The detail is a figure of its own, shown under a dash too. */
  keepDetail?: boolean;
  metric: MetricKey;
  /** A ratio (0..1) drawn as a bar under the number. */
  ratio?: number;
}

/** How the panel shows a number of each catalog unit; per-day and per-year figures get a detail. */
function formatOf(unit: MetricUnit, f: Formatter): (value: number) => string {
  switch (unit) {
    case 'sec': return f.time;
    case 'days': return f.days;
    case 'ratio': return f.ratio;
    case 'units': case 'unitsPerDay': case 'count': return f.count;
    default: return (value) => f.number(value);
  }
}

function unitDetail(unit: MetricUnit, m: Messages['metrics']): string | undefined {
  return unit === 'unitsPerDay' ? m.perDay : unit === 'perYear' ? m.perYear : undefined;
}

/** The catalog's headline metrics, in its order (`src/domain/metrics.ts`). */
function metricTiles(a: MapAnalysis, m: Messages['metrics'], f: Formatter): MetricTile[] {
  return METRIC_LIST.filter((spec) => spec.headline && spec.unit !== 'node').map((spec) => {
    const key = spec.key as NumericMetricKey;
    const value = a[key];
    // A figure shown beside (inventory days with its units): the unit count stays visible under a dash.
    const detail = spec.shownWith !== undefined
      ? f.units(a[spec.shownWith as NumericMetricKey])
      : unitDetail(spec.unit, m);
    return {
      key, metric: key, label: metricName(key, f.lang),
      value: value === null ? null : formatOf(spec.unit, f)(value),
      detail,
      keepDetail: spec.shownWith !== undefined,
      ratio: spec.unit === 'ratio' ? (value ?? undefined) : undefined,
    };
  });
}

/** The step's name as the analysis knows it, in the UI language, so the bottleneck button can name it. */
export function stepLabel(analysis: MapAnalysis, nodeId: string, language: Language): string {
  const rung = analysis.timeline.find((r) => r.nodeId === nodeId);
  const label = analysis.loads.find((load) => load.nodeId === nodeId)?.label ?? rung?.label;
  return stepName(label, language, rung?.type);
}

/** The headline numbers of one map state, for a room looking at a projector. */
export function MetricsPanel({ analysis, onSelectNodes }: MetricsPanelProps) {
  const headingId = useId();
  const m = useMessages().metrics;
  const f = useFormatter();
  const language = f.lang;
  const tiles = metricTiles(analysis, m, f);
  const nameOf = (nodeId: string) => stepLabel(analysis, nodeId, language);
  const { bottleneckId, bottleneckLoad } = analysis;

  return (
    <section className="arus-panel arus-metrics" aria-labelledby={headingId}>
      <h2 id={headingId} className="arus-panel__title">{m.title}</h2>

      {analysis.errors.length > 0 && (
        <div className="arus-messages arus-messages--error" role="alert">
          <h3>{m.errors}</h3>
          <ol>{analysis.errors.map((error, i) => <li key={i}>{renderMessage(error, language)}</li>)}</ol>
        </div>
      )}

      <dl className="arus-metrics__grid">
        <div className="arus-metric arus-metric--bottleneck" data-metric="bottleneckId">
          <dt className="arus-metric__label">{m.bottleneck}</dt>
          <dd className="arus-metric__value">
            {bottleneckId === null
              ? <MissingNumber analysis={analysis} metric="bottleneckId" />
              : onSelectNodes
                ? (
                  <button
                    type="button"
                    className="arus-metric__step"
                    aria-label={m.bottleneckSelect(nameOf(bottleneckId))}
                    onClick={() => onSelectNodes([bottleneckId])}
                  >
                    {nameOf(bottleneckId)}
                  </button>
                )
                : <span className="arus-metric__number arus-metric__number--text">{nameOf(bottleneckId)}</span>}
            {bottleneckLoad !== null && (
              <>{' '}<span className="arus-metric__detail">{m.load(f.ratio(bottleneckLoad))}</span></>
            )}
          </dd>
        </div>
        {tiles.map((t) => (
          <div key={t.key} className="arus-metric" data-metric={t.key}>
            <dt className="arus-metric__label">{t.label}</dt>
            <dd className="arus-metric__value">
              {t.value === null
                ? <MissingNumber analysis={analysis} metric={t.metric} />
                : <span className="arus-metric__number">{t.value}</span>}
              {t.detail !== undefined && (t.value !== null || t.keepDetail === true) && <>{' '}<span className="arus-metric__detail">{t.detail}</span></>}
              {t.ratio !== undefined && <RatioBar ratio={t.ratio} />}
            </dd>
          </div>
        ))}
      </dl>

      {analysis.warnings.length > 0 && (
        <div className="arus-messages arus-messages--warning">
          <h3>{m.warnings}</h3>
          <ol>{analysis.warnings.map((warning, i) => <li key={i}>{renderMessage(warning, language)}</li>)}</ol>
        </div>
      )}
    </section>
  );
}

/**
 * The dash for a number that could not be computed. On a projector nobody hovers, so the
 * reason is pointed to by its number in the list below; the full text is the tooltip and is
 * read out to screen readers.
 */
function MissingNumber({ analysis, metric }: { analysis: MapAnalysis; metric: MetricKey }) {
  const m = useMessages().metrics;
  const language = useLanguage();
  const cause = missingReason(analysis, metric);
  const reason = renderMessage(cause, language);
  const warningIndex = analysis.warnings.findIndex((warning) => warning === cause);
  const errorIndex = analysis.errors.findIndex((error) => error === cause);
  const pointer = warningIndex >= 0 ? m.seeWarning(warningIndex + 1)
    : errorIndex >= 0 ? m.seeError(errorIndex + 1) : reason;
  return (
    <>
      <span className="arus-metric__number arus-metric__number--missing" title={reason}>{MISSING}</span>{' '}
      <span className="arus-metric__reason" title={reason}>
        {pointer === reason ? reason : (
          <>
            <span aria-hidden="true">{pointer}</span>{' '}
            <span className="arus-visually-hidden">{m.notComputed(reason)}</span>
          </>
        )}
      </span>
    </>
  );
}

/** A thin bar under a percentage so the share is seen, not read; capped at 100 %. */
function RatioBar({ ratio }: { ratio: number }) {
  const widthPct = Math.max(0, Math.min(1, ratio)) * 100;
  return (
    <span className="arus-ratio-bar" aria-hidden="true">
      <span className="arus-ratio-bar__fill" style={{ width: `${widthPct}%` }} />
    </span>
  );
}
