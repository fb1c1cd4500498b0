import type { MapAnalysis, WasteReport } from '../domain/analysis/types';
import type { MetricChange, StateComparison, StepRef } from '../domain/compare';
import { nodeSymbol, WASTE_NAMES } from '../domain/symbols';
import type { KaizenData, MapState, StateKey, VsmDocument, VsmNode } from '../domain/types';

/**
 * The command line's output: a readable report of one state, the same as one JSON object, and
 * the comparison of both states. Plain text for a terminal: user text is printed as it is, with
 * control characters escaped so a label can never move the cursor or change colours.
 */

const STATE_NAMES: Record<StateKey, string> = { current: 'Current state', future: 'Future state' };

/** The analysis of one state as the `--json` object: every field of MapAnalysis plus the state. */
export function analysisJson(stateKey: StateKey, analysis: MapAnalysis): { state: StateKey } & MapAnalysis {
  return { state: stateKey, ...analysis };
}

// Control characters (C0, DEL, C1) would act on the terminal instead of showing as text.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/g;

/** User text made safe for one terminal line: control characters shown as \uXXXX escapes. */
export function terminalText(text: string): string {
  return text.replace(CONTROL_CHARS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A number with en-US grouping and as many decimals as its size needs: 55,200 · 23.6 ·
 * 3.33 · 0.014 (two significant digits below 1).
 */
export function formatNumber(value: number): string {
  if (value === 0 || !Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const decimals = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : Math.min(8, 1 - Math.floor(Math.log10(abs)));
  return value.toLocaleString('en-US', { maximumFractionDigits: decimals });
}

/** A share 0..1 as a percentage: 0.00014 → "0.014 %". */
export function formatPercent(share: number): string {
  return `${formatNumber(share * 100)} %`;
}

const NOT_COMPUTED = 'not computed (see warnings)';

function orMissing(value: number | null, unit: (value: number) => string): string {
  return value === null ? NOT_COMPUTED : unit(value);
}

const seconds = (value: number): string => {
  const text = `${formatNumber(value)} s`;
  // Long times also in minutes or hours, the way a team says them.
  if (value >= 3_600) return `${text} (${formatNumber(value / 3_600)} h)`;
  if (value >= 120) return `${text} (${formatNumber(value / 60)} min)`;
  return text;
};
const days = (value: number): string => `${formatNumber(value)} ${value === 1 ? 'day' : 'days'}`;

/** A node's label for a report: its name or title, else the symbol's English name. */
function labelOf(node: VsmNode | undefined, id: string): string {
  if (!node) return terminalText(id);
  const data = node.data as { name?: unknown; title?: unknown };
  const text = typeof data.name === 'string' ? data.name : typeof data.title === 'string' ? data.title : '';
  return terminalText(text.trim() === '' ? nodeSymbol(node.type).name.en : text.trim());
}

function nodesById(state: MapState): Map<string, VsmNode> {
  return new Map(state.nodes.map((node) => [node.id, node]));
}

function metricLines(analysis: MapAnalysis): string[] {
  const row = (name: string, value: string): string => `  ${name.padEnd(26)}${value}`;
  return [
    row('Takt time', orMissing(analysis.taktTimeSec, seconds)),
    row('Daily demand', orMissing(analysis.dailyDemand, (v) => `${formatNumber(v)} a day`)),
    row('Available time', `${formatNumber(analysis.availableSecondsPerDay)} s a day`),
    row('Lead time', orMissing(analysis.leadTimeDays, days)),
    row('  Waiting time', orMissing(analysis.waitingTimeDays, days)),
    row('  Processing time', orMissing(analysis.processingTimeSec, seconds)),
    row('Value-added time', orMissing(analysis.valueAddedTimeSec, seconds)),
    row('Value-added ratio', orMissing(analysis.valueAddedRatio, formatPercent)),
    row('Inventory', `${formatNumber(analysis.inventoryUnits)} units, ${orMissing(analysis.inventoryDays, days)}`),
    row('Inventory turns', orMissing(analysis.inventoryTurns, (v) => `${formatNumber(v)} a year`)),
    row('Labour content', orMissing(analysis.labourContentSec, seconds)),
    row('Operators needed at takt', orMissing(analysis.operatorsNeeded, formatNumber)),
    row('Rolled throughput yield', orMissing(analysis.rolledThroughputYield, formatPercent)),
  ];
}

function flowLines(analysis: MapAnalysis, byId: Map<string, VsmNode>): string[] {
  const lines: string[] = [];
  // Stock and transport on the path show the days they add, the way the timeline reads.
  const waitingDays = new Map(analysis.timeline.map((rung) => [rung.nodeId, rung.waitingDays]));
  const path = analysis.criticalPath.map((id) => {
    const waiting = waitingDays.get(id) ?? 0;
    return `${labelOf(byId.get(id), id)}${waiting > 0 ? ` (${days(waiting)})` : ''}`;
  });
  lines.push(`Critical path: ${path.length === 0 ? 'none (no path from a start of the flow to a customer)' : path.join(' → ')}`);
  if (analysis.bottleneckId === null) lines.push('Bottleneck: none found (no step has a load against takt)');
  else {
    const load = analysis.loads.find((l) => l.nodeId === analysis.bottleneckId);
    const loadText = load?.load == null ? '' : `, load ${formatPercent(load.load)} of takt`;
    lines.push(`Bottleneck: ${labelOf(byId.get(analysis.bottleneckId), analysis.bottleneckId)}${loadText}`);
  }
  if (analysis.loads.length > 0) {
    lines.push('', 'Process load (C/T against takt):');
    for (const load of analysis.loads) {
      const cycle = load.cycleTimeSec === null ? 'no C/T' : `C/T ${seconds(load.cycleTimeSec)}`;
      const share = load.load === null ? 'load not computed' : `load ${formatPercent(load.load)}`;
      const over = load.load !== null && load.load > 1 ? '  ← cannot meet demand' : '';
      lines.push(`  ${labelOf(byId.get(load.nodeId), load.nodeId)}: ${cycle}, ${share}${over}`);
    }
  }
  return lines;
}

function wasteLines(wastes: readonly WasteReport[]): string[] {
  const lines = ['Wastes (DOWNTIME, score 0 to 1 from measured evidence):'];
  for (const waste of wastes) {
    const score = waste.score === null ? 'no data' : formatNumber(waste.score);
    lines.push(`  ${WASTE_NAMES[waste.category]?.en ?? waste.category}: ${score}`);
    // The analyzer's messages name their nodes; tagged findings are marked apart from measured ones.
    for (const finding of waste.findings) {
      lines.push(`    - ${terminalText(finding.message)}${finding.source === 'tagged' ? ' (tagged by the team)' : ''}`);
    }
  }
  return lines;
}

function kaizenLines(state: MapState, byId: Map<string, VsmNode>): string[] {
  const bursts = state.nodes.filter((node) => node.type === 'kaizen');
  if (bursts.length === 0) return [];
  const lines = ['', 'Kaizen bursts:'];
  for (const burst of bursts) {
    const data = burst.data as KaizenData;
    const facts = [
      data.stepId ? `improves ${labelOf(byId.get(data.stepId), data.stepId)}` : '',
      data.waste ? `waste ${WASTE_NAMES[data.waste].en}` : '',
      data.owner ? `owner ${terminalText(data.owner)}` : '',
      data.dueDate ? `due ${data.dueDate}` : '',
      data.status ?? 'open',
    ].filter((fact) => fact !== '');
    lines.push(`  ${labelOf(burst, burst.id)} (${facts.join(', ')})`);
  }
  return lines;
}

function listLines(title: string, items: readonly string[]): string[] {
  if (items.length === 0) return [];
  return ['', `${title}:`, ...items.map((item) => `  - ${terminalText(item)}`)];
}

/** The readable report of one state: title, metrics with units, flow, wastes, warnings. */
export function formatReport(doc: VsmDocument, stateKey: StateKey, analysis: MapAnalysis): string {
  const state = doc.states[stateKey]!;
  const byId = nodesById(state);
  const product = doc.product ? ` (${terminalText(doc.product)})` : '';
  const title = `${terminalText(doc.title) || 'Untitled map'}${product}`;
  return [
    title,
    `${STATE_NAMES[stateKey]}: ${state.nodes.length} symbols, ${state.edges.length} arrows`,
    '',
    ...metricLines(analysis),
    '',
    ...flowLines(analysis, byId),
    '',
    ...wasteLines(analysis.wastes),
    ...kaizenLines(state, byId),
    ...listLines('Errors', analysis.errors),
    ...listLines('Warnings', analysis.warnings),
  ].join('\n') + '\n';
}

/** How each compared metric is named and shown; a share is shown in percent. */
const METRIC_DISPLAY: Record<string, { name: string; show: (value: number) => string; share?: boolean }> = {
  dailyDemand: { name: 'Daily demand', show: (v) => `${formatNumber(v)} a day` },
  availableSecondsPerDay: { name: 'Available time a day', show: seconds },
  taktTimeSec: { name: 'Takt time', show: seconds },
  leadTimeDays: { name: 'Lead time', show: days },
  waitingTimeDays: { name: 'Waiting time', show: days },
  processingTimeSec: { name: 'Processing time', show: seconds },
  valueAddedTimeSec: { name: 'Value-added time', show: seconds },
  valueAddedRatio: { name: 'Value-added ratio', show: formatPercent, share: true },
  inventoryUnits: { name: 'Inventory', show: (v) => `${formatNumber(v)} units` },
  inventoryDays: { name: 'Inventory days', show: days },
  inventoryTurns: { name: 'Inventory turns', show: (v) => `${formatNumber(v)} a year` },
  bottleneckLoad: { name: 'Bottleneck load', show: formatPercent, share: true },
  labourContentSec: { name: 'Labour content', show: seconds },
  operatorsNeeded: { name: 'Operators needed at takt', show: formatNumber },
  rolledThroughputYield: { name: 'Rolled throughput yield', show: formatPercent, share: true },
};

function changeLine(name: string, row: MetricChange<string>, show: (value: number) => string, share: boolean): string {
  const before = row.current === null ? 'n/a' : show(row.current);
  const after = row.future === null ? 'n/a' : show(row.future);
  let change = '';
  if (row.change !== null) {
    const sign = row.change > 0 ? '+' : row.change < 0 ? '−' : '±';
    // A share changes by percentage points; everything else in its own unit.
    const amount = share ? `${formatNumber(Math.abs(row.change) * 100)} points` : show(Math.abs(row.change));
    const pct = row.changePct === null ? '' : ` (${row.changePct > 0 ? '+' : row.changePct < 0 ? '−' : '±'}${formatNumber(Math.abs(row.changePct))} %)`;
    change = `  ${sign}${amount}${pct}`;
  }
  return `  ${name.padEnd(26)}${before} → ${after}${change}`;
}

/** A symbol's name inside a sentence: "work cell", but "FIFO lane" keeps its capitals. */
function symbolName(type: VsmNode['type']): string {
  return nodeSymbol(type).name.en.replace(/^[A-Z](?![A-Z])/, (c) => c.toLowerCase());
}

function stepList(title: string, steps: readonly StepRef[]): string {
  const names = steps.map((step) => `${terminalText(step.label)} (${symbolName(step.type)} ${terminalText(step.nodeId)})`);
  return `${title}: ${names.length === 0 ? 'none' : names.join(', ')}`;
}

/** Both states' reports and what changed between them: metrics, waste scores and steps. */
export function formatComparison(doc: VsmDocument, comparison: StateComparison): string {
  const lines = ['Changes, current state → future state:'];
  for (const row of comparison.metrics) {
    const display = METRIC_DISPLAY[row.key] ?? { name: row.key, show: formatNumber };
    lines.push(changeLine(display.name, row, display.show, display.share ?? false));
  }
  lines.push('', 'Waste scores (no data shown as n/a):');
  for (const row of comparison.wastes) lines.push(changeLine(WASTE_NAMES[row.key]?.en ?? row.key, row, formatNumber, false));
  lines.push(
    '',
    stepList('Steps added', comparison.stepsAdded),
    stepList('Steps removed', comparison.stepsRemoved),
  );
  const changed = comparison.stepsChanged.map(
    (step) => `${terminalText(step.label)} (${terminalText(step.futureId)}: ${step.fields.map(terminalText).join(', ')})`,
  );
  lines.push(`Steps changed: ${changed.length === 0 ? 'none' : changed.join(', ')}`);
  return [
    formatReport(doc, 'current', comparison.current),
    formatReport(doc, 'future', comparison.future),
    lines.join('\n'),
    '',
  ].join('\n');
}
