import { MAX_LABEL_CHARS, MAX_LONG_TEXT_CHARS } from './limits';
import { analyzeMap } from './analysis';
import { num } from './analysis/numbers';
import {
  MATERIAL_EDGE_TYPES, SOP_ITEM_FIELDS, SOP_LIST_KEYS, SOP_TEXT_KEYS, isProcessNode,
  type MapState, type ProcessNode, type SopDraft, type SopListKey, type SopTextKey, type StockData, type VsmDocument,
  type VsmEdge, type VsmNode, type VsmNodeType,
} from './types';

/**
 * SOP drafts from a map state (issue: standard work of the future state). For each process and
 * work cell, what its SOP says, as structure: the stock or step feeding it and how it is
 * signalled (kanban, FIFO, push), the instructions reaching it (signal kanban, heijunka,
 * schedule), the work, where its output goes, its standards against takt and the limits of its
 * lanes. Codes and numbers only: `src/i18n/sop.ts` words them into a `SopDraft` in English or
 * Bahasa Indonesia, which the team then edits as text.
 */

/** A symbol an SOP names: i18n names it as the map's lists do (`symbolLabels`). */
export interface SopNode {
  id: string;
  type: VsmNodeType;
}

/** How material arrives at a step or leaves it. */
export type SopSignal =
  /** From a supermarket (or along a withdrawal arrow): taken when the next step needs it, with a withdrawal kanban. */
  | 'kanban'
  /** Through a FIFO lane: oldest first, never more than its maximum. */
  | 'fifo'
  /** Pushed into or out of an inventory or buffer. */
  | 'push'
  /** Straight from or to another step, one piece at a time. */
  | 'direct'
  /** From a supplier or a shipment, or to a customer or a shipment. */
  | 'delivery';

/** One material link of the step: the symbol at the other end and how the link is signalled. */
export interface SopLink {
  node: SopNode;
  signal: SopSignal;
  /** The most a FIFO lane or supermarket may hold (its `maxQuantity`), null when not set. */
  maxQuantity: number | null;
  /** A return loop (rework). */
  rework: boolean;
}

/** Where the step's instructions come from: an information arrow or kanban path into it. */
export interface SopInstruction {
  node: SopNode;
  kind: 'signalKanban' | 'productionKanban' | 'withdrawalKanban' | 'heijunka' | 'schedule' | 'goSee' | 'customer' | 'other';
  /** A kanban card's quantity, when set. */
  quantity: number | null;
  /** A heijunka box's pattern, as the team typed it. */
  pattern: string | null;
}

export type SopRoleCode =
  | { code: 'teamMember'; operators: number }
  | { code: 'teamLeader' }
  | { code: 'materialHandler' }
  | { code: 'scheduler'; node: SopNode }
  | { code: 'maintenance' };

export type SopProcedureCode =
  | { code: 'instruction'; instruction: SopInstruction }
  | { code: 'takeIn'; link: SopLink }
  | { code: 'changeover'; changeoverSec: number }
  | { code: 'work'; cycleTimeSec: number | null; processingTimeSec: number | null; operators: number; inspection: boolean; cell: boolean }
  | { code: 'checkQuality'; scrapPct: number }
  | { code: 'handOver'; link: SopLink }
  | { code: 'record' };

export type SopStandardCode =
  /** C/T against takt; `loadPct` is C/T over (takt × machines × uptime) in percent. */
  | { code: 'cycleTime'; cycleTimeSec: number | null; taktTimeSec: number | null; loadPct: number | null }
  | { code: 'processingTime'; processingTimeSec: number }
  | { code: 'changeover'; changeoverSec: number | null }
  | { code: 'uptime'; uptimePct: number | null }
  | { code: 'scrap'; scrapPct: number | null }
  | { code: 'operators'; operators: number }
  | { code: 'batch'; batchSize: number }
  | { code: 'laneMax'; link: SopLink; side: 'in' | 'out' };

