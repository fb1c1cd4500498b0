// @vitest-environment node
import * as Y from 'yjs';
import { addEdges, addNodes, moveNodes, PersonalUndo, readDocument, removeNodes, setNodeData } from '../../src/collab';
import { aCustomer, aDocument, aLine, anEdge, aProcess, aSupplier } from '../fixtures/builders';
import { replicasOf } from './replicas';

/** Two people in one room: every update either makes is delivered to the other at once. */
function twoPeople() {
  const doc = aDocument({
    current: aLine(aSupplier({}, { id: 's1' }), aProcess({ name: 'Stamping', cycleTimeSec: 40 }, { id: 'p1' }), aCustomer({}, { id: 'c1' })),
  });
  const [a, b] = replicasOf(doc, 2) as [Y.Doc, Y.Doc];
  a.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') Y.applyUpdate(b, update, 'remote');
  });
  b.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') Y.applyUpdate(a, update, 'remote');
  });
  const ana = new PersonalUndo(a, { person: 'Ana' });
  const budi = new PersonalUndo(b, { person: 'Budi' });
  return { a, b, ana, budi };
}

const dataOf = (ydoc: Y.Doc, id: string) => readDocument(ydoc).states.current.nodes.find((n) => n.id === id)?.data;

describe('per-person undo', () => {
  it('undoes only this person\'s edits, and redo brings them back', () => {
    const { a, b, ana, budi } = twoPeople();
    ana.edit(() => setNodeData(a, 'current', 'p1', { cycleTimeSec: 38 }));
    budi.edit(() => setNodeData(b, 'current', 'p1', { uptimePct: 90 }));
    ana.edit(() => setNodeData(a, 'current', 'p1', { name: 'Press' }));
    expect(dataOf(b, 'p1')).toEqual({ name: 'Press', cycleTimeSec: 38, uptimePct: 90 });

    // Ana undoes twice: her name and her cycle time go, Budi's uptime stays.
    ana.undo();
    expect(dataOf(b, 'p1')).toEqual({ name: 'Stamping', cycleTimeSec: 38, uptimePct: 90 });
    ana.undo();
    expect(dataOf(a, 'p1')).toEqual({ name: 'Stamping', cycleTimeSec: 40, uptimePct: 90 });
    expect(dataOf(b, 'p1')).toEqual(dataOf(a, 'p1'));
    expect(ana.canUndo()).toBe(false);

    // Budi's own history still holds his edit.
    expect(budi.canUndo()).toBe(true);
    budi.undo();
    expect(dataOf(a, 'p1')).toEqual({ name: 'Stamping', cycleTimeSec: 40 });

    ana.redo();
    expect(dataOf(b, 'p1')).toEqual({ name: 'Stamping', cycleTimeSec: 38 });
  });

  it('what arrives from the room is never in anyone\'s history', () => {
    const { b, ana } = twoPeople();
    setNodeData(b, 'current', 'p1', { uptimePct: 90 });
    expect(ana.canUndo()).toBe(false);
  });

  it('a gesture of several operations in one transaction is one undo step', () => {
    const { a, b, ana } = twoPeople();
    // A paste: two symbols and the arrow between them.
    ana.edit(() => {
      addNodes(a, 'current', [aProcess({}, { id: 'p-x' }), aProcess({}, { id: 'p-y' })]);
      addEdges(a, 'current', [anEdge('p-x', 'p-y', { id: 'e-xy' })]);
    });
    expect(readDocument(b).states.current.nodes).toHaveLength(5);
    ana.undo();
    expect(readDocument(b).states.current.nodes.map((n) => n.id)).toEqual(['s1', 'p1', 'c1']);
    expect(readDocument(b).states.current.edges).toHaveLength(2);
    ana.redo();
    expect(readDocument(b).states.current.edges.map((e) => e.id)).toContain('e-xy');
  });

  it('a drag sent as many transactions is one undo step between beginGesture and endGesture', () => {
    const { a, b, ana } = twoPeople();
    ana.edit(() => setNodeData(a, 'current', 'p1', { name: 'Press' }));
    ana.beginGesture();
    for (let x = 10; x <= 100; x += 10) {
      // Everyone sees the symbol move while it moves.
      ana.edit(() => moveNodes(a, 'current', [{ id: 'p1', position: { x, y: 0 } }]));
      expect(readDocument(b).states.current.nodes[1]!.position).toEqual({ x, y: 0 });
    }
    ana.endGesture();
    ana.undo();
    expect(readDocument(b).states.current.nodes[1]!.position).toEqual({ x: 200, y: 0 });
    expect(dataOf(b, 'p1')).toEqual({ name: 'Press', cycleTimeSec: 40 });
    ana.undo();
    expect(dataOf(b, 'p1')).toEqual({ name: 'Stamping', cycleTimeSec: 40 });
  });

  it('undoing a deletion brings back the symbol and its arrows', () => {
    const { a, b, ana } = twoPeople();
    ana.edit(() => removeNodes(a, 'current', ['p1']));
    expect(readDocument(b).states.current.edges).toHaveLength(0);
    ana.undo();
    const doc = readDocument(b);
    expect(doc.states.current.nodes.map((n) => n.id)).toEqual(['s1', 'p1', 'c1']);
    expect(doc.states.current.edges.map((e) => `${e.source}>${e.target}`)).toEqual(['s1>p1', 'p1>c1']);
  });
});
