import { roleOf, type AnalysisRole } from '../symbols';
import {
  NODE_TYPES, isMaterialEdge,
  type MapState, type ProcessData, type StockData, type TransportData, type VsmNode,
} from '../types';
import { analysisMessage, type AnalysisMessage, type NodeRef } from '../messages';
import { readDemand, type Demand } from './demand';
import { IdIndex } from './idIndex';
import { nodeList, nodeRef } from './labels';
import { num } from './numbers';

/** Node kinds the analyzer tells apart; everything not listed is OTHER (information and general symbols). */
export const OTHER = 0;
export const PROCESS = 1;
export const STOCK = 2;
export const FIFO = 3;
export const TRANSPORT = 4;
export const SUPPLIER = 5;
export const CUSTOMER = 6;

/** The kind code of each role a symbol's module gives it (`symbols/<type>.ts`). */
const KIND_BY_ROLE: Readonly<Record<AnalysisRole, number>> = {
  step: PROCESS, stock: STOCK, fifo: FIFO, transport: TRANSPORT, supplier: SUPPLIER, customer: CUSTOMER,
  information: OTHER, annotation: OTHER,
};
const KIND_BY_TYPE: Readonly<Record<string, number>> = Object.fromEntries(
  NODE_TYPES.map((type) => [type, KIND_BY_ROLE[roleOf(type)]]),
);

/** Flag bits of a process or work cell. */
export const HAS_PROCESSING = 1; // processing or cycle time entered
export const VALUE_ADDED_KNOWN = 2; // valueAddedSec entered, or an inspection step
export const UPTIME_GIVEN = 4;
export const INSPECTION = 8;

/**
 * The map read once into flat arrays indexed by node position: the flow graph as index lists
 * (material edges, rework left out) and each node's figures with defaults applied. Typed arrays
 * instead of one object per node or edge: the analyzer's cost at 10,000 steps was mostly
 * garbage collection of small objects.
 */
export interface MapContext {
  state: MapState;
  /** Nodes with unique ids (the first of a duplicated id). */
  nodes: VsmNode[];
  indexOf: IdIndex;
  demand: Demand;
  /** Node kind codes (PROCESS, STOCK …); a stock or FIFO lane is a stock node. */
  kind: Uint8Array;
  /**
   * Flow edges (material, not rework, both ends present): flow edge e is state.edges[edgeIndex[e]].
   * Its end indices, and the transit days it adds (shipment edges only, else 0).
   */
  edgeIndex: Int32Array;
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  transitDays: Float64Array;
  /** Outgoing flow edges of node i: outList[outStart[i] .. outStart[i + 1]). */
  outStart: Int32Array;
  outList: Int32Array;
  inStart: Int32Array;
  inList: Int32Array;
  /** Days each node adds by itself: stock days, transport transit days, else 0; NaN when not computable. */
  waitingDays: Float64Array;
  /**
   * Units of each stock node: its quantity, else days × daily demand (spec section 4); 0 when it
   * has neither; NaN when only days are given and there is no daily demand to turn them into units.
   */
  stockQuantity: Float64Array;
  /** Process and work cell figures (0 or NaN elsewhere). NaN marks a field not entered. */
  cycleTimeSec: Float64Array;
  /** processingTimeSec, else cycleTimeSec, else 0. */
  processingSec: Float64Array;
  /** valueAddedSec, else processing (0 for an inspection step); never above processing. */
  valueAddedSec: Float64Array;
  /** Default 100, at most 100. */
  uptimePct: Float64Array;
  changeoverSec: Float64Array;
  /** Default 1; 0 counts as 1. */
  machines: Float64Array;
  /** Default 1; 0 is an unmanned step. */
  operators: Float64Array;
  scrapPct: Float64Array;
  motionSec: Float64Array;
  processFlags: Uint8Array;
  /** The node as a message names it, made once per node (and only for the nodes a message names). */
  ref(i: number): NodeRef;
}

export const isStockKind = (kind: number) => kind === STOCK || kind === FIFO;