export type SopCheckCode =
  | { code: 'signalAtHand'; link: SopLink }
  | { code: 'pace'; taktTimeSec: number; perHour: number }
  | { code: 'laneLimit'; link: SopLink; maxQuantity: number }
  | { code: 'changeoverTime'; changeoverSec: number }
  | { code: 'firstPiece'; scrapPct: number }
  | { code: 'equipment'; uptimePct: number }
  | { code: 'workplace' };

/** Everything an SOP draft of one step says, before it is worded. */
export interface SopContent {
  step: SopNode;
  /** The step's name as typed, '' when unnamed. */
  name: string;
  /** 1-based position of the step in flow order; the SOP's number is made from it. */
  sequence: number;
  /** Steps with an SOP in this state, for the width of the number. */
  total: number;
  cell: boolean;
  inspection: boolean;
  pacemaker: boolean;
  product: string;
  inputs: SopLink[];
  outputs: SopLink[];
  instructions: SopInstruction[];
  roles: SopRoleCode[];
  procedure: SopProcedureCode[];
  standards: SopStandardCode[];
  checklist: SopCheckCode[];
}

/** The state an SOP is written for: the future state, where the standard work is drawn. */
export function sopState(doc: { states: Pick<VsmDocument['states'], 'future'> }): MapState | null {
  return doc.states.future;
}

/**
 * The processes and work cells of a state in flow order (material arrows, rework left out;
 * ties and anything unordered in the map's order): the steps that get an SOP.
 */
export function sopSteps(state: Pick<MapState, 'nodes' | 'edges'>): ProcessNode[] {
  const { nodes, edges } = state;
  const indexOf = new Map(nodes.map((node, i) => [node.id, i]));
  const indegree = new Array<number>(nodes.length).fill(0);
  const next = nodes.map((): number[] => []);
  for (const edge of edges) {
    if (!MATERIAL_EDGE_TYPES.includes(edge.type) || edge.data?.rework === true) continue;
    const s = indexOf.get(edge.source);
    const t = indexOf.get(edge.target);
    if (s === undefined || t === undefined) continue;
    next[s]!.push(t);
    indegree[t]!++;
  }
  // Kahn's order, always taking the ready node that comes first in the map.
  const ready: number[] = [];
  nodes.forEach((_, i) => { if (indegree[i] === 0) ready.push(i); });
  const order: number[] = [];
  const placed = new Uint8Array(nodes.length);
  while (ready.length > 0) {
    ready.sort((a, b) => a - b);
    const i = ready.shift()!;
    order.push(i);
    placed[i] = 1;
    for (const t of next[i]!) if (--indegree[t]! === 0) ready.push(t);
  }
  nodes.forEach((_, i) => { if (!placed[i]) order.push(i); });
  return order.map((i) => nodes[i]!).filter(isProcessNode);
}

const INSTRUCTION_KIND: Partial<Record<VsmNodeType, SopInstruction['kind']>> = {
  'kanban-signal': 'signalKanban',
  'kanban-production': 'productionKanban',
  'kanban-withdrawal': 'withdrawalKanban',
  heijunka: 'heijunka',
  control: 'schedule',
  'go-see': 'goSee',
  customer: 'customer',
};

const INFO_EDGE_TYPES: readonly VsmEdge['type'][] = ['manual-info', 'electronic-info', 'kanban-path'];

/** How material moves between a step and the symbol at the other end of a material arrow. */
function linkOf(other: VsmNode, edge: VsmEdge): SopLink {
  const rework = edge.data?.rework === true;
  const node = { id: other.id, type: other.type };
  const stock = other.data as StockData;
  const maxQuantity = other.type === 'fifo' || other.type === 'supermarket' ? (num(stock.maxQuantity) ?? null) : null;
  let signal: SopSignal;
  if (other.type === 'supermarket' || edge.type === 'withdrawal') signal = 'kanban';
  else if (other.type === 'fifo') signal = 'fifo';
  else if (other.type === 'inventory' || other.type === 'buffer') signal = 'push';
  else if (isProcessNode(other)) signal = 'direct';
  else signal = 'delivery';
  return { node, signal, maxQuantity, rework };
}

