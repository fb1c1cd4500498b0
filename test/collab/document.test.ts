// @vitest-environment node
// Some tests reach into raw JSON and raw Y.Maps to write what no editor of this version writes.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { readFileSync } from 'node:fs';
import * as Y from 'yjs';
import {
  addEdges, addNodes, hasDocument, moveNodes, newId, readDocument, readDocumentWithRepairs, removeEdges,
  removeFutureState, removeNodes, rootMap, setNodeData, setSettings, setTitle, startFutureState,
  updateEdge, writeDocument,
} from '../../src/collab';
import { startFutureFromCurrent } from '../../src/domain/compare';
import { DocumentError } from '../../src/domain/errors';
import { SCHEMA_VERSION, type VsmDocument } from '../../src/domain/types';
import { parseDocumentText, validateDocument } from '../../src/domain/validate';
import { aCustomer, aDocument, aKaizen, aLine, anEdge, anInventory, aProcess, aSupplier } from '../fixtures/builders';
import { replicasOf, syncAll } from './replicas';

const sample = (name: string): VsmDocument =>
  parseDocumentText(readFileSync(new URL(`../../public/samples/${name}`, import.meta.url), 'utf8'));

/** The document as the shared doc holds it: no viewport (each person's own), empty edge data left out. */
function shared(doc: VsmDocument): VsmDocument {
  const copy = structuredClone(doc);
  for (const state of [copy.states.current, copy.states.future]) {
    if (!state) continue;
    delete state.viewport;
    for (const edge of state.edges) if (edge.data && Object.keys(edge.data).length === 0) delete edge.data;
  }
  return copy;
}

function roundTrip(doc: VsmDocument): VsmDocument {
  const ydoc = new Y.Doc();
  writeDocument(ydoc, doc);
  return readDocument(ydoc);
}

/** A line supplier → p1 → i1 → p2 → customer, ids fixed. */
function line(): VsmDocument {
  return aDocument({
    current: aLine(
      aSupplier({}, { id: 's1' }),
      aProcess({ name: 'Stamping', cycleTimeSec: 40 }, { id: 'p1' }),
      anInventory({ quantity: 700 }, { id: 'i1' }),
      aProcess({ name: 'Welding', cycleTimeSec: 50 }, { id: 'p2' }),
      aCustomer({ demandPerDay: 920 }, { id: 'c1' }),
    ),
  });
}

describe('writeDocument and readDocument', () => {
  it.each(['steering-bracket.json', 'order-to-cash-office.json'])('round-trips the sample %s', (name) => {
    const doc = sample(name);
    const back = roundTrip(doc);
    expect(back).toEqual(shared(doc));
    expect(() => validateDocument(back)).not.toThrow();
    // Same order as the file, so the map draws and analyses the same.
    expect(back.states.current.nodes.map((n) => n.id)).toEqual(doc.states.current.nodes.map((n) => n.id));
    expect(back.states.current.edges.map((e) => e.id)).toEqual(doc.states.current.edges.map((e) => e.id));
  });

  it('keeps fields it does not know on the document, states, nodes, their data and edges', () => {
    const doc = line() as unknown as Record<string, any>;
    doc.madeWith = { tool: 'other', version: 3 };
    doc.states.current.layer = 'A';
    doc.states.current.nodes[1].data.colour = 'red';
    doc.states.current.nodes[1].locked = true;
    doc.states.current.nodes[1].width = 180;
    doc.states.current.edges[0].animated = true;
    doc.states.current.edges[0].data = { label: 'weekly', weight: 2 };
    const back = roundTrip(doc as unknown as VsmDocument) as unknown as Record<string, any>;
    expect(back.madeWith).toEqual({ tool: 'other', version: 3 });
    expect(back.states.current.layer).toBe('A');
    expect(back.states.current.nodes[1]).toEqual({
      id: 'p1', type: 'process', position: { x: 200, y: 0 },
      data: { name: 'Stamping', cycleTimeSec: 40, colour: 'red' }, locked: true, width: 180,
    });
    expect(back.states.current.edges[0]).toMatchObject({ animated: true, data: { label: 'weekly', weight: 2 } });
  });

  it('leaves the viewport out: it is each person\'s own', () => {
    const doc = line();
    doc.states.current.viewport = { x: 10, y: 20, zoom: 2 };
    const ydoc = new Y.Doc();
    writeDocument(ydoc, doc);
    expect(JSON.stringify(rootMap(ydoc).toJSON())).not.toContain('viewport');
    expect(readDocument(ydoc).states.current.viewport).toBeUndefined();
  });

  it('replaces what was there, in one transaction with the given origin', () => {
    const ydoc = new Y.Doc();
    writeDocument(ydoc, sample('steering-bracket.json'));
    const origins: unknown[] = [];
    ydoc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const origin = { person: 'A' };
    const doc = line();
    writeDocument(ydoc, doc, origin);
    expect(origins).toEqual([origin]);
    expect(readDocument(ydoc)).toEqual(doc);
  });

  it('tells an empty room from a map, and reads an empty room as an empty valid map', () => {
    const ydoc = new Y.Doc();
    expect(hasDocument(ydoc)).toBe(false);
    const empty = readDocument(ydoc);
    expect(empty.states.current.nodes).toEqual([]);
    expect(() => validateDocument(empty)).not.toThrow();
    writeDocument(ydoc, line());
    expect(hasDocument(ydoc)).toBe(true);
  });

  it('refuses a document of a newer schema version, as a newer file is refused', () => {
    const ydoc = new Y.Doc();
    writeDocument(ydoc, { ...line(), schemaVersion: 99 });
    expect(() => readDocument(ydoc)).toThrow(DocumentError);
    try {
      readDocument(ydoc);
    } catch (error) {
      expect((error as DocumentError).problem).toEqual({ code: 'file.newerSchema', params: { version: 99, newest: SCHEMA_VERSION } });
    }
  });

  it('returns unchanged nodes, edges and states as the same objects as the last read', () => {
    const ydoc = new Y.Doc();
    writeDocument(ydoc, line());
    const first = readDocument(ydoc);
    expect(readDocument(ydoc, { previous: first })).toBe(first);
    setNodeData(ydoc, 'current', 'p2', { cycleTimeSec: 45 });
    const second = readDocument(ydoc, { previous: first });
    const [before, after] = [first.states.current.nodes, second.states.current.nodes];
    expect(after[3]).not.toBe(before[3]);
    expect(after[3]!.data).toEqual({ name: 'Welding', cycleTimeSec: 45 });
    expect(after.filter((node, i) => node === before[i])).toHaveLength(4);
    expect(second.states.current.edges).toBe(first.states.current.edges);
    expect(second.states.current.settings).toBe(first.states.current.settings);
  });
});

