import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { readDocument, writeDocument } from '../../src/collab';
import type { VsmDocument } from '../../src/domain/types';
import { parseDocumentText } from '../../src/domain/validate';
import { filterMaps, openMapLibrary, PICTURE_NODE_LIMIT, pictureOf, type MapEntry } from '../../src/io/mapLibrary';
import { blankDocument } from '../../src/store';
import { aDocument, aProcess } from '../fixtures/builders';

const sample = parseDocumentText(readFileSync('public/samples/steering-bracket.json', 'utf8'));

let run = 0;
/** A library on its own databases, with a clock the test moves by hand (1 s a call) and ids m1, m2 … */
function aLibrary() {
  run += 1;
  let clock = 1_000_000;
  let ids = 0;
  return openMapLibrary({
    name: `library-test-${run}`,
    firstDatabase: () => `first-map-${run}`,
    now: () => (clock += 1_000),
    newId: () => `r${run}m${++ids}`,
  });
}

/** What a map's database holds, read the way the editor opens it. */
async function stored(database: string): Promise<VsmDocument> {
  const ydoc = new Y.Doc();
  const persistence = new IndexeddbPersistence(database, ydoc);
  await persistence.whenSynced;
  const doc = readDocument(ydoc);
  await persistence.destroy();
  return doc;
}

const titles = (maps: MapEntry[]) => maps.map((m) => m.title);

describe('the map library', () => {
  it('starts with the map kept before, pointing at its database as it is', async () => {
    const library = aLibrary();
    const [first, ...others] = await library.list();
    expect(others).toEqual([]);
    expect(first).toMatchObject({ id: 'first', database: `first-map-${run}`, deletedAt: null });
    // Asked again, no second entry: migration happens once.
    expect(await library.list()).toHaveLength(1);
    // Deleted for good, the first map does not come back.
    await library.moveToBin('first');
    await library.deleteForever('first');
    expect(await library.list()).toEqual([]);
    expect(await library.list({ bin: true })).toEqual([]);
  });

  it('makes a new map from a template: its content stored in its own database, listed with title, product and picture', async () => {
    const library = aLibrary();
    const made = await library.create(sample);
    expect(made.database).toBe(`arus-map-${made.id}`);
    expect(made).toMatchObject({ title: sample.title, product: sample.product ?? '', deletedAt: null });
    // The sample's 25 symbols are fewer than the cap: all of them drawn.
    expect(made.picture?.nodes).toHaveLength(25);
    expect((await stored(made.database)).states.current.nodes).toHaveLength(25);

    const blank = await library.create(blankDocument(), 'Line 3');
    expect(blank.title).toBe('Line 3');
    expect((await stored(blank.database)).title).toBe('Line 3');
    // Newest change first: the blank map, the sample, then the first map.
    expect(titles(await library.list())).toEqual(['Line 3', sample.title, '']);
  });

  it('renames a map in the list and inside the map', async () => {
    const library = aLibrary();
    const made = await library.create(blankDocument('Draft'));
    await library.rename(made.id, '  Gearbox housing ');
    expect((await library.get(made.id)).title).toBe('Gearbox housing');
    expect((await stored(made.database)).title).toBe('Gearbox housing');
    // An empty title is refused: the map keeps its name.
    await library.rename(made.id, '   ');
    expect((await library.get(made.id)).title).toBe('Gearbox housing');
  });

  it('duplicates a map into a new database, the original untouched', async () => {
    const library = aLibrary();
    const original = await library.create(sample);
    const copy = await library.duplicate(original.id, 'Copy of the bracket');
    expect(copy.id).not.toBe(original.id);
    expect(copy.database).not.toBe(original.database);
    const copied = await stored(copy.database);
    expect(copied.title).toBe('Copy of the bracket');
    expect(copied.states.current.nodes).toEqual((await stored(original.database)).states.current.nodes);
    expect((await stored(original.database)).title).toBe(sample.title);
    expect(await library.list()).toHaveLength(3);
  });

  it('moves a map to the bin and restores it; deleting for good works only from the bin', async () => {
    const library = aLibrary();
    const kept = await library.create(blankDocument('Kept'));
    const binned = await library.create(blankDocument('Binned'));
    await library.moveToBin(binned.id);
    expect(titles(await library.list())).toEqual(['Kept', '']);
    expect(titles(await library.list({ bin: true }))).toEqual(['Binned']);
    // In the bin, the map is not what `/` opens.
    await library.markOpened(binned.id, blankDocument('Binned'));
    expect((await library.lastOpened())?.id).not.toBe(binned.id);

    await library.restore(binned.id);
    expect(titles(await library.list())).toEqual(['Binned', 'Kept', '']);
    expect(await library.list({ bin: true })).toEqual([]);
    // Its content was never touched.
    expect((await stored(binned.database)).title).toBe('Binned');

    await expect(library.deleteForever(kept.id)).rejects.toThrow(/bin/);
    expect(await library.list()).toHaveLength(3);
    await library.moveToBin(kept.id);
    await library.deleteForever(kept.id);
    expect(titles(await library.list({ bin: true }))).toEqual([]);
    await expect(library.get(kept.id)).rejects.toThrow();
  });

  it('finds maps by title or product, whatever the case and accents', async () => {
    const library = aLibrary();
    await library.create({ ...blankDocument('Steering bracket'), product: 'Brackets L/R' });
    await library.create({ ...blankDocument('Pabrik Cikárang'), product: 'Gearbox' });
    await library.create(blankDocument('Order to cash'));
    expect(titles(await library.search('BRACKET'))).toEqual(['Steering bracket']);
    expect(titles(await library.search('cikarang'))).toEqual(['Pabrik Cikárang']);
    expect(titles(await library.search('gearbox'))).toEqual(['Pabrik Cikárang']);
    // Every word must be found: "order" and "cash" in one title, "order" and "gearbox" in none.
    expect(titles(await library.search('cash order'))).toEqual(['Order to cash']);
    expect(await library.search('order gearbox')).toEqual([]);
    // An empty search lists them all.
    expect(await library.search('  ')).toHaveLength(4);
  });

  it('opens the most recently opened map at /; an edit updates the list', async () => {
    const library = aLibrary();
    const a = await library.create(blankDocument('A'));
    const b = await library.create(blankDocument('B'));
    await library.markOpened(b.id, blankDocument('B'));
    await library.markOpened(a.id, blankDocument('A'));
    expect((await library.lastOpened())?.id).toBe(a.id);

    const before = (await library.get(b.id)).updatedAt;
    await library.touch(b.id, { ...blankDocument('B renamed'), product: 'Axles' });
    const after = await library.get(b.id);
    expect(after).toMatchObject({ title: 'B renamed', product: 'Axles' });
    expect(after.updatedAt).toBeGreaterThan(before);
    expect(titles(await library.list())[0]).toBe('B renamed');
  });
});