/**
 * The content of the SOP of each process and work cell of `state`, in flow order. `product`
 * is the document's product family, named in the scope.
 */
export function sopContents(state: MapState, product = ''): SopContent[] {
  const steps = sopSteps(state);
  const analysis = analyzeMap(state);
  const takt = analysis.taktTimeSec;
  const loads = new Map(analysis.loads.map((load) => [load.nodeId, load.load]));
  const byId = new Map(state.nodes.map((node) => [node.id, node]));
  return steps.map((step, k) => {
    const data = step.data;
    const inputs: SopLink[] = [];
    const outputs: SopLink[] = [];
    const instructions: SopInstruction[] = [];
    for (const edge of state.edges) {
      if (edge.target !== step.id && edge.source !== step.id) continue;
      const otherId = edge.target === step.id ? edge.source : edge.target;
      const other = byId.get(otherId);
      if (!other || otherId === step.id) continue;
      if (MATERIAL_EDGE_TYPES.includes(edge.type)) {
        (edge.target === step.id ? inputs : outputs).push(linkOf(other, edge));
      } else if (INFO_EDGE_TYPES.includes(edge.type) && edge.target === step.id) {
        const kind = INSTRUCTION_KIND[other.type] ?? 'other';
        const quantity = other.type.startsWith('kanban-') ? (num((other.data as { quantity?: unknown }).quantity) ?? null) : null;
        const pattern = other.type === 'heijunka' ? ((other.data as { pattern?: string }).pattern?.trim() || null) : null;
        instructions.push({ node: { id: other.id, type: other.type }, kind, quantity, pattern });
      }
    }
    const cycleTimeSec = num(data.cycleTimeSec) ?? null;
    const processingTimeSec = num(data.processingTimeSec) ?? null;
    const changeoverSec = num(data.changeoverSec) ?? null;
    const uptimePct = num(data.uptimePct) ?? null;
    const scrapPct = num(data.scrapPct) ?? null;
    const operators = num(data.operators) ?? 1;
    const batchSize = num(data.batchSize) ?? null;
    const load = loads.get(step.id) ?? null;
    const cell = step.type === 'workcell';
    const inspection = data.kind === 'inspection';

    const roles: SopRoleCode[] = [{ code: 'teamMember', operators }, { code: 'teamLeader' }];
    if ([...inputs, ...outputs].some((link) => link.signal === 'kanban')) roles.push({ code: 'materialHandler' });
    const scheduler = instructions.find((i) => i.kind === 'heijunka' || i.kind === 'schedule');
    if (scheduler) roles.push({ code: 'scheduler', node: scheduler.node });
    if ((changeoverSec ?? 0) > 0 || (uptimePct !== null && uptimePct < 100)) roles.push({ code: 'maintenance' });

    const procedure: SopProcedureCode[] = [
      ...instructions.map((instruction): SopProcedureCode => ({ code: 'instruction', instruction })),
      ...inputs.map((link): SopProcedureCode => ({ code: 'takeIn', link })),
    ];
    if (changeoverSec !== null && changeoverSec > 0) procedure.push({ code: 'changeover', changeoverSec });
    procedure.push({ code: 'work', cycleTimeSec, processingTimeSec, operators, inspection, cell });
    if (scrapPct !== null && scrapPct > 0) procedure.push({ code: 'checkQuality', scrapPct });
    procedure.push(...outputs.map((link): SopProcedureCode => ({ code: 'handOver', link })), { code: 'record' });

    const standards: SopStandardCode[] = [
      { code: 'cycleTime', cycleTimeSec, taktTimeSec: takt, loadPct: load === null ? null : load * 100 },
    ];
    if (processingTimeSec !== null && processingTimeSec !== cycleTimeSec) standards.push({ code: 'processingTime', processingTimeSec });
    standards.push(
      { code: 'changeover', changeoverSec },
      { code: 'uptime', uptimePct },
      { code: 'scrap', scrapPct },
      { code: 'operators', operators },
    );
    if (batchSize !== null) standards.push({ code: 'batch', batchSize });
    for (const link of inputs) if (link.signal === 'kanban' || link.signal === 'fifo') standards.push({ code: 'laneMax', link, side: 'in' });
    for (const link of outputs) if (link.signal === 'kanban' || link.signal === 'fifo') standards.push({ code: 'laneMax', link, side: 'out' });

    const checklist: SopCheckCode[] = inputs
      .filter((link) => link.signal === 'kanban' || link.signal === 'fifo')
      .map((link): SopCheckCode => ({ code: 'signalAtHand', link }));
    if (takt !== null && takt > 0) checklist.push({ code: 'pace', taktTimeSec: takt, perHour: 3_600 / takt });
    for (const link of outputs) if (link.maxQuantity !== null) checklist.push({ code: 'laneLimit', link, maxQuantity: link.maxQuantity });
    if (changeoverSec !== null && changeoverSec > 0) checklist.push({ code: 'changeoverTime', changeoverSec });
    if (scrapPct !== null && scrapPct > 0) checklist.push({ code: 'firstPiece', scrapPct });
    if (uptimePct !== null && uptimePct < 100) checklist.push({ code: 'equipment', uptimePct });
    checklist.push({ code: 'workplace' });

    return {
      step: { id: step.id, type: step.type },
      name: (data.name ?? '').trim(),
      sequence: k + 1,
      total: steps.length,
      cell,
      inspection,
      pacemaker: data.pacemaker === true,
      product: product.trim(),
      inputs,
      outputs,
      instructions,
      roles,
      procedure,
      standards,
      checklist,
    };
  });
}

