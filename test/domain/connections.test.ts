import { checkConnection } from '../../src/domain/connections';
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

type Row = [source: string, target: string, type: VsmEdgeType, expected: true | RegExp];

const ROWS: Row[] = [
  // Self-loops and floating symbols.
  ['p1', 'p1', 'push', /cannot start and end at the same symbol/],
  ['ctl', 'ctl', 'manual-info', /same symbol/],
  ['kz', 'p1', 'manual-info', /^A kaizen burst floats on the map/],
  ['p1', 'q', 'material', /^A quality problem floats/],
  ['note', 'ctl', 'electronic-info', /^A note floats/],
  ['op', 'p1', 'push', /^An operator floats/],
  ['missing', 'p1', 'push', /no longer on the map/],
  // Material arrows need material symbols at both ends.
  ['p1', 'inv', 'push', true],
  ['inv', 'p3', 'withdrawal', true],
  ['sup', 'truck', 'shipment', true],
  ['cell', 'buf', 'material', true],
  ['ctl', 'p1', 'push', /^A push arrow moves material; a production control holds no material$/],
  ['p3', 'kp', 'withdrawal', /a production kanban holds no material/],
  ['p1', 'hj', 'material', /a load leveling holds no material/],
  // Information arrows touch an information symbol and never end at a stock.
  ['cus', 'ctl', 'electronic-info', true],
  ['ctl', 'sup', 'electronic-info', true],
  ['ctl', 'p2', 'manual-info', true],
  ['hj', 'p3', 'manual-info', true],
  ['p2', 'p1', 'manual-info', true], // a process receiving a schedule from the next one
  ['inv', 'ctl', 'manual-info', true], // a stock count reported to production control
  ['ctl', 'inv', 'manual-info', /^An information arrow cannot point into an inventory$/],
  ['ctl', 'sm', 'electronic-info', /^An electronic information arrow cannot point into a supermarket$/],
  ['gs', 'fifo', 'manual-info', /cannot point into a fifo lane/],
  ['p1', 'truck', 'manual-info', /needs production control, a kanban, a customer or a supplier/],
  ['inv', 'truck', 'electronic-info', /needs production control/],
  // Kanban paths.
  ['sm', 'kw', 'kanban-path', true],
  ['kw', 'post', 'kanban-path', true],
  ['ks', 'p1', 'kanban-path', true],
  ['hj', 'cell', 'kanban-path', true],
  ['inv', 'kp', 'kanban-path', /^A kanban path joins kanbans.*; not an inventory$/],
  ['ctl', 'hj', 'kanban-path', /not a production control/],
  // Shipments: supplier, customer, truck, and stocks at the ends.
  ['truck', 'inv', 'shipment', true],
  ['buf', 'cus', 'shipment', true],
  ['sup', 'p1', 'shipment', /^A shipment arrow runs between suppliers, customers, trucks and stocks; not a process$/],
  ['inv', 'sm', 'shipment', /needs a supplier, a customer or a truck at one end/],
  // Duplicates of the same type and direction; another type or the other direction is fine.
  ['ctl', 'p1', 'manual-info', /^These symbols are already joined by a manual information$/],
  ['ctl', 'p1', 'electronic-info', true],
  ['p1', 'ctl', 'manual-info', true],
  // Loops in the material flow: p3 → p1 would close p1 → p2 → p3 → p1.
  ['p3', 'p1', 'push', /close a loop in the material flow \(Stamping → Welding → Assembly → Stamping\)/],
  ['p2', 'p1', 'material', /\(Stamping → Welding → Stamping\)/],
  ['p1', 'p3', 'material', true], // a parallel edge forward is no loop
];

describe('checkConnection', () => {
  it.each(ROWS)('%s → %s as %s', (source, target, type, expected) => {
    const result = checkConnection(MAP, source, target, type);
    if (expected === true) {
      expect(result).toEqual({ ok: true });
    } else {
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.reason).toMatch(expected);
    }
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
