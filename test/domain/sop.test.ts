// @vitest-environment node
import { readFileSync } from 'node:fs';
import { sopContents, sopSteps } from '../../src/domain/sop';
import { parseDocumentText, validateDocument } from '../../src/domain/validate';
import { sopEntries, wordSop } from '../../src/i18n/sop';
import { aCustomer, aDocument, aLine, aNode, anEdge, aProcess, aSupplier } from '../fixtures/builders';

const sample = (name: string) => parseDocumentText(readFileSync(`public/samples/${name}.json`, 'utf8'));
const NBSP = '\u00a0';

describe('SOP content of the steering-bracket future state', () => {
  const doc = sample('steering-bracket');
  const future = doc.states.future!;
  const contents = sopContents(future, doc.product);

  it('has one SOP per process and work cell, in flow order', () => {
    expect(contents.map((c) => [c.step.id, c.sequence, c.total])).toEqual([
      ['f-stamping', 1, 3], ['f-cell', 2, 3], ['f-shipping', 3, 3],
    ]);
  });

  it('says what feeds the cell and how: the supermarket by withdrawal kanban, up to its maximum', () => {
    const cell = contents[1]!;
    expect(cell.inputs).toEqual([{ node: { id: 'f-market-stamped', type: 'supermarket' }, signal: 'kanban', maxQuantity: 1_840, rework: false }]);
    expect(cell.outputs).toEqual([{ node: { id: 'f-fifo-shipping', type: 'fifo' }, signal: 'fifo', maxQuantity: 920, rework: false }]);
    expect(cell.cell).toBe(true);
  });

  it('puts cycle time against takt with the load: takt 55,200 s / 920 a day = 60 s; 56 s / 60 s = 93.3 %', () => {
    const cycle = contents[1]!.standards[0]!;
    expect(cycle.code).toBe('cycleTime');
    if (cycle.code !== 'cycleTime') return;
    expect(cycle.cycleTimeSec).toBe(56);
    expect(cycle.taktTimeSec).toBe(60);
    expect(cycle.loadPct).toBeCloseTo(93.33, 2);
    expect(contents[1]!.standards.map((s) => s.code)).toEqual([
      'cycleTime', 'processingTime', 'changeover', 'uptime', 'scrap', 'operators', 'laneMax', 'laneMax',
    ]);
  });

  it('starts stamping on the signal kanban of 300 and changes over in 600 s', () => {
    const stamping = contents[0]!;
    expect(stamping.instructions).toEqual([{ node: { id: 'f-kanban-signal', type: 'kanban-signal' }, kind: 'signalKanban', quantity: 300, pattern: null }]);
    expect(stamping.procedure.map((p) => p.code)).toEqual(['instruction', 'takeIn', 'changeover', 'work', 'checkQuality', 'handOver', 'record']);
  });

  it('words the cell in English and Indonesian, numbers as each language writes them', () => {
    const en = wordSop(contents[1]!, future, 'en', '2026-12-02');
    expect(en.number).toBe('SOP-02');
    expect(en.title).toBe('Standard work at Weld + assembly cell');
    expect(en.standards[0]).toEqual({ id: 's1', item: 'Cycle time (C/T) against takt time', value: `56${NBSP}s against takt 60${NBSP}s, load 93%` });
    expect(en.procedure.map((p) => p.text)).toContain(
      `Put finished items at the end of FIFO lane after Weld + assembly cell; when it holds 920${NBSP}units, stop and call the team leader.`,
    );
    expect(en.revisions).toEqual([{ id: 'v1', version: '0', date: '2026-12-02', change: 'First draft from the future-state map', author: '' }]);
    const id = wordSop(contents[1]!, future, 'id', '2026-12-02');
    expect(id.title).toBe('Kerja standar di Weld + assembly cell');
    expect(id.standards.find((s) => s.item.startsWith('Maksimum di Supermarket'))?.value).toBe(`1.840${NBSP}unit`);
    expect(id.checklist[0]!.text).toBe('Setiap kontainer yang diambil dari Supermarket setelah Stamping disertai kanban pengambilannya.');
  });

  it('every generated draft is a valid draft of the file format', () => {
    const sops = Object.fromEntries(contents.map((c) => [c.step.id, wordSop(c, future, 'id', '2026-12-02')]));
    expect(validateDocument({ ...doc, sops }).sops).toEqual(sops);
  });
});

