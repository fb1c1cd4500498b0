// @vitest-environment node
import { rmSync } from 'node:fs';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { connectRoom, readDocument, setNodeData, writeDocument, type RoomTarget } from '../../src/collab';
import type { VsmDocument } from '../../src/domain/types';
import { aCustomer, aDocument, aLine, aProcess, aSupplier } from '../fixtures/builders';
import { TestWebSocket, fakeDist, startOnFreePort, startServer, tempDataDir, waitFor, type RunningServer } from './harness';

/**
 * The real room server as a child process, as `npm start` runs it, with a stand-in build and a
 * fresh data folder: the page, the fallback, and rooms that sync, refuse observers' edits and
 * survive a restart.
 */

const dist = fakeDist();
const dataDir = tempDataDir();
let server: RunningServer & { port: number };
const providers: HocuspocusProvider[] = [];

beforeAll(async () => {
  server = await startOnFreePort({ dataDir, distDir: dist.dir });
}, 30_000);

afterAll(async () => {
  for (const provider of providers) provider.destroy();
  await server?.stop();
  for (const dir of [dist.dir, dataDir]) rmSync(dir, { recursive: true, force: true });
});

const base = () => `http://127.0.0.1:${server.port}`;

function join(target: RoomTarget): { ydoc: Y.Doc; provider: HocuspocusProvider } {
  const ydoc = new Y.Doc();
  const provider = connectRoom({ ydoc, target, url: `ws://127.0.0.1:${server.port}/collab`, WebSocketPolyfill: TestWebSocket });
  providers.push(provider);
  return { ydoc, provider };
}

const nodeData = (ydoc: Y.Doc, id: string) =>
  readDocument(ydoc).states.current.nodes.find((n) => n.id === id)?.data as Record<string, unknown> | undefined;

function line(): VsmDocument {
  return aDocument({
    title: 'Bracket line',
    current: aLine(aSupplier({}, { id: 's1' }), aProcess({ name: 'Stamping', cycleTimeSec: 40 }, { id: 'p1' }), aCustomer({}, { id: 'c1' })),
  });
}

describe('the page', () => {
  it('serves index.html at /', async () => {
    const response = await fetch(`${base()}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Arus</title>');
  });

  it('falls back to index.html for a path that is no file, room query and all', async () => {
    const response = await fetch(`${base()}/workshop/line-3?room=line-3`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Arus</title>');
  });

  it('serves scripts under /assets/ as JavaScript, and a missing one as 404, not a page', async () => {
    const script = await fetch(`${base()}${dist.script}`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${base()}/assets/missing-123.js`)).status).toBe(404);
  });

  it('never serves a file outside the build', async () => {
    const response = await fetch(`${base()}/%2e%2e/%2e%2e/%2e%2e/etc/passwd`);
    expect(await response.text()).not.toContain('root:');
  });

  it('prints the address to share', () => {
    expect(server.output()).toContain(`http://127.0.0.1:${server.port}/`);
  });
});