describe('edits', () => {
  it('add, move, change, retype and remove symbols and arrows', () => {
    const ydoc = new Y.Doc();
    writeDocument(ydoc, line());
    const id = newId('p');
    ydoc.transact(() => {
      addNodes(ydoc, 'current', [aProcess({ name: 'Paint' }, { id, position: { x: 5, y: 6 } })]);
      addEdges(ydoc, 'current', [anEdge('p2', id, { id: 'e-new', type: 'material' })]);
    });
    let doc = readDocument(ydoc);
    expect(doc.states.current.nodes.at(-1)).toEqual({ id, type: 'process', position: { x: 5, y: 6 }, data: { name: 'Paint' } });
    expect(doc.states.current.edges.at(-1)).toEqual({ id: 'e-new', type: 'material', source: 'p2', target: id });

    moveNodes(ydoc, 'current', [{ id, position: { x: 50, y: 60 } }]);
    setNodeData(ydoc, 'current', id, { cycleTimeSec: 30, name: undefined });
    updateEdge(ydoc, 'current', 'e-new', { type: 'push', data: { distanceM: 12 } });
    setSettings(ydoc, 'current', { shiftsPerDay: 3 });
    setTitle(ydoc, 'Bracket line');
    doc = readDocument(ydoc);
    expect(doc.title).toBe('Bracket line');
    expect(doc.states.current.settings.shiftsPerDay).toBe(3);
    expect(doc.states.current.nodes.at(-1)).toEqual({ id, type: 'process', position: { x: 50, y: 60 }, data: { cycleTimeSec: 30 } });
    expect(doc.states.current.edges.at(-1)).toEqual({ id: 'e-new', type: 'push', source: 'p2', target: id, data: { distanceM: 12 } });

    removeNodes(ydoc, 'current', ['p2']);
    doc = readDocument(ydoc);
    // The arrows into and out of p2 went with it.
    expect(doc.states.current.nodes.map((n) => n.id)).toEqual(['s1', 'p1', 'i1', 'c1', id]);
    expect(doc.states.current.edges.map((e) => `${e.source}>${e.target}`)).toEqual(['s1>p1', 'p1>i1']);
    removeEdges(ydoc, 'current', [doc.states.current.edges[0]!.id]);
    expect(readDocument(ydoc).states.current.edges).toHaveLength(1);
    expect(() => validateDocument(readDocument(ydoc))).not.toThrow();
  });

  it('an edit of something no longer there does nothing', () => {
    const ydoc = new Y.Doc();
    writeDocument(ydoc, line());
    const before = Y.encodeStateVector(ydoc);
    expect(setNodeData(ydoc, 'current', 'gone', { name: 'x' })).toBe(false);
    expect(updateEdge(ydoc, 'current', 'gone', { type: 'push' })).toBe(false);
    expect(setSettings(ydoc, 'future', { shiftsPerDay: 1 })).toBe(false);
    moveNodes(ydoc, 'current', [{ id: 'gone', position: { x: 1, y: 1 } }]);
    // Writing a value a field already has sends nothing either.
    setNodeData(ydoc, 'current', 'p1', { name: 'Stamping' });
    expect(Y.encodeStateVector(ydoc)).toEqual(before);
  });

  it('starts and removes the future state', () => {
    const ydoc = new Y.Doc();
    writeDocument(ydoc, line());
    const future = startFutureFromCurrent(readDocument(ydoc).states.current, () => newId('f'));
    startFutureState(ydoc, future);
    const doc = readDocument(ydoc);
    expect(doc.states.future?.nodes.map((n) => (n.data as { originId?: string }).originId)).toEqual(['s1', 'p1', 'i1', 'p2', 'c1']);
    expect(() => validateDocument(doc)).not.toThrow();
    setNodeData(ydoc, 'future', doc.states.future!.nodes[1]!.id, { cycleTimeSec: 20 });
    expect(readDocument(ydoc).states.current.nodes[1]!.data).toEqual({ name: 'Stamping', cycleTimeSec: 40 });
    removeFutureState(ydoc);
    expect(readDocument(ydoc).states.future).toBeNull();
  });
});