describe('named versions', () => {
  it('saves, lists newest first, reads and restores a version; the content before restoring is kept as a version too', async () => {
    const library = aLibrary();
    const made = await library.create(blankDocument('Before day 2'));
    const ydoc = new Y.Doc();
    writeDocument(ydoc, await stored(made.database));

    const day1 = await library.saveVersion(made.id, ' before day 2 ', ydoc);
    expect(day1.name).toBe('before day 2');
    writeDocument(ydoc, aDocument({ title: 'After day 2', current: { nodes: [aProcess({ name: 'Weld' })] } }));
    await library.saveVersion(made.id, 'after day 2', ydoc);
    // Another map's versions are not listed with this one's.
    await library.saveVersion('someone-else', 'other', ydoc);

    expect((await library.listVersions(made.id)).map((v) => v.name)).toEqual(['after day 2', 'before day 2']);
    const looked = await library.readVersion(day1.id);
    expect(looked.title).toBe('Before day 2');
    expect(looked.states.current.nodes.map((n) => n.type)).toEqual(['supplier', 'customer']);

    const replaced: VsmDocument[] = [];
    await library.restoreVersion(made.id, day1.id, {
      ydoc, beforeName: 'before restoring "before day 2"', replace: (doc) => replaced.push(doc),
    });
    expect(replaced.map((d) => d.title)).toEqual(['Before day 2']);
    const listed = await library.listVersions(made.id);
    expect(listed.map((v) => v.name)).toEqual(['before restoring "before day 2"', 'after day 2', 'before day 2']);
    // What was there before the restore can itself be looked at.
    expect((await library.readVersion(listed[0]!.id)).title).toBe('After day 2');
  });

  it('deleting a map for good deletes its versions', async () => {
    const library = aLibrary();
    const made = await library.create(blankDocument('Gone'));
    const ydoc = new Y.Doc();
    writeDocument(ydoc, blankDocument('Gone'));
    const version = await library.saveVersion(made.id, 'v1', ydoc);
    await library.moveToBin(made.id);
    await library.deleteForever(made.id);
    expect(await library.listVersions(made.id)).toEqual([]);
    await expect(library.readVersion(version.id)).rejects.toThrow();
  });
});

describe('the picture of a map', () => {
  it('draws at most the cap of symbols, and only the arrows between those drawn', () => {
    const nodes = Array.from({ length: PICTURE_NODE_LIMIT + 10 }, (_, i) => aProcess({ name: `Step ${i}` }, { id: `p${i}` }));
    const doc = aDocument({
      current: {
        nodes,
        edges: [
          { id: 'e1', type: 'push', source: 'p0', target: 'p1' },
          { id: 'e2', type: 'push', source: `p${PICTURE_NODE_LIMIT - 1}`, target: `p${PICTURE_NODE_LIMIT}` },
        ],
      },
    });
    const picture = pictureOf(doc);
    expect(picture.nodes).toHaveLength(PICTURE_NODE_LIMIT);
    expect(picture.totalNodes).toBe(PICTURE_NODE_LIMIT + 10);
    expect(picture.edges).toEqual([{ source: 'p0', target: 'p1' }]);
  });

  it('cuts long text short', () => {
    const doc = aDocument({ current: { nodes: [aProcess({ name: 'x'.repeat(100) }, { id: 'p1' })] } });
    expect((pictureOf(doc).nodes[0]!.data as { name: string }).name).toBe(`${'x'.repeat(39)}…`);
  });
});

describe('filterMaps', () => {
  it('keeps the order it was given', () => {
    const entry = (title: string) => ({ title, product: '' }) as MapEntry;
    expect(filterMaps([entry('Line B'), entry('Line A'), entry('Other')], 'line').map((m) => m.title)).toEqual(['Line B', 'Line A']);
  });
});
