import { MAX_LABEL_CHARS } from '../../src/domain/limits';
import { sopContents } from '../../src/domain/sop';
import type { SopDraft } from '../../src/domain/types';
import { wordSop } from '../../src/i18n/sop';
import { createEditorStore, type EditorStore } from '../../src/store';
import { aCustomer, aDocument, aLine, aProcess } from '../fixtures/builders';
import { doUndoRedo } from './storeFixture';

/** A future state Cut → Weld → customer, and the generated draft of Cut. */
function sopStore(): { store: EditorStore; base: SopDraft } {
  const future = aLine(aProcess({ name: 'Cut', cycleTimeSec: 30 }, { id: 'p1' }), aProcess({ name: 'Weld', cycleTimeSec: 40 }, { id: 'p2' }), aCustomer({ demandPerDay: 920 }, { id: 'c' }));
  const store = createEditorStore(aDocument({ current: aLine(aProcess({}, { id: 'q1' })), future }));
  const base = wordSop(sopContents(future)[0]!, future, 'en', '2026-12-02');
  return { store, base };
}

const sopOf = (store: EditorStore, stepId: string) => store.getState().document.sops?.[stepId];

describe('SOP commands', () => {
  it('the first edit stores the generated draft with the change, as one undo step', () => {
    const { store, base } = sopStore();
    expect(sopOf(store, 'p1')).toBeUndefined();
    doUndoRedo(store, () => store.getState().setSopText('p1', 'purpose', 'Cut to length, every shift alike.', base));
    expect(sopOf(store, 'p1')).toEqual({ ...base, purpose: 'Cut to length, every shift alike.' });
    store.getState().undo();
    // Undone: the step shows the generated draft again (nothing stored).
    expect(sopOf(store, 'p1')).toBeUndefined();
  });

  it('edits a line, adds, moves and removes lines, each one undo step', () => {
    const { store, base } = sopStore();
    const s = () => store.getState();
    doUndoRedo(store, () => s().setSopItem('p1', 'procedure', 'p2', 'text', 'Measure twice.', base));
    expect(sopOf(store, 'p1')!.procedure.find((p) => p.id === 'p2')!.text).toBe('Measure twice.');

    let added: string | null = null;
    doUndoRedo(store, () => { added = s().addSopItem('p1', 'checklist', 0, base); });
    const checklist = sopOf(store, 'p1')!.checklist;
    expect(checklist[0]).toEqual({ id: added, text: '' });
    expect(checklist).toHaveLength(base.checklist.length + 1);

    const ids = () => sopOf(store, 'p1')!.procedure.map((p) => p.id);
    const first = ids();
    doUndoRedo(store, () => s().moveSopItem('p1', 'procedure', first[0]!, 1, base));
    expect(ids()).toEqual([first[1], first[0], ...first.slice(2)]);

    doUndoRedo(store, () => s().removeSopItem('p1', 'procedure', first[0]!, base));
    expect(ids()).toEqual([first[1], ...first.slice(2)]);

    doUndoRedo(store, () => s().addSopItem('p1', 'revisions', 1, base));
    expect(sopOf(store, 'p1')!.revisions[1]).toMatchObject({ version: '', date: '', change: '', author: '' });
  });

  it('moving the first line up changes nothing and takes no undo step', () => {
    const { store, base } = sopStore();
    store.getState().setSopText('p1', 'title', 'Cutting', base);
    const depth = store.getState().undoDepth;
    const doc = store.getState().document;
    store.getState().moveSopItem('p1', 'roles', 'r1', -1, base);
    expect(store.getState().document).toBe(doc);
    expect(store.getState().undoDepth).toBe(depth);
  });

  it('refuses a text over its limit with a message, changing nothing', () => {
    const { store, base } = sopStore();
    const doc = store.getState().document;
    store.getState().setSopText('p1', 'title', 'x'.repeat(MAX_LABEL_CHARS + 1), base);
    expect(store.getState().document).toBe(doc);
    expect(store.getState().message?.body).toEqual({ message: { code: 'value.tooLong', params: { length: 201, limit: 200 } } });
  });

  it('takes the standards from the map again, keeping the rest of the team text, as one undo step', () => {
    const { store, base } = sopStore();
    store.getState().setSopText('p1', 'purpose', 'Ours', base);
    store.getState().setSopItem('p1', 'standards', 's1', 'value', '25 s', base);
    doUndoRedo(store, () => store.getState().replaceSopList('p1', 'standards', base.standards, base));
    expect(sopOf(store, 'p1')!.standards).toEqual(base.standards);
    expect(sopOf(store, 'p1')!.purpose).toBe('Ours');
  });

  it('drafting again drops the team text (one undo step brings it back)', () => {
    const { store, base } = sopStore();
    store.getState().setSopText('p1', 'scope', 'Our scope', base);
    doUndoRedo(store, () => store.getState().discardSop('p1'));
    expect(sopOf(store, 'p1')).toBeUndefined();
    store.getState().undo();
    expect(sopOf(store, 'p1')!.scope).toBe('Our scope');
  });

  it('an observer changes nothing', () => {
    const { base } = sopStore();
    const future = aLine(aProcess({ name: 'Cut' }, { id: 'p1' }));
    const store = createEditorStore(aDocument({ future }), { readOnly: true });
    store.getState().setSopText('p1', 'title', 'x', base);
    expect(sopOf(store, 'p1')).toBeUndefined();
  });
});