describe('merging what two people did at the same time', () => {
  it('two people changing different fields of one symbol both win', () => {
    const [a, b] = replicasOf(line(), 2) as [Y.Doc, Y.Doc];
    setNodeData(a, 'current', 'p1', { cycleTimeSec: 38 });
    setNodeData(b, 'current', 'p1', { uptimePct: 90 });
    moveNodes(b, 'current', [{ id: 'p2', position: { x: 1, y: 2 } }]);
    syncAll(a, b);
    const doc = readDocument(a);
    expect(doc).toEqual(readDocument(b));
    expect(doc.states.current.nodes[1]!.data).toEqual({ name: 'Stamping', cycleTimeSec: 38, uptimePct: 90 });
    expect(doc.states.current.nodes[3]!.position).toEqual({ x: 1, y: 2 });
  });

  it('the same field: one value wins, the same on both', () => {
    const [a, b] = replicasOf(line(), 2) as [Y.Doc, Y.Doc];
    setNodeData(a, 'current', 'p1', { name: 'Press' });
    setNodeData(b, 'current', 'p1', { name: 'Stamp press' });
    syncAll(a, b);
    const name = (readDocument(a).states.current.nodes[1]!.data as { name: string }).name;
    expect(['Press', 'Stamp press']).toContain(name);
    expect(readDocument(b)).toEqual(readDocument(a));
  });

  it('two symbols added at the same time are both there, in the same order everywhere', () => {
    const [a, b] = replicasOf(line(), 2) as [Y.Doc, Y.Doc];
    addNodes(a, 'current', [aProcess({}, { id: 'p-a' })]);
    addNodes(b, 'current', [aProcess({}, { id: 'p-b' })]);
    syncAll(a, b);
    expect(readDocument(a).states.current.nodes.map((n) => n.id)).toEqual(['s1', 'p1', 'i1', 'p2', 'c1', 'p-a', 'p-b']);
    expect(readDocument(b)).toEqual(readDocument(a));
  });

  it('an arrow to a symbol someone else deleted is left out on read', () => {
    const [a, b] = replicasOf(line(), 2) as [Y.Doc, Y.Doc];
    removeNodes(a, 'current', ['i1']);
    addNodes(b, 'current', [anInventory({}, { id: 'i-b' })]);
    addEdges(b, 'current', [anEdge('i1', 'i-b', { id: 'e-b', type: 'manual-info' })]);
    syncAll(a, b);
    const { document, repairs } = readDocumentWithRepairs(a);
    expect(document.states.current.edges.map((e) => e.id)).not.toContain('e-b');
    expect(repairs).toEqual([{ code: 'edge-dropped', path: 'states.current.edges.e-b' }]);
    expect(() => validateDocument(document)).not.toThrow();
    expect(readDocument(b)).toEqual(document);
  });

  it('a kaizen burst pointing at a step someone else deleted loses the pointer, not the burst', () => {
    const doc = line();
    doc.states.current.nodes.push(aKaizen({ title: 'SMED' }, { id: 'k1' }));
    const [a, b] = replicasOf(doc, 2) as [Y.Doc, Y.Doc];
    setNodeData(a, 'current', 'k1', { stepId: 'p2' });
    removeNodes(b, 'current', ['p2']);
    syncAll(a, b);
    const { document, repairs } = readDocumentWithRepairs(a);
    expect(document.states.current.nodes.find((n) => n.id === 'k1')!.data).toEqual({ title: 'SMED' });
    expect(repairs).toContainEqual({ code: 'field-dropped', path: 'states.current.nodes.k1.data.stepId' });
    expect(() => validateDocument(document)).not.toThrow();
  });

  it('two arrows that close a material loop together: the newer one reads as a rework loop', () => {
    const doc = aDocument({ current: { nodes: [aProcess({}, { id: 'p1' }), aProcess({}, { id: 'p2' })] } });
    const [a, b] = replicasOf(doc, 2) as [Y.Doc, Y.Doc];
    addEdges(a, 'current', [anEdge('p1', 'p2', { id: 'e-a' })]);
    addEdges(b, 'current', [anEdge('p2', 'p1', { id: 'e-b' })]);
    syncAll(a, b);
    const { document, repairs } = readDocumentWithRepairs(a);
    // Both arrows have order 0; the id breaks the tie, the same way on every replica.
    expect(document.states.current.edges).toEqual([
      { id: 'e-a', type: 'push', source: 'p1', target: 'p2' },
      { id: 'e-b', type: 'push', source: 'p2', target: 'p1', data: { rework: true } },
    ]);
    expect(repairs).toEqual([{ code: 'edge-made-rework', path: 'states.current.edges.e-b' }]);
    expect(() => validateDocument(document)).not.toThrow();
    expect(readDocument(b)).toEqual(document);
  });

  it('two settings fine alone but over 24 hours a day together: fewer shifts', () => {
    const [a, b] = replicasOf(line(), 2) as [Y.Doc, Y.Doc];
    setSettings(a, 'current', { availableSecondsPerShift: 36_000 });
    setSettings(b, 'current', { shiftsPerDay: 3 });
    syncAll(a, b);
    const { document, repairs } = readDocumentWithRepairs(a);
    // 36,000 s × 3 = 108,000 s > 86,400 s; two shifts of 36,000 s fit.
    expect(document.states.current.settings).toMatchObject({ availableSecondsPerShift: 36_000, shiftsPerDay: 2 });
    expect(repairs).toEqual([{ code: 'setting-repaired', path: 'states.current.settings.shiftsPerDay' }]);
    expect(() => validateDocument(document)).not.toThrow();
  });

  it('a future state started by two people at the same time: one copy wins whole', () => {
    const [a, b] = replicasOf(line(), 2) as [Y.Doc, Y.Doc];
    for (const ydoc of [a, b]) startFutureState(ydoc, startFutureFromCurrent(readDocument(ydoc).states.current, () => newId('f')));
    syncAll(a, b);
    const doc = readDocument(a);
    expect(doc.states.future!.nodes).toHaveLength(5);
    expect(readDocument(b)).toEqual(doc);
    expect(() => validateDocument(doc)).not.toThrow();
  });
});

