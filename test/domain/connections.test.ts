import { checkConnection } from '../../src/domain/connections';
import { message, type Message } from '../../src/domain/messages';
import { renderMessage } from '../../src/i18n/domain';
import {
  DEFAULT_SETTINGS, type MapState, type VsmEdge, type VsmEdgeType, type VsmNode, type VsmNodeType,
} from '../../src/domain/types';

// One node of every kind, named by its id so each row of the table reads as a sentence.
const node = (id: string, type: VsmNodeType, data: Record<string, unknown> = {}): VsmNode =>
  ({ id, type, position: { x: 0, y: 0 }, data }) as VsmNode;
const edge = (id: string, type: VsmEdgeType, source: string, target: string, data?: VsmEdge['data']): VsmEdge =>
  ({ id, type, source, target, ...(data ? { data } : {}) });

const NODES: VsmNode[] = [
  node('sup', 'supplier'), node('cus', 'customer'), node('truck', 'transport'),
  node('p1', 'process', { name: 'Stamping' }), node('p2', 'process', { name: 'Welding' }),
  node('p3', 'process', { name: 'Assembly' }), node('cell', 'workcell'),
  node('inv', 'inventory'), node('sm', 'supermarket'), node('fifo', 'fifo'), node('buf', 'buffer'),
  node('ctl', 'control'), node('kp', 'kanban-production'), node('kw', 'kanban-withdrawal'),
  node('ks', 'kanban-signal'), node('post', 'kanban-post'), node('hj', 'heijunka'), node('gs', 'go-see'),
  node('kz', 'kaizen'), node('q', 'quality'), node('note', 'note'), node('op', 'operator'),
];

// Existing flow: p1 → p2 → p3 (push), ctl → p1 (manual info).
const MAP: MapState = {
  settings: DEFAULT_SETTINGS,
  nodes: NODES,
  edges: [edge('e1', 'push', 'p1', 'p2'), edge('e2', 'push', 'p2', 'p3'), edge('e3', 'manual-info', 'ctl', 'p1')],
};

type Row = [source: string, target: string, type: VsmEdgeType, expected: true | Message];

const ref = (id: string, type: VsmNodeType, name: string | null = null) => ({ id, type, name });

const ROWS: Row[] = [
  // Self-loops and floating symbols.
  ['p1', 'p1', 'push', message('connection.selfLoop', {})],
  ['ctl', 'ctl', 'manual-info', message('connection.selfLoop', {})],
  ['kz', 'p1', 'manual-info', message('connection.floating', { type: 'kaizen' })],
  ['p1', 'q', 'material', message('connection.floating', { type: 'quality' })],
  ['note', 'ctl', 'electronic-info', message('connection.floating', { type: 'note' })],
  ['op', 'p1', 'push', message('connection.floating', { type: 'operator' })],
  ['missing', 'p1', 'push', message('connection.nodeGone', {})],
  // Material arrows need material symbols at both ends.
  ['p1', 'inv', 'push', true],
  ['inv', 'p3', 'withdrawal', true],
  ['sup', 'truck', 'shipment', true],
  ['cell', 'buf', 'material', true],
  ['ctl', 'p1', 'push', message('connection.holdsNoMaterial', { edgeType: 'push', type: 'control' })],
  ['p3', 'kp', 'withdrawal', message('connection.holdsNoMaterial', { edgeType: 'withdrawal', type: 'kanban-production' })],
  ['p1', 'hj', 'material', message('connection.holdsNoMaterial', { edgeType: 'material', type: 'heijunka' })],
  // Information arrows touch an information symbol and never end at a stock.
  ['cus', 'ctl', 'electronic-info', true],
  ['ctl', 'sup', 'electronic-info', true],
  ['ctl', 'p2', 'manual-info', true],
  ['hj', 'p3', 'manual-info', true],
  ['p2', 'p1', 'manual-info', true], // a process receiving a schedule from the next one
  ['inv', 'ctl', 'manual-info', true], // a stock count reported to production control
  ['ctl', 'inv', 'manual-info', message('connection.infoIntoStock', { edgeType: 'manual-info', type: 'inventory' })],
  ['ctl', 'sm', 'electronic-info', message('connection.infoIntoStock', { edgeType: 'electronic-info', type: 'supermarket' })],
  ['gs', 'fifo', 'manual-info', message('connection.infoIntoStock', { edgeType: 'manual-info', type: 'fifo' })],
  ['p1', 'truck', 'manual-info', message('connection.infoNeedsInfoEnd', { edgeType: 'manual-info' })],
  ['inv', 'truck', 'electronic-info', message('connection.infoNeedsInfoEnd', { edgeType: 'electronic-info' })],
  // Kanban paths.
  ['sm', 'kw', 'kanban-path', true],
  ['kw', 'post', 'kanban-path', true],
  ['ks', 'p1', 'kanban-path', true],
  ['hj', 'cell', 'kanban-path', true],
  ['inv', 'kp', 'kanban-path', message('connection.kanbanPathEnd', { edgeType: 'kanban-path', type: 'inventory' })],
  ['ctl', 'hj', 'kanban-path', message('connection.kanbanPathEnd', { edgeType: 'kanban-path', type: 'control' })],
  // Shipments: supplier, customer, truck, and stocks at the ends.
  ['truck', 'inv', 'shipment', true],
  ['buf', 'cus', 'shipment', true],
  ['sup', 'p1', 'shipment', message('connection.shipmentEnd', { edgeType: 'shipment', type: 'process' })],
  ['inv', 'sm', 'shipment', message('connection.shipmentNeedsExternal', { edgeType: 'shipment' })],
  // Duplicates of the same type and direction; another type or the other direction is fine.
  ['ctl', 'p1', 'manual-info', message('connection.duplicate', { edgeType: 'manual-info' })],
  ['ctl', 'p1', 'electronic-info', true],
  ['p1', 'ctl', 'manual-info', true],
  // Loops in the material flow: p3 → p1 would close p1 → p2 → p3 → p1, read from where the new arrow points.
  ['p3', 'p1', 'push', message('connection.closesLoop', {
    nodes: [ref('p1', 'process', 'Stamping'), ref('p2', 'process', 'Welding'), ref('p3', 'process', 'Assembly')],
  })],
  ['p2', 'p1', 'material', message('connection.closesLoop', { nodes: [ref('p1', 'process', 'Stamping'), ref('p2', 'process', 'Welding')] })],
  ['p1', 'p3', 'material', true], // a parallel edge forward is no loop
];

