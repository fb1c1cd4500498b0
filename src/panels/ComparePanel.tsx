import { useId, type ReactNode } from 'react';
import {
  isNoChange, metricVerdict, type MetricChange, type StateComparison, type StepChange, type StepRef, type Verdict,
  type WasteChange, type WasteMeasureChange,
} from '../domain/compare';
import { fieldsOf } from '../domain/fields';
import { METRICS, type MetricUnit } from '../domain/metrics';
import { WASTE_NAMES } from '../i18n/wastes';
import type { VsmNodeType } from '../domain/types';
import { MISSING, NBSP, plainSpaces, stepName, useFormatter, useLanguage, useMessages, type Formatter, type Language, type Messages } from '../i18n';
import { formatterFor } from '../i18n/format';
import { measureName, metricName } from '../i18n/domain';
import './panels.css';
import { fieldLabel } from '../i18n/symbols';

/** Which map state a step lives in, so the canvas can show that state before selecting it. */
export type CompareStateKey = 'current' | 'future';

export interface ComparePanelProps {
  comparison: StateComparison;
  /** A step was chosen: select it on the map of `state` (removed steps live in the current state). */
  onSelectNodes?: (nodeIds: string[], state: CompareStateKey) => void;
}

type Unit = MetricUnit;

// A true minus sign reads better than a hyphen on a projector.
const MINUS = '\u2212';

/** A value of a catalog unit (`src/domain/metrics.ts`). */
function formatValue(value: number | null, unit: Unit, f: Formatter): string {
  switch (unit) {
    case 'units': case 'unitsPerDay': case 'count': return f.count(value);
    case 'sec': return f.time(value);
    case 'days': return f.days(value);
    case 'ratio': return f.ratio(value);
    default: return f.number(value);
  }
}

/** A difference of two ratios in percentage points: 0.02 → "2 pp" (a "%" would read as relative). */
function formatPoints(ratioDiff: number, points: string, f: Formatter): string {
  const pct = Math.abs(ratioDiff) * 100;
  return `${f.number(pct, pct >= 10 ? 0 : pct >= 1 ? 1 : 2)}${NBSP}${points}`;
}

function signOf(change: number, current: number | null): string {
  if (isNoChange(change, current)) return '';
  return change > 0 ? '+' : MINUS;
}

function formatChange(row: MetricChange<string>, unit: Unit, points: string, f: Formatter): string {
  const { change, current } = row;
  if (change === null || !Number.isFinite(change)) return MISSING;
  if (isNoChange(change, current)) return unit === 'ratio' ? `0${NBSP}${points}` : formatValue(0, unit, f);
  const size = unit === 'ratio' ? formatPoints(change, points, f) : formatValue(Math.abs(change), unit, f);
  return `${signOf(change, current)}${size}`;
}

function formatChangePct(row: MetricChange<string>, f: Formatter): string {
  const { changePct, current } = row;
  if (changePct === null || !Number.isFinite(changePct)) return MISSING;
  if (isNoChange(changePct, current === null ? null : 100)) return f.ratio(0);
  return `${changePct > 0 ? '+' : MINUS}${f.ratio(Math.abs(changePct) / 100)}`;
}

/**
 * The current state against the future state, for a team deciding on a future state: lead time
 * as two bars, every metric side by side with its change, the waste scores, and the steps added,
 * removed and changed (each one a button that shows the step on its map).
 */
export function ComparePanel({ comparison, onSelectNodes }: ComparePanelProps) {
  const headingId = useId();
  const text = useMessages().compare;
  const leadTime = comparison.metrics.find((row) => row.key === 'leadTimeDays');
  return (
    <section className="arus-panel arus-compare" aria-labelledby={headingId}>
      <h2 id={headingId} className="arus-panel__title">{text.title}</h2>
      {leadTime !== undefined && <LeadTimeBars currentDays={leadTime.current} futureDays={leadTime.future} />}
      <MetricTable rows={comparison.metrics} />
      <WasteTable rows={comparison.wastes} />
      <StepLists
        added={comparison.stepsAdded}
        removed={comparison.stepsRemoved}
        changed={comparison.stepsChanged}
        onSelectNodes={onSelectNodes}
      />
    </section>
  );
}

function ChangeCells({ row, unit }: { row: MetricChange<string>; unit: Unit }) {
  const text = useMessages().compare;
  const f = useFormatter();
  const arrow = row.change === null || isNoChange(row.change, row.current) ? '' : row.change > 0 ? '▲' : '▼';
  return (
    <>
      <td className="arus-compare__num arus-compare__change">
        {arrow !== '' && <span className="arus-compare__arrow" aria-hidden="true">{arrow}{NBSP}</span>}
        {formatChange(row, unit, text.points, f)}
      </td>
      <td className="arus-compare__num arus-compare__change">{formatChangePct(row, f)}</td>
    </>
  );
}

