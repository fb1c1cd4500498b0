import {
  DEFAULT_SETTINGS,
  type CustomerData, type EdgeData, type KaizenData, type MapSettings, type MapState, type NodeDataByType,
  type ProcessData, type StockData, type TransportData, type VsmEdge, type VsmEdgeType, type VsmNode, type VsmNodeType,
} from '../../../src/domain/types';

/** Small builders for analyzer tests: `aProcess('p1', { cycleTimeSec: 40 })`. */
export function aNode<T extends VsmNodeType>(type: T, id: string, data: NodeDataByType[T] = {} as NodeDataByType[T]): VsmNode {
  return { id, type, position: { x: 0, y: 0 }, data } as VsmNode;
}
export const aProcess = (id: string, data: ProcessData = {}) => aNode('process', id, data);
export const aWorkcell = (id: string, data: ProcessData = {}) => aNode('workcell', id, data);
export const anInventory = (id: string, data: StockData = {}) => aNode('inventory', id, data);
export const aSupermarket = (id: string, data: StockData = {}) => aNode('supermarket', id, data);
export const aFifo = (id: string, data: StockData = {}) => aNode('fifo', id, data);
export const aTransport = (id: string, data: TransportData = {}) => aNode('transport', id, data);
export const aSupplier = (id: string, name = 'Supplier') => aNode('supplier', id, { name });
export const aCustomer = (id: string, data: CustomerData = {}) => aNode('customer', id, data);
export const aKaizen = (id: string, data: KaizenData = {}) => aNode('kaizen', id, data);

let edgeCount = 0;
export function anEdge(source: string, target: string, type: VsmEdgeType = 'push', data?: EdgeData): VsmEdge {
  edgeCount++;
  return data === undefined
    ? { id: `e${edgeCount}-${source}-${target}`, type, source, target }
    : { id: `e${edgeCount}-${source}-${target}`, type, source, target, data };
}

/** Joins the nodes in the given order with edges of one type. */
export function chainEdges(ids: readonly string[], type: VsmEdgeType = 'push'): VsmEdge[] {
  return ids.slice(1).map((id, k) => anEdge(ids[k]!, id, type));
}

export function aMap(nodes: VsmNode[], edges: VsmEdge[], settings: Partial<MapSettings> = {}): MapState {
  return { settings: { ...DEFAULT_SETTINGS, ...settings }, nodes, edges };
}

/** A map whose nodes are joined in list order by push edges. */
export function aLine(nodes: VsmNode[], settings: Partial<MapSettings> = {}): MapState {
  return aMap(nodes, chainEdges(nodes.map((n) => n.id)), settings);
}
