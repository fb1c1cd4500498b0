import * as Y from 'yjs';
import { addNodes, newReadCache, readDocument, setNodeData, moveNodes, writeDocument } from '../../src/collab';
import { aDocument, aLine, aProcess, aSupplier, aCustomer } from '../fixtures/builders';

/** A reader as the store runs one: the cache forgets what each transaction touched, then reads. */
function follow(ydoc: Y.Doc) {
  const cache = newReadCache();
  let shown = readDocument(ydoc, { cache });
  ydoc.on('afterTransaction', (transaction: Y.Transaction) => {
    cache.forgetChanged(transaction);
    shown = readDocument(ydoc, { previous: shown, cache });
  });
  return () => shown;
}

const nodeOf = (doc: ReturnType<typeof readDocument>, id: string) => doc.states.current.nodes.find((n) => n.id === id)!;

describe('reading with the cache of symbols read before', () => {
  it('reads every change, local or remote, deep in a symbol\'s data, and keeps the others as they were', () => {
    const ydoc = new Y.Doc();
    writeDocument(ydoc, aDocument({ current: aLine(aSupplier({}, { id: 's' }), aProcess({ name: 'Press', cycleTimeSec: 40 }, { id: 'p1' }), aProcess({ name: 'Weld' }, { id: 'p2' }), aCustomer({}, { id: 'c' })) }));
    const shown = follow(ydoc);
    const before = shown();
    ydoc.transact(() => setNodeData(ydoc, 'current', 'p1', { cycleTimeSec: 35 }));
    expect(nodeOf(shown(), 'p1').data).toMatchObject({ name: 'Press', cycleTimeSec: 35 });
    expect(nodeOf(shown(), 'p2')).toBe(nodeOf(before, 'p2'));

    // From another replica: the update arrives as a transaction of its own.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(ydoc));
    other.transact(() => {
      setNodeData(other, 'current', 'p2', { name: 'Spot weld' });
      moveNodes(other, 'current', [{ id: 'p1', position: { x: 500, y: 60 } }]);
    });
    Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(ydoc)));
    expect(nodeOf(shown(), 'p2').data).toMatchObject({ name: 'Spot weld' });
    expect(nodeOf(shown(), 'p1').position).toEqual({ x: 500, y: 60 });
    expect(nodeOf(shown(), 'p1').data).toMatchObject({ cycleTimeSec: 35 });
    // Read with the cache, read without: the same document.
    expect(shown()).toEqual(readDocument(ydoc));
  });

  it('leaves out a cached arrow once a symbol it joins is deleted, and reads a loop closed later as rework', () => {
    const ydoc = new Y.Doc();
    writeDocument(ydoc, aDocument({ current: aLine(aSupplier({}, { id: 's' }), aProcess({ name: 'Press' }, { id: 'p1' }), aProcess({ name: 'Weld' }, { id: 'p2' }), aCustomer({}, { id: 'c' })) }));
    const shown = follow(ydoc);
    const edgesBefore = shown().states.current.edges.length;
    expect(edgesBefore).toBe(3);
    const nodes = () => ((ydoc.getMap('arus').get('current') as Y.Map<unknown>).get('nodes')) as Y.Map<unknown>;
    const edges = () => ((ydoc.getMap('arus').get('current') as Y.Map<unknown>).get('edges')) as Y.Map<unknown>;
    // A push arrow back from Weld to Press closes a loop: it reads as rework, and the arrows read before are not changed.
    const held = shown().states.current.edges.map((e) => Object.freeze(e));
    ydoc.transact(() => {
      const back = new Y.Map<unknown>();
      back.set('type', 'push');
      back.set('source', 'p2');
      back.set('target', 'p1');
      back.set('order', 99);
      edges().set('back', back);
    });
    expect(shown().states.current.edges.find((e) => e.id === 'back')!.data).toEqual({ rework: true });
    expect(held.every((e) => e.data?.rework !== true)).toBe(true);
    ydoc.transact(() => nodes().delete('p2'));
    // p1 → p2, p2 → c and the return arrow joined p2: only s → p1 is left.
    expect(shown().states.current.edges.map((e) => [e.source, e.target])).toEqual([['s', 'p1']]);
    expect(shown()).toEqual(readDocument(ydoc));
  });

  it('drops a reference to a deleted step without touching the node the views hold', () => {
    const ydoc = new Y.Doc();
    const doc = aDocument({ current: aLine(aProcess({ name: 'Press' }, { id: 'p1' })) });
    doc.states.current.nodes.push({ id: 'k', type: 'kaizen', position: { x: 0, y: 0 }, data: { title: 'SMED', stepId: 'p1' } });
    writeDocument(ydoc, doc);
    const shown = follow(ydoc);
    const kaizen = Object.freeze(nodeOf(shown(), 'k'));
    Object.freeze(kaizen.data);
    ydoc.transact(() => ydoc.getMap('arus').get('current') && (((ydoc.getMap('arus').get('current') as Y.Map<unknown>).get('nodes')) as Y.Map<unknown>).delete('p1'));
    expect(nodeOf(shown(), 'k').data).toEqual({ title: 'SMED' });
    expect(kaizen.data).toEqual({ title: 'SMED', stepId: 'p1' });
  });

  it('after an edit of one symbol, or one added, reads that symbol alone, not every symbol of the map', () => {
    const ydoc = new Y.Doc();
    const steps = Array.from({ length: 50 }, (_, k) => aProcess({ name: `S${k}`, cycleTimeSec: 30 }, { id: `p${k}` }));
    writeDocument(ydoc, aDocument({ current: aLine(aSupplier({}, { id: 's' }), ...steps, aCustomer({}, { id: 'c' })) }));
    const shown = follow(ydoc);
    const state = ydoc.getMap('arus').get('current') as Y.Map<unknown>;
    const walks = vi.spyOn(Y.Map.prototype, 'forEach');
    // Walks made while reading (after the edit's own writes): the maps each was made on.
    const walked: unknown[] = [];
    ydoc.on('beforeObserverCalls', () => walks.mockClear());
    ydoc.on('afterTransactionCleanup', () => walked.push(...walks.mock.contexts));
    ydoc.transact(() => setNodeData(ydoc, 'current', 'p20', { cycleTimeSec: 33 }));
    ydoc.transact(() => moveNodes(ydoc, 'current', [{ id: 'p21', position: { x: 9, y: 9 } }]));
    ydoc.transact(() => addNodes(ydoc, 'current', [aProcess({ name: 'New' }, { id: 'p-new', position: { x: 0, y: 400 } })]));
    // Neither the 52 symbols nor the 51 arrows were walked, and what was read is right.
    expect(walked).not.toContain(state.get('nodes'));
    expect(walked).not.toContain(state.get('edges'));
    walks.mockRestore();
    expect(nodeOf(shown(), 'p20').data).toMatchObject({ cycleTimeSec: 33 });
    expect(nodeOf(shown(), 'p21').position).toEqual({ x: 9, y: 9 });
    expect(shown().states.current.nodes.at(-1)!.id).toBe('p-new');
    expect(shown()).toEqual(readDocument(ydoc));
  });
});
