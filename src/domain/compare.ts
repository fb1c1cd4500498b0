import { analyzeMap, type WasteThresholds } from './analysis';
import { labelOf } from './analysis/labels';
import type { MapAnalysis, WasteReport } from './analysis/types';
import type { QuantityUnit } from './messages';
import { METRICS, NUMERIC_METRIC_KEYS, metricValue, type BetterWhen, type NumericMetricKey, type WasteMeasureKey } from './metrics';
import { nodeSymbol } from './symbols';
import type { KaizenData, MapState, VsmEdge, VsmNode, VsmNodeType, WasteId } from './types';

/** The metrics the comparison lists, in the catalog's order: every numeric metric (`metrics.ts`). */
export const COMPARED_METRICS: readonly NumericMetricKey[] = NUMERIC_METRIC_KEYS;
export type ComparedMetric = NumericMetricKey;

/** One figure side by side: change = future − current; changePct in percent of current (null when current is 0 or null). */
export interface MetricChange<K extends string = ComparedMetric> {
  key: K;
  current: number | null;
  future: number | null;
  change: number | null;
  changePct: number | null;
}

/** A step (material-flow symbol) only one state has. */
export interface StepRef {
  nodeId: string;
  type: VsmNodeType;
  label: string;
}

/** A step in both states whose type or data differ. */
export interface StepChange {
  currentId: string;
  futureId: string;
  type: VsmNodeType;
  /** The future step's label. */
  label: string;
  /** Changed data keys in alphabetical order; `type` first when the symbol changed. */
  fields: string[];
}

/** Better or worse by a figure's direction; `same` when it did not change; `mixed` when measures disagree; `none` without a verdict. */
export type Verdict = 'better' | 'worse' | 'same' | 'mixed' | 'none';

/** One absolute measure of a waste side by side, with its unit. */
export interface WasteMeasureChange extends MetricChange<WasteMeasureKey> {
  unit: QuantityUnit;
}

/**
 * A waste side by side: its score, its absolute measures, and the verdict of the measures (a
 * score is a share, which grows when its denominator shrinks: merging steps while the trucks
 * stay is not more transport).
 */
export interface WasteChange extends MetricChange<WasteId> {
  measures: WasteMeasureChange[];
  verdict: Verdict;
}

export interface StateComparison {
  current: MapAnalysis;
  future: MapAnalysis;
  metrics: MetricChange[];
  /** The wastes side by side, in DOWNTIME order: scores, measures and the measures' verdict. */
  wastes: WasteChange[];
  stepsAdded: StepRef[];
  stepsRemoved: StepRef[];
  stepsChanged: StepChange[];
}

/**
 * Compares a current and a future state: every section 4 metric side by side with the change and
 * the change in percent, waste scores, and the steps added, removed and changed. Steps pair through
 * the future node's `data.originId` (else the same id); changed means the type or any data field
 * other than originId differs.
 */
export function compareStates(current: MapState, future: MapState, thresholds?: Partial<WasteThresholds>): StateComparison {
  const before = analyzeMap(current, thresholds);
  const after = analyzeMap(future, thresholds);
  const metrics = COMPARED_METRICS.map((key) => metricChange(key, metricValue(before, key), metricValue(after, key)));
  const wastes = before.wastes.map((report) => wasteChange(report, after.wastes.find((w) => w.category === report.category)));
  return { current: before, future: after, metrics, wastes, ...compareSteps(current, future) };
}

function wasteChange(before: WasteReport, after: WasteReport | undefined): WasteChange {
  const measures = before.measures.map((measure): WasteMeasureChange => ({
    ...metricChange(measure.key, measure.value, after?.measures.find((m) => m.key === measure.key)?.value ?? null),
    unit: measure.unit,
  }));
  // Less evidence is better for every measure.
  const verdicts = measures.map((row) => verdictOf(row, 'lower')).filter((v) => v !== 'none');
  const verdict: Verdict = verdicts.length === 0 ? 'none'
    : verdicts.includes('better') && verdicts.includes('worse') ? 'mixed'
      : verdicts.includes('worse') ? 'worse'
        : verdicts.includes('better') ? 'better' : 'same';
  return { ...metricChange(before.category, before.score, after?.score ?? null), measures, verdict };
}

/** True when a change is only floating-point noise (0.1 + 0.2 − 0.3), relative to the current value. */
export function isNoChange(change: number, current: number | null): boolean {
  return Math.abs(change) <= 1e-9 * Math.max(1, Math.abs(current ?? 0));
}