/** Reads a map state into a MapContext in one pass, adding warnings about missing data. */
export function readMap(state: MapState, warnings: AnalysisMessage[]): MapContext {
  let nodes = state.nodes;
  let indexOf = new IdIndex(nodes);
  if (indexOf.duplicates) {
    nodes = uniqueNodes(nodes, warnings);
    indexOf = new IdIndex(nodes);
  }
  const demand = readDemand(nodes === state.nodes ? state : { ...state, nodes }, warnings);
  const count = nodes.length;

  const kind = new Uint8Array(count);
  const waitingDays = new Float64Array(count);
  const stockQuantity = new Float64Array(count);
  const cycleTimeSec = new Float64Array(count).fill(Number.NaN);
  const processingSec = new Float64Array(count);
  const valueAddedSec = new Float64Array(count);
  const uptimePct = new Float64Array(count);
  const changeoverSec = new Float64Array(count).fill(Number.NaN);
  const machines = new Float64Array(count);
  const operators = new Float64Array(count);
  const scrapPct = new Float64Array(count).fill(Number.NaN);
  const motionSec = new Float64Array(count).fill(Number.NaN);
  const processFlags = new Uint8Array(count);
  const noCycleNoProcessing: VsmNode[] = [];
  const noCycle: VsmNode[] = [];
  const valueAddedCapped: VsmNode[] = [];
  const emptyStock: VsmNode[] = [];
  const stockWithoutDays: VsmNode[] = [];
  const stockWithoutUnits: VsmNode[] = [];
  const transports: number[] = [];
  const dailyDemand = demand.dailyDemand;

  for (let i = 0; i < count; i++) {
    const node = nodes[i]!;
    const k = KIND_BY_TYPE[node.type] ?? OTHER;
    kind[i] = k;
    if (k === PROCESS) {
      const data = node.data as ProcessData;
      const cycle = num(data.cycleTimeSec);
      const processingGiven = num(data.processingTimeSec);
      const processing = processingGiven ?? cycle ?? 0;
      let flags = 0;
      if (processingGiven !== undefined || cycle !== undefined) flags |= HAS_PROCESSING;
      else noCycleNoProcessing.push(node);
      if (cycle === undefined && processingGiven !== undefined) noCycle.push(node);
      const inspection = data.kind === 'inspection';
      if (inspection) flags |= INSPECTION;
      const valueAddedGiven = num(data.valueAddedSec);
      if (valueAddedGiven !== undefined || inspection) flags |= VALUE_ADDED_KNOWN;
      // Lean counts an inspection as non-value-added unless the team enters otherwise.
      let valueAdded = valueAddedGiven ?? (inspection ? 0 : processing);
      if (valueAdded > processing) {
        valueAddedCapped.push(node);
        valueAdded = processing;
      }
      const uptime = num(data.uptimePct);
      if (uptime !== undefined) flags |= UPTIME_GIVEN;
      const machineCount = num(data.machines);
      cycleTimeSec[i] = cycle ?? Number.NaN;
      processingSec[i] = processing;
      valueAddedSec[i] = valueAdded;
      uptimePct[i] = uptime === undefined ? 100 : Math.min(uptime, 100);
      changeoverSec[i] = num(data.changeoverSec) ?? Number.NaN;
      machines[i] = machineCount === undefined || machineCount === 0 ? 1 : machineCount;
      operators[i] = num(data.operators) ?? 1;
      scrapPct[i] = num(data.scrapPct) ?? Number.NaN;
      motionSec[i] = num(data.motionSec) ?? Number.NaN;
      processFlags[i] = flags;
    } else if (k === STOCK || k === FIFO) {
      const data = node.data as StockData;
      const days = num(data.days);
      const quantity = num(data.quantity);
      const demandKnown = dailyDemand !== null && dailyDemand > 0;
      // What is given counts as it is; the other figure follows from daily demand D (spec section 4).
      if (days !== undefined) waitingDays[i] = days;
      else if (quantity === undefined) emptyStock.push(node);
      else if (demandKnown) waitingDays[i] = quantity / dailyDemand;
      else {
        stockWithoutDays.push(node);
        waitingDays[i] = Number.NaN;
      }
      if (quantity !== undefined) stockQuantity[i] = quantity;
      else if (days === undefined) stockQuantity[i] = 0;
      else if (demandKnown) stockQuantity[i] = days * dailyDemand;
      else {
        stockWithoutUnits.push(node);
        stockQuantity[i] = Number.NaN;
      }
    } else if (k === TRANSPORT) {
      const transitDays = num((node.data as TransportData).transitDays);
      if (transitDays !== undefined) waitingDays[i] = transitDays;
      else transports.push(i);
    }
  }

  // The flow graph as index lists: count, prefix-sum, fill (two passes over the edges).
  // Typed arrays sized for every edge, cut to the flow edges: no regrowing arrays of 20,000 entries.
  const edgeCount = state.edges.length;
  const edgeIndex = new Int32Array(edgeCount);
  const edgeSource = new Int32Array(edgeCount);
  const edgeTarget = new Int32Array(edgeCount);
  const transitDays = new Float64Array(edgeCount);
  let flowCount = 0;
  for (let e = 0; e < edgeCount; e++) {
    const edge = state.edges[e]!;
    if (!isMaterialEdge(edge) || edge.data?.rework === true) continue;
    const s = indexOf.get(edge.source);
    const t = indexOf.get(edge.target);
    if (s === undefined || t === undefined) continue;
    edgeIndex[flowCount] = e;
    edgeSource[flowCount] = s;
    edgeTarget[flowCount] = t;
    transitDays[flowCount] = edge.type === 'shipment' ? (num(edge.data?.transitDays) ?? 0) : 0;
    flowCount++;
  }
  const [outStart, outList] = adjacency(count, edgeSource.subarray(0, flowCount));
  const [inStart, inList] = adjacency(count, edgeTarget.subarray(0, flowCount));

  // A truck drawn beside the flow needs no transit time; one in it does.
  const transportWithoutDays = transports
    .filter((i) => outStart[i + 1]! > outStart[i]! || inStart[i + 1]! > inStart[i]!)
    .map((i) => nodes[i]!);

  if (noCycleNoProcessing.length > 0) warnings.push(analysisMessage('analysis.noTimes', { steps: nodeList(noCycleNoProcessing) }));
  if (noCycle.length > 0) warnings.push(analysisMessage('analysis.noCycleTime', { steps: nodeList(noCycle) }));
  if (valueAddedCapped.length > 0) warnings.push(analysisMessage('analysis.valueAddedCapped', { steps: nodeList(valueAddedCapped) }));
  if (emptyStock.length > 0) warnings.push(analysisMessage('analysis.emptyStock', { stocks: nodeList(emptyStock) }));
  if (stockWithoutDays.length > 0) warnings.push(analysisMessage('analysis.stockWithoutDays', { stocks: nodeList(stockWithoutDays) }));
  if (stockWithoutUnits.length > 0) warnings.push(analysisMessage('analysis.stockUnitsUnknown', { stocks: nodeList(stockWithoutUnits) }));
  if (transportWithoutDays.length > 0) {
    warnings.push(analysisMessage('analysis.transportWithoutDays', { transports: nodeList(transportWithoutDays) }));
  }

  const refs: (NodeRef | undefined)[] = [];
  const ref = (i: number) => refs[i] ??= nodeRef(nodes[i]!);
  return {
    state, nodes, indexOf, demand, kind,
    edgeIndex: edgeIndex.subarray(0, flowCount),
    edgeSource: edgeSource.subarray(0, flowCount),
    edgeTarget: edgeTarget.subarray(0, flowCount),
    transitDays: transitDays.subarray(0, flowCount),
    outStart, outList, inStart, inList,
    waitingDays, stockQuantity, cycleTimeSec, processingSec, valueAddedSec, uptimePct, changeoverSec, machines,
    operators, scrapPct, motionSec, processFlags, ref,
  };
}

