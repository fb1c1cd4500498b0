// @vitest-environment node
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  MAX_PERSON_NAME_CHARS, PERSON_COLOURS, createPointerPublisher, defaultColour, readOthers, readPerson,
  setLocalMap, setLocalPerson, setLocalPointer, setLocalSelection,
} from '../../src/collab/presence';

const RELAY = 'relay';

/** Awareness of a page on its own Y.Doc, as a provider would hold it. */
function page(): Awareness {
  return new Awareness(new Y.Doc());
}

/** Relays every awareness change between the pages, both ways, as the room server does. */
function link(...pages: Awareness[]): () => void {
  const offs = pages.map((from) => {
    const onUpdate = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      if (origin === RELAY) return;
      const update = encodeAwarenessUpdate(from, [...added, ...updated, ...removed]);
      for (const to of pages) if (to !== from) applyAwarenessUpdate(to, update, RELAY);
    };
    from.on('update', onUpdate);
    return () => from.off('update', onUpdate);
  });
  return () => offs.forEach((off) => off());
}

let pages: Awareness[] = [];
function pair(): [Awareness, Awareness] {
  const a = page();
  const b = page();
  pages.push(a, b);
  link(a, b);
  return [a, b];
}

afterEach(() => {
  for (const awareness of pages) awareness.destroy();
  pages = [];
  vi.useRealTimers();
});

describe('presence in awareness', () => {
  it("brings A's name, colour, selection, map and pointer to B, and nothing of B's own", () => {
    const [a, b] = pair();
    setLocalPerson(a, { name: 'Sari', colour: '#00695c' });
    setLocalSelection(a, { nodeIds: ['p-1', 'i-2'], edgeIds: ['e-3'] });
    setLocalMap(a, 'future');
    setLocalPointer(a, { x: 120.5, y: -40 });
    setLocalPerson(b, { name: 'Budi', colour: '#c62828' });

    expect(readOthers(b)).toEqual([{
      clientId: a.clientID, name: 'Sari', colour: '#00695c',
      selection: { nodeIds: ['p-1', 'i-2'], edgeIds: ['e-3'] }, pointer: { x: 120.5, y: -40 }, map: 'future',
    }]);
    expect(readOthers(a).map((person) => person.name)).toEqual(['Budi']);

    setLocalPointer(a, null);
    expect(readOthers(b)[0]?.pointer).toBeNull();
  });

  it('lists a person without selection or pointer yet with empty ones, on the current map', () => {
    const [a, b] = pair();
    setLocalPerson(a, { name: 'Sari', colour: '#00695c' });
    expect(readOthers(b)).toEqual([{
      clientId: a.clientID, name: 'Sari', colour: '#00695c', selection: { nodeIds: [], edgeIds: [] }, pointer: null, map: 'current',
    }]);
  });

  it('removes a person who leaves', () => {
    const [a, b] = pair();
    setLocalPerson(a, { name: 'Sari', colour: '#00695c' });
    expect(readOthers(b)).toHaveLength(1);
    a.setLocalState(null); // what the provider does on disconnect and on closing the tab
    expect(readOthers(b)).toEqual([]);
  });

  it('ignores remote state of the wrong types, keeping only what checks', () => {
    const [, b] = pair();
    const bad = page();
    pages.push(bad);
    link(bad, b);

    // No usable person: not listed at all.
    for (const state of [
      { user: { name: 42, colour: '#c62828' } },
      { user: { name: 'Eko', colour: 'red; background: url(x)' } },
      { user: { name: '   ', colour: '#c62828' } },
      { user: ['Eko', '#c62828'] },
      { selection: { nodeIds: ['p-1'] } },
    ]) {
      bad.setLocalState(state);
      expect(readOthers(b)).toEqual([]);
    }

    // A person with broken parts: the parts are dropped, the person stays.
    bad.setLocalState({
      user: { name: `  Eko \n  ${'x'.repeat(100)}`, colour: '#ABCDEF', admin: true },
      selection: { nodeIds: ['p-1', 7, null, '', { id: 'p-2' }, 'y'.repeat(201)], edgeIds: 'e-1' },
      pointer: { x: '10', y: 5 },
      map: 'somewhere',
    });
    const eko = readOthers(b)[0]!;
    expect(eko.name).toBe(`Eko ${'x'.repeat(MAX_PERSON_NAME_CHARS - 4)}`);
    expect(eko.colour).toBe('#abcdef');
    expect(eko.selection).toEqual({ nodeIds: ['p-1'], edgeIds: [] });
    expect(eko.pointer).toBeNull();
    expect(eko.map).toBe('current');
    expect(Object.keys(eko).sort()).toEqual(['clientId', 'colour', 'map', 'name', 'pointer', 'selection']);

    // Numbers that are not numbers on arrival (JSON turns Infinity into null) or absurdly far.
    bad.setLocalState({ user: { name: 'Eko', colour: '#abcdef' }, pointer: { x: Infinity, y: 1 } });
    expect(readOthers(b)[0]?.pointer).toBeNull();
    bad.setLocalState({ user: { name: 'Eko', colour: '#abcdef' }, pointer: { x: 1e300, y: 1 } });
    expect(readOthers(b)[0]?.pointer).toBeNull();
  });

  it('sends the pointer at most every 50 ms, the latest point last; leaving clears it at once', () => {
    vi.useFakeTimers();
    const [a, b] = pair();
    setLocalPerson(a, { name: 'Sari', colour: '#00695c' });
    const seen: unknown[] = [];
    b.on('change', () => seen.push(readOthers(b)[0]?.pointer));
    const pointer = createPointerPublisher(a, 50);

    pointer.move({ x: 1, y: 1 }); // sent at once
    vi.advanceTimersByTime(10);
    pointer.move({ x: 2, y: 2 });
    vi.advanceTimersByTime(10);
    pointer.move({ x: 3, y: 3 }); // the latest of the two waits for the 50 ms slot
    expect(seen).toEqual([{ x: 1, y: 1 }]);
    vi.advanceTimersByTime(30);
    expect(seen).toEqual([{ x: 1, y: 1 }, { x: 3, y: 3 }]);

    // 60 moves over 1 s (one per frame at 60 Hz): at most 20 sends.
    seen.length = 0;
    for (let i = 0; i < 60; i += 1) {
      pointer.move({ x: 10 + i, y: 0 });
      vi.advanceTimersByTime(1000 / 60);
    }
    vi.advanceTimersByTime(50);
    expect(seen.length).toBeLessThanOrEqual(21);
    expect(seen.length).toBeGreaterThanOrEqual(19);
    expect(seen.at(-1)).toEqual({ x: 69, y: 0 });

    pointer.move({ x: 500, y: 500 });
    pointer.move({ x: 600, y: 600 });
    pointer.leave();
    vi.advanceTimersByTime(100);
    expect(readOthers(b)[0]?.pointer).toBeNull();
    pointer.dispose();
  });
});