describe('SOP content of the office future state (service SOPs)', () => {
  const doc = sample('order-to-cash-office');
  const contents = sopContents(doc.states.future!, doc.product);

  it('gives the order desk, scheduling, complaint handling and invoicing an SOP each', () => {
    expect(contents.map((c) => c.step.id)).toEqual(['f-cell', 'f-scheduling', 'f-complaints', 'f-invoicing']);
  });

  it('has scheduling take its pitch from the heijunka box and the oldest order from the FIFO lane', () => {
    const scheduling = wordSop(contents[1]!, doc.states.future!, 'en', '2026-12-02');
    expect(scheduling.procedure.slice(0, 2).map((p) => p.text)).toEqual([
      'Take the next pitch of work from Load leveling (Release 8 orders every hour); never work ahead of it.',
      'Take the oldest item from FIFO lane after Order desk cell (first in, first out).',
    ]);
    // Takt 27,000 s / 60 orders = 450 s; 180 s / (450 s × 90 %) = 44.4 %.
    expect(scheduling.standards[0]!.value).toBe(`180${NBSP}s against takt 450${NBSP}s, load 44%`);
  });
});

describe('sopSteps', () => {
  it('orders steps by the material flow, not by the file', () => {
    const later = aProcess({ name: 'Weld' }, { id: 'p2' });
    const first = aProcess({ name: 'Cut' }, { id: 'p1' });
    const state = { nodes: [later, aSupplier({}, { id: 's' }), first], edges: [anEdge('s', 'p1'), anEdge('p1', 'p2')] };
    expect(sopSteps(state).map((n) => n.id)).toEqual(['p1', 'p2']);
  });
});

describe('sopEntries', () => {
  it('shows the team draft where there is one, the generated one elsewhere, and keeps drafts of removed steps apart', () => {
    const map = aLine(aProcess({ name: 'Cut', cycleTimeSec: 30 }, { id: 'p1' }), aProcess({ name: 'Weld' }, { id: 'p2' }), aCustomer({ demandPerDay: 100 }, { id: 'c' }));
    const stored = { ...wordSop(sopContents(map)[0]!, map, 'en', '2026-01-01'), title: 'Cutting, our way' };
    const orphan = { ...stored, title: 'Old step' };
    const doc = aDocument({ current: map, future: map, sops: { p1: stored, gone: orphan } });
    const { entries, orphans } = sopEntries(doc, 'en', '2026-12-02');
    expect(entries.map((e) => [e.stepId, e.edited, e.draft.title])).toEqual([
      ['p1', true, 'Cutting, our way'], ['p2', false, 'Standard work at Weld'],
    ]);
    expect(entries[0]!.generated.title).toBe('Standard work at Cut');
    expect(orphans.map((e) => [e.stepId, e.draft.title])).toEqual([['gone', 'Old step']]);
  });

  it('has no SOPs without a future state', () => {
    expect(sopEntries(aDocument({ current: aLine(aProcess({}, { id: 'p1' })) }), 'en', '2026-12-02').entries).toEqual([]);
  });

  it('words an unnamed step and an information arrow from the customer', () => {
    const map = {
      nodes: [aNode('process', {}, { id: 'p1' }), aCustomer({ name: 'Dealers' }, { id: 'c' }), aNode('note', { text: 'x' }, { id: 'n' })],
      edges: [anEdge('p1', 'c', { type: 'material' }), anEdge('c', 'p1', { id: 'i', type: 'manual-info' })],
    };
    const draft = wordSop(sopContents(aDocument({ current: map }).states.current)[0]!, map, 'id', '2026-12-02');
    expect(draft.title).toBe('Kerja standar di Proses');
    expect(draft.procedure[0]!.text).toBe('Terima permintaan dari Dealers saat datang.');
    expect(draft.procedure.at(-2)!.text).toBe('Serahkan barang ke Dealers.');
  });
});