/** The most characters each field of a draft holds: a short label, or long text. */
export const SOP_TEXT_LIMITS: Readonly<Record<SopTextKey, number>> = {
  number: MAX_LABEL_CHARS,
  title: MAX_LABEL_CHARS,
  purpose: MAX_LONG_TEXT_CHARS,
  scope: MAX_LONG_TEXT_CHARS,
};

/** The most characters each field of a list item holds. */
export const SOP_ITEM_LIMITS: { readonly [L in SopListKey]: Readonly<Record<(typeof SOP_ITEM_FIELDS)[L][number], number>> } = {
  roles: { role: MAX_LABEL_CHARS, duty: MAX_LONG_TEXT_CHARS },
  procedure: { text: MAX_LONG_TEXT_CHARS },
  standards: { item: MAX_LABEL_CHARS, value: MAX_LONG_TEXT_CHARS },
  checklist: { text: MAX_LONG_TEXT_CHARS },
  revisions: { version: MAX_LABEL_CHARS, date: MAX_LABEL_CHARS, change: MAX_LONG_TEXT_CHARS, author: MAX_LABEL_CHARS },
};

/** An empty item of a list, with its id. */
export function emptySopItem<L extends SopListKey>(list: L, id: string): SopDraftItem<L> {
  const item: Record<string, string> = { id };
  for (const field of SOP_ITEM_FIELDS[list] as readonly string[]) item[field] = '';
  return item as unknown as SopDraftItem<L>;
}

export type SopDraftItem<L extends SopListKey> = SopDraft[L][number];

/** A draft with nothing in it (the shape every stored draft has). */
export function emptySopDraft(): SopDraft {
  const draft: Record<string, unknown> = {};
  for (const key of SOP_TEXT_KEYS) draft[key] = '';
  for (const key of SOP_LIST_KEYS) draft[key] = [];
  return draft as unknown as SopDraft;
}
