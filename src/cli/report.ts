import { nodeRef } from '../domain/analysis/labels';
import type { MapAnalysis, WasteFinding, WasteReport } from '../domain/analysis/types';
import { metricVerdict, type MetricChange, type StateComparison, type StepRef, type WasteChange } from '../domain/compare';
import type { AnalysisMessage, Message, QuantityUnit } from '../domain/messages';
import { METRIC_KEYS, METRICS, type MetricKey, type MetricUnit } from '../domain/metrics';
import { WASTE_NAMES } from '../i18n/wastes';
import type { KaizenData, MapState, StateKey, VsmDocument, VsmNode } from '../domain/types';
import { measureName, metricName, nodeText, renderMessage } from '../i18n/domain';
import { formatterFor, plainSpaces, type Formatter } from '../i18n/format';
import type { Language } from '../i18n/language';
import { CLI_TEXT, type CliText } from './text';

/**
 * The command line's output in English or Bahasa Indonesia: a readable report of one state, the
 * same as one JSON object, and the comparison of both states. Numbers go through the app's one
 * formatter (`23,6 hari`, `17.130 unit` in Indonesian) with plain spaces. Plain text for a
 * terminal: user text is printed as it is, with control characters escaped so a label can never
 * move the cursor or change colours.
 */

/** A message as `--json` keeps it: its code and parameters, and the sentence in the chosen language. */
export type JsonMessage = Message & { message: string };

function jsonMessage(message: Message, lang: Language): JsonMessage {
  return { ...message, message: renderMessage(message, lang) };
}

function jsonAnalysisMessage(message: AnalysisMessage, lang: Language): JsonMessage & { unavailable: MetricKey[] } {
  return { code: message.code, params: message.params, unavailable: message.unavailable, message: renderMessage(message, lang) } as JsonMessage & { unavailable: MetricKey[] };
}

function jsonFinding(finding: WasteFinding, lang: Language) {
  const { message, ...rest } = finding;
  return { nodeIds: rest.nodeIds, ...jsonMessage(message, lang), value: rest.value, source: rest.source };
}

/**
 * The analysis of one state as the `--json` object: every field of MapAnalysis plus the state;
 * each warning, error and finding as `{ code, params, message }` (the message in `lang`).
 */
export function analysisJson(stateKey: StateKey, analysis: MapAnalysis, lang: Language = 'en') {
  return {
    state: stateKey,
    ...analysis,
    wastes: analysis.wastes.map((report) => ({ ...report, findings: report.findings.map((f) => jsonFinding(f, lang)) })),
    warnings: analysis.warnings.map((m) => jsonAnalysisMessage(m, lang)),
    errors: analysis.errors.map((m) => jsonAnalysisMessage(m, lang)),
  };
}

// Control characters (C0, DEL, C1) would act on the terminal instead of showing as text.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/g;

