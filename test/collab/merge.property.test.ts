// @vitest-environment node
import fc from 'fast-check';
import * as Y from 'yjs';
import {
  addEdges, addNodes, moveNodes, newId, newReadCache, readDocument, removeEdges, removeFutureState, removeNodes,
  setNodeData, setSettings, setTitle, startFutureState,
} from '../../src/collab';
import { startFutureFromCurrent } from '../../src/domain/compare';
import { checkConnection } from '../../src/domain/connections';
import type { VsmDocument, VsmEdgeType, VsmNodeType, XYPosition } from '../../src/domain/types';
import { validateDocument } from '../../src/domain/validate';
import { aCustomer, aDocument, aKaizen, aLine, anInventory, aProcess, aSupplier } from '../fixtures/builders';
import { replicasOf } from './replicas';

/**
 * Three people edit one map, each on their own replica, while the updates between them are
 * delivered late, out of order and twice. Once everyone has everything, every replica must read
 * the same valid document, and each edit must show exactly once: every symbol added is there
 * unless someone deleted it, no symbol twice, and every field holds a value someone wrote.
 */

const REPLICAS = 3;
const ADDABLE: VsmNodeType[] = ['process', 'inventory', 'customer'];
const EDGE_TYPES: VsmEdgeType[] = ['push', 'material', 'withdrawal', 'manual-info'];
/** Fields each symbol type takes, and whether their value is a count or text. */
const FIELDS: Partial<Record<VsmNodeType, Array<[string, 'count' | 'text' | 'percent']>>> = {
  process: [['name', 'text'], ['cycleTimeSec', 'count'], ['uptimePct', 'percent']],
  inventory: [['quantity', 'count'], ['note', 'text']],
  customer: [['name', 'text'], ['demandPerDay', 'count']],
  supplier: [['name', 'text']],
  kaizen: [['title', 'text'], ['owner', 'text']],
};

type Op =
  | { kind: 'addNode'; type: VsmNodeType; x: number }
  | { kind: 'removeNode'; pick: number }
  | { kind: 'setField'; pick: number; field: number }
  | { kind: 'move'; pick: number; x: number; y: number }
  | { kind: 'addEdge'; from: number; to: number; type: VsmEdgeType }
  | { kind: 'removeEdge'; pick: number }
  | { kind: 'settings'; seconds: number; shifts: number; which: 'seconds' | 'shifts' }
  | { kind: 'title' }
  | { kind: 'stepId'; pick: number }
  | { kind: 'future'; start: boolean };

type Step = { type: 'op'; replica: number; op: Op } | { type: 'deliver'; to: number; pick: number; twice: boolean };

const coordinate = fc.integer({ min: -1_000, max: 1_000 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('addNode' as const), type: fc.constantFrom(...ADDABLE), x: coordinate }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('removeNode' as const), pick: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('setField' as const), pick: fc.nat(), field: fc.nat() }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), x: coordinate, y: coordinate }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('addEdge' as const), from: fc.nat(), to: fc.nat(), type: fc.constantFrom(...EDGE_TYPES) }), weight: 5 },
  { arbitrary: fc.record({ kind: fc.constant('removeEdge' as const), pick: fc.nat() }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant('settings' as const),
      seconds: fc.constantFrom(20_000, 30_000, 40_000, 50_000),
      shifts: fc.constantFrom(1, 2, 3),
      which: fc.constantFrom('seconds' as const, 'shifts' as const),
    }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant('title' as const) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('stepId' as const), pick: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('future' as const), start: fc.boolean() }), weight: 1 },
);
const replica = fc.integer({ min: 0, max: REPLICAS - 1 });
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.record({ type: fc.constant('op' as const), replica, op: opArb }), weight: 4 },
  { arbitrary: fc.record({ type: fc.constant('deliver' as const), to: replica, pick: fc.nat(), twice: fc.boolean() }), weight: 1 },
);