describe('people', () => {
  it('reads a remembered person, trimmed, and refuses anything else', () => {
    expect(readPerson({ name: ' Sari  Dewi ', colour: '#00695C' })).toEqual({ name: 'Sari Dewi', colour: '#00695c' });
    expect(readPerson(null)).toBeNull();
    expect(readPerson('Sari')).toBeNull();
    expect(readPerson({ name: 'Sari' })).toBeNull();
    expect(readPerson({ name: 'Sari', colour: '#0069' })).toBeNull();
  });

  it('keeps a name of emoji whole when cutting it', () => {
    const name = '🙂'.repeat(MAX_PERSON_NAME_CHARS + 5);
    expect([...readPerson({ name, colour: '#00695c' })!.name]).toHaveLength(MAX_PERSON_NAME_CHARS);
  });

  it('offers ten distinct colours, each readable on white and under white text (4.5:1)', () => {
    // WCAG relative luminance; white is 1, so the ratio is 1.05 / (L + 0.05).
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    expect(new Set(PERSON_COLOURS).size).toBe(10);
    for (const colour of PERSON_COLOURS) expect(1.05 / (luminance(colour) + 0.05)).toBeGreaterThanOrEqual(4.5);
    expect(PERSON_COLOURS).toContain(defaultColour(123456789));
    expect(PERSON_COLOURS).toContain(defaultColour(-7));
    expect(defaultColour(3)).not.toBe(defaultColour(4));
  });
});