/** Edge indices grouped by one end: list[start[i] .. start[i + 1]) are node i's, in edge order. */
function adjacency(count: number, end: Int32Array): [Int32Array, Int32Array] {
  const start = new Int32Array(count + 1);
  for (let e = 0; e < end.length; e++) start[end[e]! + 1]!++;
  for (let i = 0; i < count; i++) start[i + 1]! += start[i]!;
  const next = start.slice(0, count);
  const list = new Int32Array(end.length);
  for (let e = 0; e < end.length; e++) list[next[end[e]!]!++] = e;
  return [start, list];
}

/**
 * Kahn's topological order over the index lists (the same pass as graph.ts's topologicalOrder,
 * on typed arrays). Null when the flow has a loop; graph.ts's findMaterialLoop then names it.
 */
export function flowOrder(ctx: MapContext): Int32Array | null {
  const count = ctx.nodes.length;
  const { inStart, outStart, outList, edgeTarget } = ctx;
  const indegree = new Int32Array(count);
  const queue = new Int32Array(count);
  let tail = 0;
  for (let i = 0; i < count; i++) {
    indegree[i] = inStart[i + 1]! - inStart[i]!;
    if (indegree[i] === 0) queue[tail++] = i;
  }
  for (let head = 0; head < tail; head++) {
    const i = queue[head]!;
    for (let k = outStart[i]!; k < outStart[i + 1]!; k++) {
      const t = edgeTarget[outList[k]!]!;
      if (--indegree[t]! === 0) queue[tail++] = t;
    }
  }
  return tail === count ? queue : null;
}

/** Validation rejects duplicate ids; should one slip through, the first node of an id is analysed. */
function uniqueNodes(nodes: VsmNode[], warnings: AnalysisMessage[]): VsmNode[] {
  const seen = new Set<string>();
  const unique: VsmNode[] = [];
  const duplicates = new Set<string>();
  for (const node of nodes) {
    if (seen.has(node.id)) duplicates.add(node.id);
    else {
      seen.add(node.id);
      unique.push(node);
    }
  }
  warnings.push(analysisMessage('analysis.duplicateIds', { ids: [...duplicates] }));
  return unique;
}