/** The verdict as a word beside the name: colour alone would not reach everyone. */
function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const text = useMessages().compare;
  if (verdict !== 'better' && verdict !== 'worse') return null;
  return <span className={`arus-compare__verdict arus-compare__verdict--${verdict}`}>{text[verdict]}</span>;
}

/** The frame both tables share: caption, the five column heads, the rows given. */
function CompareTable({ caption, nameHead, className, children }: { caption: string; nameHead: string; className?: string; children: ReactNode }) {
  const text = useMessages().compare;
  return (
    <div className="arus-compare__table-box">
      <table className={className ? `arus-compare__table ${className}` : 'arus-compare__table'}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="arus-compare__name-head">{nameHead}</th>
            <th scope="col">{text.current}</th>
            <th scope="col">{text.future}</th>
            <th scope="col">{text.change}</th>
            <th scope="col">{text.changePct}</th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

function MetricTable({ rows }: { rows: MetricChange[] }) {
  const text = useMessages().compare;
  const language = useLanguage();
  const f = useFormatter();
  return (
    <CompareTable caption={text.metricsCaption} nameHead={text.metric}>
          {rows.map((row) => {
            const unit = METRICS[row.key].unit;
            const verdict = metricVerdict(row);
            return (
              <tr key={row.key} data-metric={row.key} className={`arus-compare__row arus-compare__row--${verdict}`}>
                <th scope="row">
                  {metricName(row.key, language)} <VerdictBadge verdict={verdict} />
                </th>
                <td className="arus-compare__num">{formatValue(row.current, unit, f)}</td>
                <td className="arus-compare__num">{formatValue(row.future, unit, f)}</td>
                <ChangeCells row={row} unit={unit} />
              </tr>
            );
          })}
    </CompareTable>
  );
}

function WasteScore({ score }: { score: number | null }) {
  const text = useMessages().compare;
  const f = useFormatter();
  if (score === null || !Number.isFinite(score)) return <span className="arus-compare__no-data">{text.noData}</span>;
  return <>{f.ratio(score)}</>;
}

/** A waste's measures, current → future: `Transit time 2.0 days → 2.0 days`. */
function measuresText(measures: readonly WasteMeasureChange[], language: Language): string {
  const f = formatterFor(language);
  return measures
    .filter((m) => m.current !== null || m.future !== null)
    .map((m) => plainSpaces(`${measureName(m.key, language)} ${f.quantity(m.current, m.unit)} → ${f.quantity(m.future, m.unit)}`))
    .join(' · ');
}

function WasteTable({ rows }: { rows: WasteChange[] }) {
  const text = useMessages().compare;
  const language = useLanguage();
  return (
    <CompareTable caption={text.wastesCaption} nameHead={text.waste} className="arus-compare__table--wastes">
          {rows.map((row) => {
            // Better or worse by the absolute measures, not the score: a share grows when its
            // denominator shrinks (merging steps while the trucks stay is not more transport).
            const verdict = row.verdict;
            const measures = measuresText(row.measures, language);
            return (
              <tr key={row.key} data-waste={row.key} className={`arus-compare__row arus-compare__row--${verdict}`}>
                <th scope="row">
                  {WASTE_NAMES[row.key][language]} <VerdictBadge verdict={verdict} />
                  {measures !== '' && <span className="arus-compare__measures">{measures}</span>}
                </th>
                <td className="arus-compare__num"><WasteScore score={row.current} /></td>
                <td className="arus-compare__num"><WasteScore score={row.future} /></td>
                <ChangeCells row={row} unit="ratio" />
              </tr>
            );
          })}
    </CompareTable>
  );
}

const BAR_CHART_WIDTH_PX = 340;
const BAR_HEIGHT_PX = 24;
const ROW_HEIGHT_PX = 58;

/** Lead time as two labelled bars on one scale: the gap is seen before it is read. */
function LeadTimeBars({ currentDays, futureDays }: { currentDays: number | null; futureDays: number | null }) {
  const text = useMessages().compare;
  const f = useFormatter();
  const maxDays = Math.max(currentDays ?? 0, futureDays ?? 0);
  const bars = [
    { key: 'current', label: text.current, days: currentDays },
    { key: 'future', label: text.future, days: futureDays },
  ];
  const heightPx = bars.length * ROW_HEIGHT_PX;
  const label = plainSpaces(text.leadTimeChart(f.days(currentDays), f.days(futureDays)));
  return (
    <figure className="arus-compare__chart">
      <figcaption className="arus-compare__chart-title">{text.leadTimeTitle}</figcaption>
      <div className="arus-scroll">
        <svg
          className="arus-compare__svg"
          role="img"
          aria-label={label}
          width={BAR_CHART_WIDTH_PX}
          height={heightPx}
          viewBox={`0 0 ${BAR_CHART_WIDTH_PX} ${heightPx}`}
        >
          {bars.map((bar, i) => {
            const top = i * ROW_HEIGHT_PX;
            const days = bar.days;
            const widthPx = days === null || !Number.isFinite(days) || maxDays <= 0
              ? 0
              // A non-zero lead time keeps a sliver of bar so it never reads as nothing.
              : Math.max(days > 0 ? 3 : 0, (days / maxDays) * BAR_CHART_WIDTH_PX);
            return (
              <g key={bar.key} className={`arus-compare__bar arus-compare__bar--${bar.key}`}>
                <text x={0} y={top + 18} className="arus-svg-text">{bar.label}</text>
                <text x={BAR_CHART_WIDTH_PX} y={top + 18} textAnchor="end" className="arus-svg-text arus-svg-text--value">
                  {f.days(days)}
                </text>
                <rect x={0} y={top + 26} width={BAR_CHART_WIDTH_PX} height={BAR_HEIGHT_PX} className="arus-compare__bar-track" />
                {widthPx > 0 && (
                  <rect x={0} y={top + 26} width={widthPx} height={BAR_HEIGHT_PX} className="arus-compare__bar-fill" />
                )}
              </g>
            );
          })}
        </svg>
      </div>
    </figure>
  );
}

/** A step's label; an unnamed step is called by its symbol's name in the UI language. */
function stepLabel(step: { type: VsmNodeType; label: string }, language: Language): string {
  return stepName(step.label, language, step.type);
}

/** A changed field as the inspector names it, in the UI language; unknown keys as they are. */
function fieldName(type: VsmNodeType, key: string, language: Language, symbolField: string): string {
  if (key === 'type') return symbolField;
  const field = fieldsOf(type).find((candidate) => candidate.key === key);
  return field ? fieldLabel(field.key, language) : key;
}

interface StepListsProps {
  added: StepRef[];
  removed: StepRef[];
  changed: StepChange[];
  onSelectNodes?: (nodeIds: string[], state: CompareStateKey) => void;
}

function StepLists({ added, removed, changed, onSelectNodes }: StepListsProps) {
  const headingId = useId();
  const text = useMessages().compare;
  const language = useLanguage();
  return (
    <section className="arus-compare__steps" aria-labelledby={headingId}>
      <h3 id={headingId}>{text.steps}</h3>
      <StepList
        kind="added" title={text.stepsAdded(added.length)}
        items={added.map((step) => ({ key: step.nodeId, nodeId: step.nodeId, state: 'future' as const, label: stepLabel(step, language) }))}
        onSelectNodes={onSelectNodes} text={text}
      />
      <StepList
        kind="removed" title={text.stepsRemoved(removed.length)}
        items={removed.map((step) => ({ key: step.nodeId, nodeId: step.nodeId, state: 'current' as const, label: stepLabel(step, language) }))}
        onSelectNodes={onSelectNodes} text={text}
      />
      <StepList
        kind="changed" title={text.stepsChanged(changed.length)}
        items={changed.map((step) => ({
          key: step.futureId,
          nodeId: step.futureId,
          state: 'future' as const,
          label: stepLabel(step, language),
          detail: step.fields.map((key) => fieldName(step.type, key, language, text.symbolField)).join(', '),
        }))}
        onSelectNodes={onSelectNodes} text={text}
      />
    </section>
  );
}

interface StepItem {
  key: string;
  nodeId: string;
  state: CompareStateKey;
  label: string;
  detail?: string;
}

interface StepListProps {
  kind: 'added' | 'removed' | 'changed';
  title: string;
  items: StepItem[];
  onSelectNodes?: (nodeIds: string[], state: CompareStateKey) => void;
  text: Messages['compare'];
}

function StepList({ kind, title, items, onSelectNodes, text }: StepListProps) {
  const titleId = useId();
  return (
    <div className={`arus-compare__step-group arus-compare__step-group--${kind}`} data-steps={kind}>
      <h4 id={titleId} className="arus-compare__step-title">{title}</h4>
      {items.length === 0 ? (
        <p className="arus-compare__empty">{text.noSteps}</p>
      ) : (
        <ul aria-labelledby={titleId}>
          {items.map((item) => {
            const content = (
              <>
                <span className="arus-compare__step-label">{item.label}</span>
                {item.detail !== undefined && <span className="arus-compare__step-detail">{item.detail}</span>}
              </>
            );
            return (
              <li key={item.key}>
                {onSelectNodes ? (
                  <button
                    type="button"
                    className="arus-compare__step"
                    title={item.state === 'current' ? text.showInCurrent : text.showInFuture}
                    onClick={() => onSelectNodes([item.nodeId], item.state)}
                  >
                    {content}
                  </button>
                ) : (
                  <span className="arus-compare__step">{content}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