function baseDocument(): VsmDocument {
  const doc = aDocument({
    title: 'Base',
    current: aLine(
      aSupplier({ name: 'Coils' }, { id: 's1' }),
      aProcess({ name: 'Stamping', cycleTimeSec: 40 }, { id: 'p1' }),
      anInventory({ quantity: 700 }, { id: 'i1' }),
      aProcess({ name: 'Welding', cycleTimeSec: 50 }, { id: 'p2' }),
      aCustomer({ name: 'Plant', demandPerDay: 920 }, { id: 'c1' }),
    ),
  });
  doc.states.current.nodes.push(aKaizen({ title: 'SMED' }, { id: 'k1', position: { x: 300, y: -200 } }));
  return doc;
}

/** What the people did, to check the merged result against. */
interface Journal {
  /** Symbols added, with their first data. */
  addedNodes: Map<string, Record<string, unknown>>;
  removedNodes: Set<string>;
  addedEdges: Set<string>;
  removedEdges: Set<string>;
  /** `node\u0000field` → writes in the order made, with who made them. */
  fieldWrites: Map<string, Array<{ replica: number; value: unknown }>>;
  moves: Map<string, Array<{ replica: number; position: XYPosition }>>;
  titles: string[];
  seconds: number[];
  shifts: number[];
}

/**
 * A reader on a replica as the store runs one: after each transaction it reads only what the
 * transaction touched (`readCache.ts`). Every such read must equal a whole read of the replica;
 * the differences go into `mismatches`.
 */
function followWithCache(ydoc: Y.Doc, mismatches: string[]): void {
  const cache = newReadCache();
  let shown = readDocument(ydoc, { cache });
  ydoc.on('afterTransaction', (transaction: Y.Transaction) => {
    cache.forgetChanged(transaction);
    shown = readDocument(ydoc, { previous: shown, cache });
    try {
      expect(shown).toEqual(readDocument(ydoc));
    } catch (error) {
      mismatches.push(String(error));
    }
  });
}