describe('rooms', () => {
  it('an edit from one person reaches the other', async () => {
    const ana = join({ kind: 'edit', room: 'line-3' });
    const budi = join({ kind: 'edit', room: 'line-3' });
    await waitFor('both connected', () => ana.provider.synced && budi.provider.synced);
    writeDocument(ana.ydoc, line(), 'ana');
    await waitFor('the map to reach Budi', () => nodeData(budi.ydoc, 'p1')?.name === 'Stamping');
    setNodeData(budi.ydoc, 'current', 'p1', { cycleTimeSec: 38 });
    await waitFor('Budi\'s edit to reach Ana', () => nodeData(ana.ydoc, 'p1')?.cycleTimeSec === 38);
    expect(ana.provider.authorizedScope).toBe('read-write');
  });

  it('answers an editor with the room\'s view token, and refuses a bad room id', async () => {
    const answer = (await (await fetch(`${base()}/api/rooms/line-3`)).json()) as { room: string; viewToken: string; addresses: string[] };
    expect(answer.room).toBe('line-3');
    // Listening on 127.0.0.1 alone: that is the one address to share.
    expect(answer.addresses).toEqual([`${base()}/`]);
    expect(await (await fetch(`${base()}/api/server`)).json()).toEqual({ addresses: [`${base()}/`] });
    expect(answer.viewToken).toMatch(/^[A-Za-z0-9_-]{24}$/);
    // The same token every time.
    expect(((await (await fetch(`${base()}/api/rooms/line-3`)).json()) as { viewToken: string }).viewToken).toBe(answer.viewToken);
    expect((await fetch(`${base()}/api/rooms/a%20b`)).status).toBe(400);
  });

  it('an observer with the view token sees the room but cannot change it', async () => {
    const { viewToken } = (await (await fetch(`${base()}/api/rooms/line-3`)).json()) as { viewToken: string };
    const ana = join({ kind: 'edit', room: 'line-3' });
    const observer = join({ kind: 'view', token: viewToken });
    await waitFor('both connected', () => ana.provider.synced && observer.provider.isAuthenticated);
    expect(observer.provider.authorizedScope).toBe('readonly');
    await waitFor('the room to reach the observer', () => nodeData(observer.ydoc, 'p1')?.cycleTimeSec === 38);

    // The observer's own copy changes, nobody else's.
    setNodeData(observer.ydoc, 'current', 'p1', { name: 'Hacked' });
    // An edit Ana makes after it still reaches the observer, so the observer's would have reached Ana by now.
    setNodeData(ana.ydoc, 'current', 'p1', { uptimePct: 90 });
    await waitFor('Ana\'s later edit to reach the observer', () => nodeData(observer.ydoc, 'p1')?.uptimePct === 90);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(nodeData(ana.ydoc, 'p1')?.name).toBe('Stamping');
    // Nor does it reach another observer of the same room.
    const second = join({ kind: 'view', token: viewToken });
    await waitFor('the second observer to get the room', () => nodeData(second.ydoc, 'p1')?.uptimePct === 90);
    expect(nodeData(second.ydoc, 'p1')?.name).toBe('Stamping');
  });

  it('refuses an unknown view token and a name that is not a room id', async () => {
    const failures: string[] = [];
    for (const target of [{ kind: 'view', token: 'x'.repeat(24) }, { kind: 'edit', room: 'no/such room' }] as RoomTarget[]) {
      const { provider } = join(target);
      provider.on('authenticationFailed', ({ reason }: { reason: string }) => failures.push(reason));
    }
    await waitFor('both to be refused', () => failures.length === 2);
  });

  it('a restart loses nothing: a newcomer gets the room from the database, without the observer\'s edit', async () => {
    const ana = join({ kind: 'edit', room: 'line-3' });
    await waitFor('Ana connected', () => ana.provider.synced);
    setNodeData(ana.ydoc, 'current', 'p1', { changeoverSec: 600 });
    await waitFor('the server to confirm the edit', () => !ana.provider.hasUnsyncedChanges);

    // Observers came and went; the only complaints so far are the two refusals.
    const logged = server.output().split('Press Ctrl+C to stop.')[1]!.split('\n').filter((text) => text.trim() !== '');
    expect(logged).toHaveLength(2);
    for (const line of logged) expect(line).toMatch(/^\[onAuthenticate\] refused a connection/);

    await server.stop('SIGTERM');
    // While the server is down Ana goes on working; her provider sends it when it is back.
    setNodeData(ana.ydoc, 'current', 'c1', { demandPerDay: 460 });
    server = { ...(await startServer({ port: server.port, dataDir, distDir: dist.dir })), port: server.port };

    const carla = join({ kind: 'edit', room: 'line-3' });
    await waitFor('Carla connected', () => carla.provider.synced);
    expect(nodeData(carla.ydoc, 'p1')).toEqual({ name: 'Stamping', cycleTimeSec: 38, uptimePct: 90, changeoverSec: 600 });
    expect(readDocument(carla.ydoc).title).toBe('Bracket line');
    await waitFor('Ana\'s offline edit to arrive after she reconnects', () => nodeData(carla.ydoc, 'c1')?.demandPerDay === 460, 30_000);
  }, 60_000);

  it('even a killed server loses no confirmed edit: every update is on disk before it is confirmed', async () => {
    const ana = join({ kind: 'edit', room: 'kill-test' });
    await waitFor('Ana connected', () => ana.provider.synced);
    writeDocument(ana.ydoc, line(), 'ana');
    setNodeData(ana.ydoc, 'current', 'p1', { cycleTimeSec: 41 });
    await waitFor('the server to confirm the edits', () => !ana.provider.hasUnsyncedChanges);

    // Killed before its next snapshot (2 s after the last edit), and Ana gone before it is back,
    // so the room can only come from the update log.
    await server.stop('SIGKILL');
    ana.provider.destroy();
    server = { ...(await startServer({ port: server.port, dataDir, distDir: dist.dir })), port: server.port };
    const budi = join({ kind: 'edit', room: 'kill-test' });
    await waitFor('Budi connected', () => budi.provider.synced);
    expect(nodeData(budi.ydoc, 'p1')).toEqual({ name: 'Stamping', cycleTimeSec: 41 });
  }, 60_000);
});