describe('SOP drafts in a file: bad input gets a structured error with its path', () => {
  const good = () => ({
    number: 'SOP-01', title: 'Cut', purpose: '', scope: '',
    roles: [], procedure: [{ id: 'p1', text: 'Cut.' }], standards: [], checklist: [], revisions: [],
  });
  const fileWith = (sops: unknown) => JSON.stringify({ ...aDocument({ current: aLine(aProcess({}, { id: 'p1' })) }), sops });
  const refusal = (sops: unknown) => {
    try {
      parseDocumentText(fileWith(sops));
    } catch (error) {
      const e = error as { path: string; problem: unknown };
      return { path: e.path, problem: e.problem };
    }
    throw new Error('expected a refusal');
  };

  it.each([
    ['not an object', [], { path: 'sops', problem: { code: 'value.wrongShape', params: { expected: 'sopDrafts', got: { kind: 'list' } } } }],
    ['a draft that is text', { p1: 'x' }, { path: 'sops.p1', problem: { code: 'value.wrongShape', params: { expected: 'sopDraft', got: { kind: 'text', text: 'x' } } } }],
    ['a title too long', { p1: { ...good(), title: 'x'.repeat(201) } }, { path: 'sops.p1.title', problem: { code: 'value.tooLong', params: { length: 201, limit: 200 } } }],
    ['a purpose that is a number', { p1: { ...good(), purpose: 5 } }, { path: 'sops.p1.purpose', problem: { code: 'value.notText', params: { got: { kind: 'number', text: '5' } } } }],
    ['a line without id', { p1: { ...good(), procedure: [{ text: 'x' }] } }, { path: 'sops.p1.procedure[0].id', problem: { code: 'value.missing', params: {} } }],
    ['two lines with one id', { p1: { ...good(), checklist: [{ id: 'c', text: 'a' }, { id: 'c', text: 'b' }] } }, { path: 'sops.p1.checklist[1].id', problem: { code: 'value.duplicateItemId', params: { id: 'c', firstIndex: 0 } } }],
    ['too many lines', { p1: { ...good(), procedure: Array.from({ length: 201 }, (_, i) => ({ id: `p${i}`, text: '' })) } }, { path: 'sops.p1.procedure', problem: { code: 'value.tooManyItems', params: { count: 201, limit: 200 } } }],
    ['a revision field too long', { p1: { ...good(), revisions: [{ id: 'v', version: '1', date: '', change: 'x'.repeat(5_001), author: '' }] } }, { path: 'sops.p1.revisions[0].change', problem: { code: 'value.tooLong', params: { length: 5_001, limit: 5_000 } } }],
  ])('%s', (_what, sops, expected) => {
    expect(refusal(sops)).toEqual(expected);
  });

  it('refuses a __proto__ key among the drafts', () => {
    expect(refusal(JSON.parse('{"__proto__": {}}'))).toEqual({ path: 'sops.__proto__', problem: { code: 'value.forbiddenKey', params: { key: '__proto__' } } });
  });

  it('fills missing texts and lists, and keeps fields it does not know', () => {
    const doc = parseDocumentText(fileWith({ p1: { title: 'Cut', approvedBy: 'Plant manager', procedure: [{ id: 'p1' }] } }));
    expect(doc.sops!.p1).toEqual({
      title: 'Cut', approvedBy: 'Plant manager', procedure: [{ id: 'p1', text: '' }],
      number: '', purpose: '', scope: '', roles: [], standards: [], checklist: [], revisions: [],
    });
  });

  it('keeps HTML in a draft as the text it is', () => {
    const doc = parseDocumentText(fileWith({ p1: { ...good(), title: '<img src=x onerror=alert(1)>' } }));
    expect(doc.sops!.p1!.title).toBe('<img src=x onerror=alert(1)>');
  });
});
