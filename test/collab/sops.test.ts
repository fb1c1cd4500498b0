// @vitest-environment node
import * as Y from 'yjs';
import { readDocument, readDocumentWithRepairs, writeDocument, writeDocumentChange } from '../../src/collab';
import { rootMap } from '../../src/collab/layout';
import type { SopDraft, VsmDocument } from '../../src/domain/types';
import { createEditorStore } from '../../src/store';
import { aDocument, aLine, aProcess } from '../fixtures/builders';
import { replicasOf, syncAll } from './replicas';

function draft(overrides: Partial<SopDraft> = {}): SopDraft {
  return {
    number: 'SOP-01', title: 'Cut', purpose: 'Cut well.', scope: 'Cutting.',
    roles: [{ id: 'r1', role: 'Team member', duty: 'Cuts.' }],
    procedure: [{ id: 'p1', text: 'Take a bar.' }, { id: 'p2', text: 'Cut it.' }, { id: 'p3', text: 'Put it down.' }],
    standards: [{ id: 's1', item: 'Cycle time', value: '30 s' }],
    checklist: [{ id: 'c1', text: '5S' }],
    revisions: [{ id: 'v1', version: '0', date: '2026-12-02', change: 'First draft', author: '' }],
    ...overrides,
  };
}

const withDraft = (): VsmDocument => aDocument({ future: aLine(aProcess({ name: 'Cut' }, { id: 'p1' })), sops: { p1: draft() } });

/** Applies `change` to the document read from `ydoc`, writing only the difference, as a store does. */
function edit(ydoc: Y.Doc, change: (doc: VsmDocument) => VsmDocument): void {
  const before = readDocument(ydoc);
  ydoc.transact(() => writeDocumentChange(ydoc, before, change(before)));
}

const setDraft = (doc: VsmDocument, stepId: string, patch: (d: SopDraft) => SopDraft): VsmDocument =>
  ({ ...doc, sops: { ...doc.sops, [stepId]: patch(doc.sops![stepId]!) } });

describe('SOP drafts in the shared document', () => {
  it('round-trips: written and read back equal', () => {
    const ydoc = new Y.Doc();
    writeDocument(ydoc, withDraft());
    expect(readDocument(ydoc)).toEqual(withDraft());
  });

  it('two people editing different fields of one draft both win', () => {
    const [alice, bob] = replicasOf(withDraft(), 2);
    edit(alice!, (doc) => setDraft(doc, 'p1', (d) => ({ ...d, purpose: 'Alice purpose' })));
    edit(bob!, (doc) => setDraft(doc, 'p1', (d) => ({ ...d, scope: 'Bob scope' })));
    syncAll(alice!, bob!);
    for (const ydoc of [alice!, bob!]) {
      expect(readDocument(ydoc).sops!.p1).toMatchObject({ purpose: 'Alice purpose', scope: 'Bob scope' });
    }
  });

  it('two people editing different procedure lines, and one adding a line, all win', () => {
    const [alice, bob] = replicasOf(withDraft(), 2);
    edit(alice!, (doc) => setDraft(doc, 'p1', (d) => ({ ...d, procedure: d.procedure.map((p) => (p.id === 'p1' ? { ...p, text: 'Take the oldest bar.' } : p)) })));
    edit(bob!, (doc) => setDraft(doc, 'p1', (d) => ({
      ...d,
      procedure: [...d.procedure.map((p) => (p.id === 'p3' ? { ...p, text: 'Put it in the FIFO lane.' } : p)), { id: 'p-new', text: 'Record it.' }],
    })));
    syncAll(alice!, bob!);
    const texts = readDocument(alice!).sops!.p1!.procedure.map((p) => p.text);
    expect(texts).toEqual(['Take the oldest bar.', 'Cut it.', 'Put it in the FIFO lane.', 'Record it.']);
    expect(readDocument(bob!).sops).toEqual(readDocument(alice!).sops);
  });

  it('two people adding a line at once keep both lines, in the same order on both', () => {
    const [alice, bob] = replicasOf(withDraft(), 2);
    edit(alice!, (doc) => setDraft(doc, 'p1', (d) => ({ ...d, checklist: [...d.checklist, { id: 'c-a', text: 'Alice check' }] })));
    edit(bob!, (doc) => setDraft(doc, 'p1', (d) => ({ ...d, checklist: [...d.checklist, { id: 'c-b', text: 'Bob check' }] })));
    syncAll(alice!, bob!);
    expect(readDocument(alice!).sops!.p1!.checklist.map((c) => c.id)).toEqual(['c1', 'c-a', 'c-b']);
    expect(readDocument(bob!).sops).toEqual(readDocument(alice!).sops);
  });

  it('two stores: a person edits a draft, the other sees it, and undo takes back only their own edit', () => {
    const [one, two] = replicasOf(withDraft(), 2);
    const alice = createEditorStore(withDraft(), { ydoc: one });
    const bob = createEditorStore(withDraft(), { ydoc: two });
    const base = alice.getState().document.sops!.p1!;
    alice.getState().setSopText('p1', 'title', 'Cutting (Alice)', base);
    bob.getState().setSopItem('p1', 'standards', 's1', 'value', '28 s', base);
    syncAll(one!, two!);
    expect(bob.getState().document.sops!.p1).toMatchObject({ title: 'Cutting (Alice)', standards: [{ id: 's1', item: 'Cycle time', value: '28 s' }] });
    alice.getState().undo();
    syncAll(one!, two!);
    expect(bob.getState().document.sops!.p1).toMatchObject({ title: 'Cut', standards: [{ value: '28 s' }] });
  });

  it('a map kept before SOP drafts gets their empty map on opening, outside any undo', () => {
    const ydoc = new Y.Doc();
    writeDocument(ydoc, aDocument());
    rootMap(ydoc).delete('sops');
    const store = createEditorStore(aDocument(), { ydoc });
    expect(rootMap(ydoc).get('sops')).toBeInstanceOf(Y.Map);
    expect(store.getState().document.sops).toEqual({});
    expect(store.getState().undoDepth).toBe(0);
  });

  it('reads a faulty peer\'s draft as a valid one: a too-long text emptied, a non-map item left out', () => {
    const ydoc = new Y.Doc();
    writeDocument(ydoc, withDraft());
    const d = (rootMap(ydoc).get('sops') as Y.Map<unknown>).get('p1') as Y.Map<unknown>;
    d.set('title', 'x'.repeat(300));
    (d.get('procedure') as Y.Map<unknown>).set('bad', 'not a map');
    const { document, repairs } = readDocumentWithRepairs(ydoc);
    expect(document.sops!.p1!.title).toBe('');
    expect(document.sops!.p1!.procedure.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
    expect(repairs).toEqual([
      { code: 'sop-field-dropped', path: 'sops.p1.title' },
      { code: 'sop-field-dropped', path: 'sops.p1.procedure.bad' },
    ]);
  });

  it('keeps unchanged drafts as the same objects when something else changes', () => {
    const ydoc = new Y.Doc();
    writeDocument(ydoc, withDraft());
    const first = readDocument(ydoc);
    edit(ydoc, (doc) => ({ ...doc, title: 'Renamed' }));
    const second = readDocument(ydoc, { previous: first });
    expect(second.title).toBe('Renamed');
    expect(second.sops).toBe(first.sops);
  });
});
