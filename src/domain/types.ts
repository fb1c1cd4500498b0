/**
 * The Arus document model (spec section 3): one document, a current and a future state,
 * each a map of React Flow shaped nodes and edges. Plain data: no classes, no React.
 * Times are seconds (`…Sec`) or days (`days`, `transitDays`); percentages 0 to 100.
 */

export const FORMAT = 'arus.vsm';
/** The newest schema version this build reads and writes. */
export const SCHEMA_VERSION = 2;

export const NODE_TYPES = [
  'process', 'workcell', 'supplier', 'customer', 'inventory', 'supermarket', 'fifo', 'buffer',
  'transport', 'operator', 'control', 'kanban-production', 'kanban-withdrawal', 'kanban-signal',
  'kanban-post', 'heijunka', 'go-see', 'kaizen', 'quality', 'note',
] as const;
export type VsmNodeType = (typeof NODE_TYPES)[number];

export const EDGE_TYPES = [
  'push', 'withdrawal', 'shipment', 'material', 'manual-info', 'electronic-info', 'kanban-path',
] as const;
export type VsmEdgeType = (typeof EDGE_TYPES)[number];

/** Edges that move material and so count for lead time. */
export const MATERIAL_EDGE_TYPES: readonly VsmEdgeType[] = ['push', 'withdrawal', 'shipment', 'material'];

/** DOWNTIME: the eight wastes (spec section 5), in the order the UI lists them. */
export const WASTE_IDS = [
  'defects', 'overproduction', 'waiting', 'talent', 'transportation', 'inventory', 'motion',
  'extra-processing',
] as const;
export type WasteId = (typeof WASTE_IDS)[number];

export interface XYPosition { x: number; y: number }
export interface Viewport { x: number; y: number; zoom: number }

/** Fields every node may carry. */
export interface BaseNodeData {
  /** The node of the current state this one was copied from (future states). */
  originId?: string;
  /** Wastes the team tagged on this symbol. */
  wasteTags?: WasteId[];
  /** An optional web link (http, https or mailto only). */
  link?: string;
}

export interface ProcessData extends BaseNodeData {
  name?: string;
  cycleTimeSec?: number;
  /** Time one part spends in the step; defaults to cycleTimeSec. */
  processingTimeSec?: number;
  /** Defaults to processingTimeSec. */
  valueAddedSec?: number;
  changeoverSec?: number;
  /** Default 100. */
  uptimePct?: number;
  /** Default 1. */
  operators?: number;
  shifts?: number;
  batchSize?: number;
  scrapPct?: number;
  /** Default 1. */
  machines?: number;
  motionSec?: number;
  kind?: 'work' | 'inspection';
  /** Used by other value streams too. */
  shared?: boolean;
  /** The one scheduled step of a future state. */
  pacemaker?: boolean;
}

export interface SupplierData extends BaseNodeData { name?: string; deliveryNote?: string }
export interface CustomerData extends BaseNodeData {
  name?: string;
  demandPerDay?: number;
  demandPerMonth?: number;
  note?: string;
}
export interface StockData extends BaseNodeData {
  quantity?: number;
  /** Explicit stock days; overrides quantity / daily demand. */
  days?: number;
  note?: string;
  maxQuantity?: number;
}
export const TRANSPORT_MODES = ['truck', 'ship', 'rail', 'air'] as const;
export type TransportMode = (typeof TRANSPORT_MODES)[number];
export interface TransportData extends BaseNodeData {
  mode?: TransportMode;
  frequency?: string;
  transitDays?: number;
}
export interface OperatorData extends BaseNodeData { count?: number }
export interface ControlData extends BaseNodeData { name?: string; system?: string }
export interface KanbanData extends BaseNodeData { quantity?: number }
export interface HeijunkaData extends BaseNodeData { pattern?: string }
export type EmptyData = BaseNodeData;
export const KAIZEN_STATUSES = ['open', 'doing', 'done'] as const;
export type KaizenStatus = (typeof KAIZEN_STATUSES)[number];
export interface KaizenData extends BaseNodeData {
  title?: string;
  waste?: WasteId;
  /** The step this burst improves. */
  stepId?: string;
  owner?: string;
  /** ISO date, YYYY-MM-DD. */
  dueDate?: string;
  status?: KaizenStatus;
  targetNote?: string;
}
export interface QualityData extends BaseNodeData { note?: string; ppm?: number }
export interface NoteData extends BaseNodeData { text?: string }

/** Node data by node type. */
export interface NodeDataByType {
  process: ProcessData;
  workcell: ProcessData;
  supplier: SupplierData;
  customer: CustomerData;
  inventory: StockData;
  supermarket: StockData;
  fifo: StockData;
  buffer: StockData;
  transport: TransportData;
  operator: OperatorData;
  control: ControlData;
  'kanban-production': KanbanData;
  'kanban-withdrawal': KanbanData;
  'kanban-signal': KanbanData;
  'kanban-post': EmptyData;
  heijunka: HeijunkaData;
  'go-see': EmptyData;
  kaizen: KaizenData;
  quality: QualityData;
  note: NoteData;
}