/** User text made safe for one terminal line: control characters shown as \uXXXX escapes. */
export function terminalText(text: string): string {
  return text.replace(CONTROL_CHARS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Everything one report needs: the language's words, its formatter, the nodes by id. */
interface Ctx {
  lang: Language;
  t: CliText;
  f: Formatter;
}

function contextOf(lang: Language): Ctx {
  return { lang, t: CLI_TEXT[lang], f: formatterFor(lang) };
}

/** A number with its unit, as the formatter shows it, with plain spaces for a terminal. */
function quantity(ctx: Ctx, value: number | null, unit: QuantityUnit): string {
  return plainSpaces(ctx.f.quantity(value, unit));
}

/** A node's name for a report: its name or title, else its symbol's name in the language and its id. */
function nodeName(ctx: Ctx, byId: Map<string, VsmNode>, id: string): string {
  const node = byId.get(id);
  return terminalText(node === undefined ? id : nodeText(nodeRef(node), ctx.lang));
}

function nodesById(state: MapState): Map<string, VsmNode> {
  return new Map(state.nodes.map((node) => [node.id, node]));
}

const rows = (pairs: readonly (readonly [string, string])[]): string[] => {
  const width = Math.max(...pairs.map(([name]) => name.length)) + 2;
  return pairs.map(([name, value]) => `  ${name.padEnd(width)}${value}`);
};

/** A metric's value in the report: the step's name for the bottleneck, else the number with its unit. */
function metricText(ctx: Ctx, analysis: MapAnalysis, key: MetricKey, byId: Map<string, VsmNode>): string {
  if (key === 'bottleneckId') return analysis.bottleneckId === null ? ctx.t.notComputed : nodeName(ctx, byId, analysis.bottleneckId);
  const value = analysis[key];
  return value === null ? ctx.t.notComputed : quantity(ctx, value, METRICS[key].unit as QuantityUnit);
}

/** Every metric of the catalog, in its order (`src/domain/metrics.ts`). */
function metricLines(ctx: Ctx, analysis: MapAnalysis, byId: Map<string, VsmNode>): string[] {
  return rows(METRIC_KEYS.map((key) => [metricName(key, ctx.lang), metricText(ctx, analysis, key, byId)] as const));
}

function flowLines(ctx: Ctx, analysis: MapAnalysis, byId: Map<string, VsmNode>): string[] {
  const { t } = ctx;
  const lines: string[] = [];
  // Stock and transport on the path show the days they add, the way the timeline reads.
  const waitingDays = new Map(analysis.timeline.map((rung) => [rung.nodeId, rung.waitingDays]));
  const path = analysis.criticalPath.map((id) => {
    const waiting = waitingDays.get(id) ?? 0;
    return `${nodeName(ctx, byId, id)}${waiting > 0 ? ` (${quantity(ctx, waiting, 'days')})` : ''}`;
  });
  lines.push(`${t.criticalPath}: ${path.length === 0 ? t.noCriticalPath : path.join(' → ')}`);
  if (analysis.loads.length > 0) {
    lines.push('', t.loadTitle);
    for (const load of analysis.loads) {
      const cycle = load.cycleTimeSec === null ? t.noCycleTime : t.cycleTime(quantity(ctx, load.cycleTimeSec, 'sec'));
      const share = load.load === null ? t.noLoad : t.load(quantity(ctx, load.load, 'ratio'));
      const over = load.load !== null && load.load > 1 ? t.overTakt : '';
      lines.push(`  ${nodeName(ctx, byId, load.nodeId)}: ${cycle}, ${share}${over}`);
    }
  }
  return lines;
}

/** The measures of a waste that were measured: `Transit time 1.0 days, Transport moves 1`. */
function measuresLine(ctx: Ctx, report: WasteReport): string | null {
  const known = report.measures.filter((m) => m.value !== null);
  if (known.length === 0) return null;
  return `    ${ctx.t.measures}: ${known.map((m) => `${measureName(m.key, ctx.lang)} ${quantity(ctx, m.value, m.unit)}`).join(', ')}`;
}

function wasteLines(ctx: Ctx, wastes: readonly WasteReport[]): string[] {
  const { t, f, lang } = ctx;
  const lines = [t.wastesTitle];
  for (const waste of wastes) {
    const score = waste.score === null ? t.noData : f.number(waste.score, 3);
    lines.push(`  ${WASTE_NAMES[waste.category][lang]}: ${score}`);
    const measures = measuresLine(ctx, waste);
    if (measures !== null) lines.push(measures);
    // Tagged findings are marked apart from measured ones.
    for (const finding of waste.findings) {
      const text = plainSpaces(renderMessage(finding.message, lang));
      lines.push(`    - ${terminalText(text)}${finding.source === 'tagged' ? t.tagged : ''}`);
    }
  }
  return lines;
}

function kaizenLines(ctx: Ctx, state: MapState, byId: Map<string, VsmNode>): string[] {
  const { t, f, lang } = ctx;
  const bursts = state.nodes.filter((node) => node.type === 'kaizen');
  if (bursts.length === 0) return [];
  const lines = ['', t.kaizenTitle];
  for (const burst of bursts) {
    const data = burst.data as KaizenData;
    const facts = [
      data.stepId ? t.improves(nodeName(ctx, byId, data.stepId)) : '',
      data.waste ? t.waste(WASTE_NAMES[data.waste][lang]) : '',
      data.owner ? t.owner(terminalText(data.owner)) : '',
      data.dueDate ? t.due(f.date(data.dueDate)) : '',
      t.status[data.status ?? 'open'],
    ].filter((fact) => fact !== '');
    lines.push(`  ${nodeName(ctx, byId, burst.id)} (${facts.join(', ')})`);
  }
  return lines;
}

function messageLines(ctx: Ctx, title: string, messages: readonly Message[]): string[] {
  if (messages.length === 0) return [];
  return ['', `${title}:`, ...messages.map((m) => `  - ${terminalText(plainSpaces(renderMessage(m, ctx.lang)))}`)];
}

/** The readable report of one state in `lang`: title, metrics with units, flow, wastes, warnings. */
export function formatReport(doc: VsmDocument, stateKey: StateKey, analysis: MapAnalysis, lang: Language = 'en'): string {
  const ctx = contextOf(lang);
  const { t, f } = ctx;
  const state = doc.states[stateKey]!;
  const byId = nodesById(state);
  const product = doc.product ? ` (${terminalText(doc.product)})` : '';
  const title = `${terminalText(doc.title) || t.untitled}${product}`;
  return [
    title,
    t.stateSummary(t.stateName[stateKey], f.count(state.nodes.length), f.count(state.edges.length)),
    '',
    ...metricLines(ctx, analysis, byId),
    '',
    ...flowLines(ctx, analysis, byId),
    '',
    ...wasteLines(ctx, analysis.wastes),
    ...kaizenLines(ctx, state, byId),
    ...messageLines(ctx, t.errors, analysis.errors),
    ...messageLines(ctx, t.warnings, analysis.warnings),
  ].join('\n') + '\n';
}

/** `current → future  +change (+pct)`; a share changes by percentage points, everything else in its own unit. */
function changeText(ctx: Ctx, row: MetricChange<string>, unit: MetricUnit): string {
  const { t, f } = ctx;
  const show = (value: number | null) => (value === null ? t.notAvailable : quantity(ctx, value, unit as QuantityUnit));
  let change = '';
  if (row.change !== null) {
    const sign = row.change > 0 ? '+' : row.change < 0 ? '−' : '±';
    const amount = unit === 'ratio' ? t.points(f.number(Math.abs(row.change) * 100, 2)) : show(Math.abs(row.change));
    const pct = row.changePct === null ? '' : ` (${row.changePct > 0 ? '+' : row.changePct < 0 ? '−' : '±'}${plainSpaces(f.percent(Math.abs(row.changePct)))})`;
    change = `  ${sign}${amount}${pct}`;
  }
  return `${show(row.current)} → ${show(row.future)}${change}`;
}

function verdictWord(ctx: Ctx, verdict: string): string {
  return verdict === 'better' ? `  ${ctx.t.better}` : verdict === 'worse' ? `  ${ctx.t.worse}` : '';
}

function stepList(ctx: Ctx, title: string, steps: readonly StepRef[], byId: Map<string, VsmNode>): string {
  const names = steps.map((step) => nodeName(ctx, byId, step.nodeId));
  return `${title}: ${names.length === 0 ? ctx.t.none : names.join(', ')}`;
}

function wasteChangeLines(ctx: Ctx, row: WasteChange): string[] {
  const name = WASTE_NAMES[row.key][ctx.lang];
  const lines = [`  ${name}: ${changeText(ctx, row, 'ratio')}${verdictWord(ctx, row.verdict)}`];
  for (const measure of row.measures) {
    if (measure.current === null && measure.future === null) continue;
    lines.push(`    ${measureName(measure.key, ctx.lang)}: ${changeText(ctx, measure, measure.unit)}`);
  }
  return lines;
}

/** Both states' reports and what changed between them: metrics, wastes with their measures, and steps. */
export function formatComparison(doc: VsmDocument, comparison: StateComparison, lang: Language = 'en'): string {
  const ctx = contextOf(lang);
  const { t } = ctx;
  const currentById = nodesById(doc.states.current);
  const futureById = nodesById(doc.states.future ?? { settings: doc.states.current.settings, nodes: [], edges: [] });
  const lines = [t.changesTitle];
  lines.push(...rows(comparison.metrics.map((row) => [
    metricName(row.key, lang),
    `${changeText(ctx, row, METRICS[row.key].unit)}${verdictWord(ctx, metricVerdict(row))}`,
  ] as const)));
  lines.push('', t.wasteScoresTitle);
  for (const row of comparison.wastes) lines.push(...wasteChangeLines(ctx, row));
  lines.push(
    '',
    stepList(ctx, t.stepsAdded, comparison.stepsAdded, futureById),
    stepList(ctx, t.stepsRemoved, comparison.stepsRemoved, currentById),
  );
  const changed = comparison.stepsChanged.map(
    (step) => `${nodeName(ctx, futureById, step.futureId)} (${step.fields.map(terminalText).join(', ')})`,
  );
  lines.push(`${t.stepsChanged}: ${changed.length === 0 ? t.none : changed.join(', ')}`);
  return [
    formatReport(doc, 'current', comparison.current, lang),
    formatReport(doc, 'future', comparison.future, lang),
    lines.join('\n'),
    '',
  ].join('\n');
}

/** The comparison's changes for `--json`: metrics, wastes (scores, measures, verdict) and steps. */
export function changesJson(comparison: StateComparison) {
  const { metrics, wastes, stepsAdded, stepsRemoved, stepsChanged } = comparison;
  return { metrics, wastes, stepsAdded, stepsRemoved, stepsChanged };
}