/** Better or worse by the direction of a figure; `none` when it has no direction or no change could be computed. */
export function verdictOf(row: Pick<MetricChange<string>, 'change' | 'current'>, better: BetterWhen): Verdict {
  if (row.change === null || !Number.isFinite(row.change) || better === 'none') return 'none';
  if (isNoChange(row.change, row.current)) return 'same';
  return (row.change < 0) === (better === 'lower') ? 'better' : 'worse';
}

/** The verdict of a compared metric by the catalog's direction. */
export function metricVerdict(row: MetricChange): Verdict {
  return verdictOf(row, METRICS[row.key].better);
}

/** Change and change in percent of two figures; nulls where either side is missing. */
export function metricChange<K extends string>(key: K, current: number | null, future: number | null): MetricChange<K> {
  const change = current === null || future === null ? null : future - current;
  const changePct = change === null || current === 0 || current === null ? null : (change / Math.abs(current)) * 100;
  return { key, current, future, change, changePct };
}

const isStep = (node: VsmNode) => nodeSymbol(node.type).material;
const stepRef = (node: VsmNode): StepRef => ({ nodeId: node.id, type: node.type, label: labelOf(node) });

function compareSteps(current: MapState, future: MapState) {
  const currentById = new Map(current.nodes.map((n) => [n.id, n]));
  const paired = new Map<string, VsmNode>(); // current id → future node
  const unpaired: VsmNode[] = [];
  // Pair through originId first, so a same-id fallback cannot take a step another node claims.
  for (const node of future.nodes) {
    const origin = node.data.originId;
    if (typeof origin === 'string' && currentById.has(origin) && !paired.has(origin)) paired.set(origin, node);
    else unpaired.push(node);
  }
  const stepsAdded: StepRef[] = [];
  for (const node of unpaired) {
    const hasOrigin = typeof node.data.originId === 'string';
    if (!hasOrigin && currentById.has(node.id) && !paired.has(node.id)) paired.set(node.id, node);
    else if (isStep(node)) stepsAdded.push(stepRef(node));
  }

  const stepsRemoved: StepRef[] = [];
  const stepsChanged: StepChange[] = [];
  for (const before of current.nodes) {
    const after = paired.get(before.id);
    if (after === undefined) {
      if (isStep(before)) stepsRemoved.push(stepRef(before));
      continue;
    }
    if (!isStep(before) && !isStep(after)) continue;
    const fields = changedFields(before, after);
    if (fields.length > 0) {
      stepsChanged.push({ currentId: before.id, futureId: after.id, type: after.type, label: labelOf(after), fields });
    }
  }
  return { stepsAdded, stepsRemoved, stepsChanged };
}

function changedFields(before: VsmNode, after: VsmNode): string[] {
  const a = before.data as Record<string, unknown>;
  const b = after.data as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('originId');
  const fields = [...keys].filter((key) => !sameValue(a[key], b[key])).sort();
  return before.type === after.type ? fields : ['type', ...fields];
}

/** Deep equality for JSON values; a missing field equals undefined. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const key of keys) if (!sameValue(ra[key], rb[key])) return false;
  return true;
}

/**
 * "Start future state from current": a copy with new node and edge ids from `newId`, each node's
 * `data.originId` set to the node it came from, edges and kaizen `stepId` remapped to the new ids.
 * Edges to missing nodes are left out.
 */
export function startFutureFromCurrent(current: MapState, newId: () => string): MapState {
  const idMap = new Map<string, string>();
  for (const node of current.nodes) idMap.set(node.id, newId());
  const nodes = current.nodes.map((node): VsmNode => {
    const data = cloneJson(node.data) as Record<string, unknown>;
    data.originId = node.id;
    if (node.type === 'kaizen') {
      const stepId = (node.data as KaizenData).stepId;
      if (typeof stepId === 'string' && idMap.has(stepId)) data.stepId = idMap.get(stepId);
    }
    return { ...(cloneJson(node) as VsmNode), id: idMap.get(node.id)!, data } as VsmNode;
  });
  const edges: VsmEdge[] = [];
  for (const edge of current.edges) {
    const source = idMap.get(edge.source);
    const target = idMap.get(edge.target);
    if (source === undefined || target === undefined) continue;
    edges.push({ ...(cloneJson(edge) as VsmEdge), id: newId(), source, target });
  }
  const copy: MapState = { settings: { ...current.settings }, nodes, edges };
  if (current.viewport !== undefined) copy.viewport = { ...current.viewport };
  return copy;
}

/** A deep copy of plain JSON data into fresh objects (Object.fromEntries never touches a prototype). */
function cloneJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cloneJson);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cloneJson(v)]));
  }
  return value;
}