/** A node as React Flow stores it; unknown extra fields survive a round trip. */
export type NodeOf<T extends VsmNodeType> = {
  id: string;
  type: T;
  position: XYPosition;
  data: NodeDataByType[T];
  width?: number;
  height?: number;
};
export type VsmNode = { [T in VsmNodeType]: NodeOf<T> }[VsmNodeType];
export type ProcessNode = NodeOf<'process'> | NodeOf<'workcell'>;
export type StockNode = NodeOf<'inventory'> | NodeOf<'supermarket'> | NodeOf<'fifo'> | NodeOf<'buffer'>;

export interface EdgeData {
  /** A return loop: left out of the flow graph for lead time. */
  rework?: boolean;
  distanceM?: number;
  /** On shipment edges: days in transit. */
  transitDays?: number;
  label?: string;
}

export interface VsmEdge {
  id: string;
  type: VsmEdgeType;
  source: string;
  target: string;
  sourceHandle?: string | null;
  targetHandle?: string | null;
  data?: EdgeData;
}

export interface MapSettings {
  availableSecondsPerShift: number;
  shiftsPerDay: number;
  workingDaysPerMonth: number;
  /** Seconds per day for the value-added ratio: A (working) or 86,400 (calendar). */
  daysBasis: 'working' | 'calendar';
}

export const DEFAULT_SETTINGS: MapSettings = {
  availableSecondsPerShift: 27_600,
  shiftsPerDay: 2,
  workingDaysPerMonth: 20,
  daysBasis: 'working',
};

export interface MapState {
  settings: MapSettings;
  nodes: VsmNode[];
  edges: VsmEdge[];
  viewport?: Viewport;
}

export type StateKey = 'current' | 'future';

export interface VsmDocument {
  format: typeof FORMAT;
  schemaVersion: number;
  title: string;
  product?: string;
  states: { current: MapState; future: MapState | null };
  /**
   * The team's SOP drafts (schema 2), keyed by the id of a process or work cell of the future
   * state: user text. A step without an entry shows the draft generated from the map (`sop.ts`).
   * Missing in documents built in code; a file of schema 2 always has it.
   */
  sops?: Record<string, SopDraft>;
}

/** A role of an SOP and what it is responsible for. */
export interface SopRole { id: string; role: string; duty: string }
/** A procedure step or a checklist item. */
export interface SopLine { id: string; text: string }
/** A standard of the step: what is measured, and its value against its target. */
export interface SopStandard { id: string; item: string; value: string }
/** A row of the revision table. `date` is free text (often YYYY-MM-DD). */
export interface SopRevision { id: string; version: string; date: string; change: string; author: string }

/**
 * A standard operating procedure as the team edits it, in the structure Indonesian SOPs use:
 * number and title, purpose (tujuan), scope (ruang lingkup), roles (tanggung jawab), procedure
 * (prosedur), standards (standar), checklist (daftar periksa) and revisions. Every string is
 * text the team typed or kept; list items carry an id, unique in their list, so two people
 * editing different items merge.
 */
export interface SopDraft {
  number: string;
  title: string;
  purpose: string;
  scope: string;
  roles: SopRole[];
  procedure: SopLine[];
  standards: SopStandard[];
  checklist: SopLine[];
  revisions: SopRevision[];
}
export const SOP_TEXT_KEYS = ['number', 'title', 'purpose', 'scope'] as const;
export type SopTextKey = (typeof SOP_TEXT_KEYS)[number];
export const SOP_LIST_KEYS = ['roles', 'procedure', 'standards', 'checklist', 'revisions'] as const;
export type SopListKey = (typeof SOP_LIST_KEYS)[number];
/** The item type of each list of a draft. */
export interface SopItemByList {
  roles: SopRole;
  procedure: SopLine;
  standards: SopStandard;
  checklist: SopLine;
  revisions: SopRevision;
}
/** The text fields of each list's items, in the order a table shows them. */
export const SOP_ITEM_FIELDS: { readonly [L in SopListKey]: readonly Exclude<keyof SopItemByList[L], 'id'>[] } = {
  roles: ['role', 'duty'],
  procedure: ['text'],
  standards: ['item', 'value'],
  checklist: ['text'],
  revisions: ['version', 'date', 'change', 'author'],
};

/** The types whose data is StockData (their analysis role, stock or FIFO lane, is in `symbols/`). */
export const STOCK_TYPES: readonly VsmNodeType[] = ['inventory', 'supermarket', 'fifo', 'buffer'];

export function isProcessNode(node: VsmNode): node is ProcessNode {
  return node.type === 'process' || node.type === 'workcell';
}
export function isStockNode(node: VsmNode): node is StockNode {
  return STOCK_TYPES.includes(node.type);
}
export function isMaterialEdge(edge: VsmEdge): boolean {
  return MATERIAL_EDGE_TYPES.includes(edge.type);
}