function run(steps: Step[], finalOrderSeed: number, duplicates: number[]): void {
  const base = baseDocument();
  const docs = replicasOf(base, REPLICAS);
  const mismatches: string[] = [];
  for (const ydoc of docs) followWithCache(ydoc, mismatches);
  const produced: Array<{ from: number; update: Uint8Array }> = [];
  docs.forEach((ydoc, from) => {
    ydoc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'remote') produced.push({ from, update });
    });
  });
  const journal: Journal = {
    addedNodes: new Map(), removedNodes: new Set(), addedEdges: new Set(), removedEdges: new Set(),
    fieldWrites: new Map(), moves: new Map(), titles: [], seconds: [], shifts: [],
  };
  let counter = 0;
  const origin = (r: number) => ({ replica: r });

  for (const step of steps) {
    if (step.type === 'deliver') {
      const others = produced.filter((p) => p.from !== step.to);
      if (others.length === 0) continue;
      const { update } = others[step.pick % others.length]!;
      Y.applyUpdate(docs[step.to]!, update, 'remote');
      if (step.twice) Y.applyUpdate(docs[step.to]!, update, 'remote');
      continue;
    }
    const r = step.replica;
    const ydoc = docs[r]!;
    const local = readDocument(ydoc).states.current;
    const { nodes, edges } = local;
    const op = step.op;
    const at = (pick: number) => nodes[pick % Math.max(1, nodes.length)];
    ydoc.transact(() => {
      switch (op.kind) {
        case 'addNode': {
          const id = newId(op.type.slice(0, 1));
          const node = op.type === 'process' ? aProcess({}, { id }) : op.type === 'inventory' ? anInventory({}, { id }) : aCustomer({}, { id });
          node.position = { x: op.x, y: 0 };
          addNodes(ydoc, 'current', [node]);
          journal.addedNodes.set(id, { ...node.data });
          break;
        }
        case 'removeNode': {
          const node = at(op.pick);
          if (!node) break;
          removeNodes(ydoc, 'current', [node.id]);
          journal.removedNodes.add(node.id);
          break;
        }
        case 'setField': {
          const node = at(op.pick);
          const fields = node ? FIELDS[node.type] : undefined;
          if (!node || !fields) break;
          const [key, kind] = fields[op.field % fields.length]!;
          counter += 1;
          const value = kind === 'text' ? `v${r}-${counter}` : kind === 'percent' ? counter % 101 : counter;
          setNodeData(ydoc, 'current', node.id, { [key]: value });
          const writes = journal.fieldWrites.get(`${node.id}\u0000${key}`) ?? [];
          writes.push({ replica: r, value });
          journal.fieldWrites.set(`${node.id}\u0000${key}`, writes);
          break;
        }
        case 'move': {
          const node = at(op.pick);
          if (!node) break;
          const position = { x: op.x, y: op.y };
          moveNodes(ydoc, 'current', [{ id: node.id, position }]);
          const moves = journal.moves.get(node.id) ?? [];
          moves.push({ replica: r, position });
          journal.moves.set(node.id, moves);
          break;
        }
        case 'addEdge': {
          const source = at(op.from);
          const target = at(op.to);
          // Only what the store would allow here: no loop, no senseless arrow, as seen locally.
          if (!source || !target || !checkConnection(local, source.id, target.id, op.type).ok) break;
          const id = newId('e');
          addEdges(ydoc, 'current', [{ id, type: op.type, source: source.id, target: target.id }]);
          journal.addedEdges.add(id);
          break;
        }
        case 'removeEdge': {
          const edge = edges[op.pick % Math.max(1, edges.length)];
          if (!edge) break;
          removeEdges(ydoc, 'current', [edge.id]);
          journal.removedEdges.add(edge.id);
          break;
        }
        case 'settings': {
          // Each person keeps the day within 24 hours as they see it; together they may not.
          const settings = local.settings;
          if (op.which === 'seconds' && op.seconds * settings.shiftsPerDay <= 86_400) {
            setSettings(ydoc, 'current', { availableSecondsPerShift: op.seconds });
            journal.seconds.push(op.seconds);
          } else if (op.which === 'shifts' && op.shifts * settings.availableSecondsPerShift <= 86_400) {
            setSettings(ydoc, 'current', { shiftsPerDay: op.shifts });
            journal.shifts.push(op.shifts);
          }
          break;
        }
        case 'title': {
          counter += 1;
          const title = `Map ${r}-${counter}`;
          setTitle(ydoc, title);
          journal.titles.push(title);
          break;
        }
        case 'stepId': {
          const steps = nodes.filter((n) => n.type === 'process');
          const target = steps[op.pick % Math.max(1, steps.length)];
          if (!target || !nodes.some((n) => n.id === 'k1')) break;
          setNodeData(ydoc, 'current', 'k1', { stepId: target.id });
          const writes = journal.fieldWrites.get('k1\u0000stepId') ?? [];
          writes.push({ replica: r, value: target.id });
          journal.fieldWrites.set('k1\u0000stepId', writes);
          break;
        }
        case 'future': {
          if (op.start) startFutureState(ydoc, startFutureFromCurrent(local, () => newId('f')));
          else removeFutureState(ydoc);
          break;
        }
      }
    }, origin(r));
  }

  // Everyone gets everything, in a shuffled order, some updates twice.
  const deliveries = docs.flatMap((_, to) => produced.filter((p) => p.from !== to).map((p) => ({ to, update: p.update })));
  for (const d of duplicates) if (deliveries.length > 0) deliveries.push(deliveries[d % deliveries.length]!);
  shuffle(deliveries, finalOrderSeed);
  for (const { to, update } of deliveries) Y.applyUpdate(docs[to]!, update, 'remote');

  const results = docs.map((ydoc) => readDocument(ydoc));
  const merged = results[0]!;
  for (const other of results.slice(1)) expect(other).toEqual(merged);
  expect(() => validateDocument(merged)).not.toThrow();
  // Delivering everything once more changes nothing.
  const vector = Y.encodeStateVector(docs[0]!);
  for (const { update } of produced) Y.applyUpdate(docs[0]!, update, 'remote');
  expect(Y.encodeStateVector(docs[0]!)).toEqual(vector);
  expect(readDocument(docs[0]!)).toEqual(merged);

  checkAgainstJournal(base, merged, journal);
  expect(mismatches).toEqual([]);
}

