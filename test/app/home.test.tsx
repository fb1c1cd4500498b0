import 'fake-indexeddb/auto';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { App } from '../../src/app/App';
import { createSessionStatus } from '../../src/app/session/status';
import type { Session } from '../../src/app/session/start';
import { openMapLibrary, type MapLibrary } from '../../src/io/mapLibrary';
import { blankDocument, createEditorStore, type EditorStore } from '../../src/store';
import { aDocument, aProcess } from '../fixtures/builders';

// Opening a map loads another page; here the tests only note which map was asked for.
const navigation = vi.hoisted(() => ({ opened: [] as string[] }));
vi.mock('../../src/app/home/navigate', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/app/home/navigate')>()),
  goToMap: async (_session: unknown, id: string) => {
    navigation.opened.push(id);
  },
}));

const SAMPLE_TEXT = readFileSync('public/samples/steering-bracket.json', 'utf8');
const INDEX_TEXT = readFileSync('public/samples/index.json', 'utf8');

/** Noon on 15 January 2026 (UTC), one second more per change: the same day in any time zone. */
const NOON = Date.UTC(2026, 0, 15, 12);

let run = 0;
async function aHome(): Promise<{ library: MapLibrary; store: EditorStore; session: Session; openId: string }> {
  run += 1;
  let clock = NOON;
  let ids = 0;
  const library = openMapLibrary({
    name: `home-test-${run}`, firstDatabase: () => `home-first-${run}`,
    now: () => (clock += 1_000), newId: () => `h${run}n${++ids}`,
  });
  // The first map (kept before) is moved to the bin so the list holds only what the test makes.
  await library.moveToBin('first');
  await library.deleteForever('first');
  await library.create({ ...blankDocument('Gearbox housing'), product: 'Housings' });
  await library.create({ ...blankDocument('Pabrik Cikárang'), product: 'Brackets' });
  const openDoc = aDocument({ title: 'Axle line', product: 'Axles', current: { nodes: [aProcess({ name: 'Turn' }, { id: 'p1' })] } });
  const open = await library.create(openDoc);
  const store = createEditorStore(openDoc);
  const session: Session = {
    store, status: createSessionStatus(), room: null, shareOnOpen: false, library, mapId: open.id,
    wouldLoseEdits: () => false, rescue: () => {}, flushed: async () => {},
  };
  return { library, store, session, openId: open.id };
}

function dialog() {
  return screen.getByRole('dialog', { name: 'Maps in this browser', hidden: true });
}

async function openHome() {
  fireEvent.click(screen.getByRole('button', { name: 'Maps' }));
  await waitFor(() => expect(within(dialog()).getAllByRole('heading', { level: 3 }).length).toBeGreaterThan(0));
}

const cardTitles = () => within(dialog()).queryAllByRole('heading', { level: 3 }).map((h) => h.textContent);

beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) { this.open = true; };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) { this.open = false; };
});