describe('reading what a faulty or newer peer wrote', () => {
  it('leaves out what the validator would refuse and keeps the rest', () => {
    const ydoc = new Y.Doc();
    writeDocument(ydoc, line());
    ydoc.transact(() => {
      const current = rootMap(ydoc).get('current') as Y.Map<any>;
      const nodes = current.get('nodes') as Y.Map<any>;
      const alien = new Y.Map<unknown>();
      alien.set('type', 'hologram');
      nodes.set('x1', alien);
      const p1 = nodes.get('p1') as Y.Map<any>;
      (p1.get('data') as Y.Map<unknown>).set('uptimePct', 150);
      (p1.get('data') as Y.Map<unknown>).set('__proto__', { polluted: true });
      (p1.get('data') as Y.Map<unknown>).set('link', 'javascript:alert(1)');
      p1.set('position', { x: 'left' });
      (current.get('settings') as Y.Map<unknown>).set('shiftsPerDay', -2);
      rootMap(ydoc).set('title', 'x'.repeat(5_000));
    });
    const { document, repairs } = readDocumentWithRepairs(ydoc);
    expect(() => validateDocument(document)).not.toThrow();
    expect(document.title).toBe('');
    expect(document.states.current.nodes.map((n) => n.id)).toEqual(['s1', 'p1', 'i1', 'p2', 'c1']);
    expect(document.states.current.nodes[1]).toEqual({ id: 'p1', type: 'process', position: { x: 0, y: 0 }, data: { name: 'Stamping', cycleTimeSec: 40 } });
    expect(document.states.current.settings.shiftsPerDay).toBe(2);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(repairs.map((r) => r.code).sort()).toEqual([
      'field-dropped', 'field-dropped', 'field-dropped', 'field-dropped', 'node-dropped', 'position-reset', 'setting-repaired',
    ]);
  });
});