function checkAgainstJournal(base: VsmDocument, merged: VsmDocument, journal: Journal): void {
  const state = merged.states.current;
  const baseIds = base.states.current.nodes.map((n) => n.id);
  const expectedNodes = new Set([...baseIds, ...journal.addedNodes.keys()].filter((id) => !journal.removedNodes.has(id)));
  const ids = state.nodes.map((n) => n.id);
  // Each symbol exactly once, none lost, none brought back.
  expect(new Set(ids).size).toBe(ids.length);
  expect(new Set(ids)).toEqual(expectedNodes);

  const baseEdges = base.states.current.edges;
  const endsOf = new Map([...baseEdges].map((e) => [e.id, e]));
  const expectedEdges = [...baseEdges.map((e) => e.id), ...journal.addedEdges].filter((id) => !journal.removedEdges.has(id));
  const edgeIds = new Set(state.edges.map((e) => e.id));
  expect(edgeIds.size).toBe(state.edges.length);
  for (const edge of state.edges) {
    expect(expectedNodes.has(edge.source) && expectedNodes.has(edge.target)).toBe(true);
    endsOf.set(edge.id, edge);
  }
  for (const id of expectedEdges) {
    const edge = endsOf.get(id);
    // Added arrows whose ends both survived are there; the others were dropped on read.
    if (edge) expect(edgeIds.has(id)).toBe(expectedNodes.has(edge.source) && expectedNodes.has(edge.target));
  }
  for (const id of edgeIds) expect(expectedEdges).toContain(id);

  for (const node of state.nodes) {
    const data = node.data as Record<string, unknown>;
    const baseNode = base.states.current.nodes.find((n) => n.id === node.id);
    const firstData = (baseNode?.data as Record<string, unknown> | undefined) ?? journal.addedNodes.get(node.id) ?? {};
    for (const [key, value] of Object.entries(data)) {
      const writes = journal.fieldWrites.get(`${node.id}\u0000${key}`) ?? [];
      const candidates = [...writes.map((w) => w.value), firstData[key]];
      expect(candidates).toContainEqual(value);
    }
    for (const [slot, writes] of journal.fieldWrites) {
      const [id, key] = slot.split('\u0000') as [string, string];
      if (id !== node.id) continue;
      // Written by one person only: their last value holds (unless it points at a deleted step).
      if (new Set(writes.map((w) => w.replica)).size === 1) {
        const last = writes.at(-1)!.value;
        if (key !== 'stepId' || expectedNodes.has(last as string)) expect(data[key]).toEqual(last);
      }
    }
    const moves = journal.moves.get(node.id) ?? [];
    const positions = [...moves.map((m) => m.position), baseNode?.position ?? node.position];
    expect(positions).toContainEqual(node.position);
    if (moves.length > 0 && new Set(moves.map((m) => m.replica)).size === 1) expect(node.position).toEqual(moves.at(-1)!.position);
  }

  expect([base.title, ...journal.titles]).toContain(merged.title);
  const { availableSecondsPerShift, shiftsPerDay } = state.settings;
  expect([base.states.current.settings.availableSecondsPerShift, ...journal.seconds]).toContain(availableSecondsPerShift);
  expect(availableSecondsPerShift * shiftsPerDay).toBeLessThanOrEqual(86_400);
}

/** A seeded Fisher–Yates shuffle (mulberry32), so a failing case replays exactly. */
function shuffle<T>(items: T[], seed: number): void {
  let s = seed >>> 0;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

describe('three replicas editing at once', () => {
  it('converge to the same valid document, with every edit applied exactly once, read after each change as a whole read does', () => {
    fc.assert(
      fc.property(
        fc.array(stepArb, { minLength: 1, maxLength: 60, size: 'max' }),
        fc.nat(),
        fc.array(fc.nat(), { maxLength: 20, size: 'max' }),
        (steps, seed, duplicates) => run(steps, seed, duplicates),
      ),
      { numRuns: 100 },
    );
  });
});