beforeEach(() => {
  navigation.opened.length = 0;
  vi.stubGlobal('fetch', async (url: string) => {
    if (url === 'samples/index.json') return new Response(INDEX_TEXT);
    if (url === 'samples/steering-bracket.json') return new Response(SAMPLE_TEXT);
    return new Response('', { status: 404 });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the list of maps', () => {
  it('shows every map as a card, the newest change first, with product, last change and picture; the open one marked', async () => {
    const { store, session } = await aHome();
    render(<App store={store} session={session} language="en" />);
    await openHome();
    expect(cardTitles()).toEqual(['Axle line', 'Pabrik Cikárang', 'Gearbox housing']);
    const axle = screen.getByRole('listitem', { name: 'Axle line' });
    expect(axle).toHaveTextContent('Axles');
    expect(axle).toHaveTextContent('Changed Jan 15, 2026');
    // One process on the open map: one symbol drawn in its picture.
    expect(axle).toHaveTextContent('1 symbol');
    expect(within(axle).getByRole('img', { name: 'Picture of the map "Axle line"' }).querySelectorAll('[data-type="process"]')).toHaveLength(1);
    expect(axle).toHaveTextContent('Open here');
    expect(within(screen.getByRole('listitem', { name: 'Gearbox housing' })).getByRole('link', { name: 'Open "Gearbox housing"' })).toBeInTheDocument();
  });

  it('finds maps by title or product, whatever the case and accents', async () => {
    const { store, session } = await aHome();
    render(<App store={store} session={session} language="en" />);
    await openHome();
    const search = screen.getByRole('searchbox', { name: 'Search by title or product' });
    fireEvent.change(search, { target: { value: 'cikarang' } });
    expect(cardTitles()).toEqual(['Pabrik Cikárang']);
    fireEvent.change(search, { target: { value: 'HOUSINGS' } });
    expect(cardTitles()).toEqual(['Gearbox housing']);
    fireEvent.change(search, { target: { value: 'turbine' } });
    expect(cardTitles()).toEqual([]);
    expect(dialog()).toHaveTextContent('No map has "turbine" in its title or product.');
  });

  it('renames a map; renaming the open map is an edit of it, which Undo takes back', async () => {
    const { library, store, session } = await aHome();
    render(<App store={store} session={session} language="en" />);
    await openHome();
    fireEvent.click(screen.getByRole('button', { name: 'Rename: Gearbox housing' }));
    const field = screen.getByRole('textbox', { name: 'New name for "Gearbox housing"' });
    fireEvent.change(field, { target: { value: 'Gearbox housing v2' } });
    fireEvent.submit(field.closest('form')!);
    await waitFor(() => expect(cardTitles()).toContain('Gearbox housing v2'));
    expect((await library.list()).map((m) => m.title)).toContain('Gearbox housing v2');

    fireEvent.click(screen.getByRole('button', { name: 'Rename: Axle line' }));
    const open = screen.getByRole('textbox', { name: 'New name for "Axle line"' });
    fireEvent.change(open, { target: { value: 'Axle line 2' } });
    fireEvent.submit(open.closest('form')!);
    await waitFor(() => expect(store.getState().document.title).toBe('Axle line 2'));
    act(() => store.getState().undo());
    expect(store.getState().document.title).toBe('Axle line');
  });

  it('duplicates a map beside the original', async () => {
    const { library, store, session } = await aHome();
    render(<App store={store} session={session} language="en" />);
    await openHome();
    fireEvent.click(screen.getByRole('button', { name: 'Duplicate: Gearbox housing' }));
    await waitFor(() => expect(cardTitles()).toEqual(['Copy of Gearbox housing', 'Axle line', 'Pabrik Cikárang', 'Gearbox housing']));
    expect(within(dialog()).getByRole('status')).toHaveTextContent('Made "Copy of Gearbox housing".');
    const copy = (await library.list())[0]!;
    expect(copy.product).toBe('Housings');
  });

  it('moves a map to the bin and restores it; deleting for good asks first', async () => {
    const { library, store, session } = await aHome();
    render(<App store={store} session={session} language="en" />);
    await openHome();
    fireEvent.click(screen.getByRole('button', { name: 'Delete: Pabrik Cikárang' }));
    await waitFor(() => expect(cardTitles()).toEqual(['Axle line', 'Gearbox housing']));
    // The bin's count follows the list a moment later (both are read back from the library).
    fireEvent.click(await screen.findByRole('button', { name: 'Bin (1)' }));
    expect(cardTitles()).toEqual(['Pabrik Cikárang']);
    expect(screen.getByRole('listitem', { name: 'Pabrik Cikárang' })).toHaveTextContent('Deleted Jan 15, 2026');

    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Bin (0)' })).toBeInTheDocument());
    expect((await library.list()).map((m) => m.title)).toEqual(['Axle line', 'Pabrik Cikárang', 'Gearbox housing']);

    // Deleting for good: nothing happens until the person says yes.
    fireEvent.click(await screen.findByRole('button', { name: 'Maps (3)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete: Pabrik Cikárang' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Bin (1)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete for good' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Delete "Pabrik Cikárang" for good, with its versions? This cannot be undone.');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await library.list({ bin: true })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Delete for good' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete for good' }));
    await waitFor(() => expect(dialog()).toHaveTextContent('The bin is empty.'));
    expect(await library.list({ bin: true })).toEqual([]);
  });
});

describe('a new map', () => {
  it('New (Alt+N) offers the blank map and the samples; a sample becomes a new map beside the others, which opens', async () => {
    const { library, store, session } = await aHome();
    render(<App store={store} session={session} language="en" />);
    fireEvent.keyDown(window, { key: 'n', code: 'KeyN', altKey: true });
    await screen.findByRole('button', { name: 'New map: Steering bracket L/R (stamping and welding)' });
    expect(screen.getByRole('button', { name: 'New map: Blank map' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New map: Order to cash (sales office)' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'New map: Steering bracket L/R (stamping and welding)' }));
    await waitFor(() => expect(navigation.opened).toHaveLength(1));
    const made = await library.get(navigation.opened[0]!);
    // The sample's own title, as in its file.
    expect(made.title).toBe('Steering bracket, current and future');
    expect(made.picture?.totalNodes).toBe(25);
    // The open map is untouched, and still listed.
    expect(store.getState().document.title).toBe('Axle line');
    expect(await library.list()).toHaveLength(4);
  });

  it('the blank template is a supplier and a customer, titled in the reader\'s language', async () => {
    const { library, store, session } = await aHome();
    render(<App store={store} session={session} language="id" />);
    fireEvent.click(screen.getByRole('button', { name: 'Baru' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Peta baru: Peta kosong' }));
    await waitFor(() => expect(navigation.opened).toHaveLength(1));
    const made = await library.get(navigation.opened[0]!);
    expect(made.title).toBe('Aliran nilai tanpa judul');
    expect(made.picture?.nodes.map((n) => n.type)).toEqual(['supplier', 'customer']);
  });

  it('opening a JSON file makes a new map beside the others; the open map stays as it was', async () => {
    const { library, store, session } = await aHome();
    render(<App store={store} session={session} language="en" />);
    const file = new File([SAMPLE_TEXT], 'bracket.json', { type: 'application/json' });
    fireEvent.change(screen.getByTestId('open-file'), { target: { files: [file] } });
    await waitFor(() => expect(navigation.opened).toHaveLength(1));
    expect((await library.get(navigation.opened[0]!)).picture?.totalNodes).toBe(25);
    expect(store.getState().document.title).toBe('Axle line');
    expect(store.getState().undoDepth).toBe(0);
  });
});

describe('versions of the open map', () => {
  it('saves a named version, lists it with its date, shows it read-only, and restores it as one undo step', async () => {
    const { library, store, session, openId } = await aHome();
    render(<App store={store} session={session} language="en" />);
    await openHome();
    fireEvent.click(screen.getByRole('button', { name: 'Versions' }));
    expect(screen.getByRole('button', { name: 'Save version' })).toBeDisabled();
    fireEvent.change(screen.getByLabelText('Name of the version'), { target: { value: 'before day 2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save version' }));
    await waitFor(() => expect(dialog()).toHaveTextContent('Version "before day 2" saved.'));
    const listed = within(dialog()).getAllByRole('listitem');
    expect(listed).toHaveLength(1);
    expect(listed[0]).toHaveTextContent('before day 2');
    expect(listed[0]).toHaveTextContent('Saved Jan 15, 2026');

    act(() => store.getState().setTitle('After day 2'));
    fireEvent.click(screen.getByRole('button', { name: 'Look at version "before day 2" (read-only)' }));
    await screen.findByRole('heading', { name: 'Version "before day 2", read-only' });
    expect(within(dialog()).getByRole('figure')).toHaveTextContent('Axle line');
    // Looking changes nothing.
    expect(store.getState().document.title).toBe('After day 2');

    fireEvent.click(screen.getByRole('button', { name: 'Restore this version' }));
    await waitFor(() => expect(store.getState().document.title).toBe('Axle line'));
    expect((await library.listVersions(openId)).map((v) => v.name)).toEqual(['before restoring "before day 2"', 'before day 2']);
    // One step: Undo brings back the title the map had before the restore.
    act(() => store.getState().undo());
    expect(store.getState().document.title).toBe('After day 2');
  });
});
