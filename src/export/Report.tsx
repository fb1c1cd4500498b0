/**
 * The A3 landscape report a team prints or saves as PDF at the end of a workshop: the map with
 * its ladder (the exported picture, as vectors), every metric, the eight wastes with their
 * evidence, and the action plan. Rendered into the page only for printing: `report.css` hides
 * everything else under `@media print` and sets `@page { size: A3 landscape }`.
 */
import { createPortal } from 'react-dom';
import type { ActionRow } from '../domain/actionPlan';
import type { MapAnalysis } from '../domain/analysis/types';
import { METRIC_LIST, type NumericMetricKey } from '../domain/metrics';
import { formatterFor, MISSING, type Language } from '../i18n';
import { ACTION_PLAN_TEXT } from '../i18n/actionPlan';
import { measureName, metricName, nodeText } from '../i18n/domain';
import { EXPORT_TEXT } from '../i18n/export';
import { WASTE_NAMES } from '../i18n/wastes';
import { stepLabel } from '../panels/MetricsPanel';
import type { Picture } from './picture';
import './report.css';

export interface ReportProps {
  picture: Picture;
  analysis: MapAnalysis;
  actions: readonly ActionRow[];
  locale: Language;
}

/** The report's content; see the file's doc. */
export function Report({ picture, analysis, actions, locale }: ReportProps) {
  const text = EXPORT_TEXT[locale].report;
  const plan = ACTION_PLAN_TEXT[locale];
  const f = formatterFor(locale);
  return (
    <article className="print-report" lang={locale} aria-label={text.heading}>
      <section className="print-report__map" aria-label={text.map}>
        {picture.element}
      </section>
      <div className="print-report__tables">
        <section aria-labelledby="print-report-metrics">
          <h2 id="print-report-metrics">{text.metrics}</h2>
          <table className="print-report__table" data-report="metrics">
            <thead><tr><th scope="col">{text.metric}</th><th scope="col">{text.value}</th></tr></thead>
            <tbody>
              {METRIC_LIST.map((spec) => {
                const value = spec.unit === 'node'
                  ? (analysis.bottleneckId === null ? MISSING : stepLabel(analysis, analysis.bottleneckId, locale))
                  : f.quantity(analysis[spec.key as NumericMetricKey], spec.unit);
                return <tr key={spec.key} data-metric={spec.key}><th scope="row">{metricName(spec.key, locale)}</th><td>{value}</td></tr>;
              })}
            </tbody>
          </table>
        </section>
        <section aria-labelledby="print-report-wastes">
          <h2 id="print-report-wastes">{text.wastes}</h2>
          <table className="print-report__table" data-report="wastes">
            <thead><tr><th scope="col">{text.waste}</th><th scope="col">{text.score}</th><th scope="col">{text.evidence}</th></tr></thead>
            <tbody>
              {analysis.wastes.map((waste) => {
                const evidence = waste.measures
                  .filter((measure) => measure.value !== null && measure.value !== 0)
                  .map((measure) => `${measureName(measure.key, locale)}: ${f.quantity(measure.value, measure.unit)}`);
                return (
                  <tr key={waste.category} data-waste={waste.category}>
                    <th scope="row">{WASTE_NAMES[waste.category][locale]}</th>
                    <td>{waste.score === null ? text.noData : f.ratio(waste.score)}</td>
                    <td>{evidence.join('; ') || MISSING}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
        <section aria-labelledby="print-report-actions" className="print-report__actions">
          <h2 id="print-report-actions">{text.actionPlan}</h2>
          {actions.length === 0 ? <p>{text.noActions}</p> : (
            <table className="print-report__table" data-report="actions">
              <thead>
                <tr>
                  {(['title', 'waste', 'step', 'owner', 'dueDate', 'status', 'state'] as const).map((column) => (
                    <th key={column} scope="col">{plan.columns[column]}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {actions.map((row) => (
                  <tr key={`${row.state}-${row.id}`} data-action={row.id}>
                    <td>{row.title || plan.untitled}</td>
                    <td>{row.waste === null ? MISSING : WASTE_NAMES[row.waste][locale]}</td>
                    <td>{row.step === null ? MISSING : nodeText(row.step, locale)}</td>
                    <td>{row.owner || MISSING}</td>
                    <td>{row.dueDate === '' ? MISSING : f.date(row.dueDate)}</td>
                    <td>{plan.status[row.status]}</td>
                    <td>{plan.state[row.state]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </article>
  );
}

/** The report put at the end of `<body>`, outside the app, where the print styles find it. */
export function PrintReport(props: ReportProps) {
  return createPortal(<Report {...props} />, document.body);
}