describe('checkConnection', () => {
  it.each(ROWS)('%s → %s as %s', (source, target, type, expected) => {
    const result = checkConnection(MAP, source, target, type);
    expect(result).toEqual(expected === true ? { ok: true } : { ok: false, reason: expected });
  });

  it('says why in the reader\'s language', () => {
    const reason = (source: string, target: string, type: VsmEdgeType) => {
      const result = checkConnection(MAP, source, target, type);
      if (result.ok) throw new Error('expected a refusal');
      return result.reason;
    };
    expect(renderMessage(reason('ctl', 'inv', 'manual-info'), 'en')).toBe('An information arrow cannot point into an inventory');
    expect(renderMessage(reason('ctl', 'inv', 'manual-info'), 'id')).toBe('Panah informasi tidak boleh menunjuk ke persediaan');
    expect(renderMessage(reason('kz', 'p1', 'manual-info'), 'en')).toBe('A kaizen burst floats on the map and takes no arrows');
    expect(renderMessage(reason('ctl', 'p1', 'manual-info'), 'en')).toBe('These symbols are already joined by an information arrow');
    expect(renderMessage(reason('p3', 'p1', 'push'), 'en')).toBe(
      'This arrow would close a loop in the material flow (Stamping → Welding → Assembly → Stamping); draw it as rework to show a return loop',
    );
    expect(renderMessage(reason('sup', 'p1', 'shipment'), 'id')).toBe(
      'Panah pengiriman berjalan di antara pemasok, pelanggan, truk dan stok; bukan proses',
    );
  });

  it('lets a rework edge close a loop', () => {
    expect(checkConnection(MAP, 'p3', 'p1', 'push', { rework: true })).toEqual({ ok: true });
  });

  it('ignores an existing rework edge when looking for loops', () => {
    const withRework = { ...MAP, edges: [...MAP.edges, edge('e9', 'material', 'p3', 'p1', { rework: true })] };
    // p3 → p1 exists only as rework, so p1 → p3 directly closes nothing.
    expect(checkConnection(withRework, 'p1', 'p3', 'push')).toEqual({ ok: true });
  });

  it('leaves out the edge being retyped from the duplicate check', () => {
    expect(checkConnection(MAP, 'p1', 'p2', 'push').ok).toBe(false);
    expect(checkConnection(MAP, 'p1', 'p2', 'push', { ignoreEdgeId: 'e1' })).toEqual({ ok: true });
  });

  it('does not blame a new edge for a loop the map already had', () => {
    const looped = { ...MAP, edges: [...MAP.edges, edge('e9', 'push', 'p3', 'p1')] };
    expect(checkConnection(looped, 'cell', 'buf', 'material')).toEqual({ ok: true });
  });
});
