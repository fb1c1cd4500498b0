// @vitest-environment node
import { rmSync } from 'node:fs';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { connectRoom, newRoomId, readDocument, setNodeData, writeDocument, type RoomTarget } from '../../src/collab';
import { aCustomer, aDocument, aLine, aProcess, aSupplier } from '../fixtures/builders';
import { TestWebSocket, fakeDist, startOnFreePort, tempDataDir, waitFor, type RunningServer } from './harness';
import { startCompanyServices } from './services';

/**
 * A company's room server: two real server processes on one PostgreSQL database and one Redis,
 * two people connected one to each, editing one room live; then both servers stop, one comes
 * back with an empty data folder, and a newcomer gets the room from PostgreSQL.
 */

const started = await startCompanyServices();
if ('missing' in started) {
  console.warn(`\n!!!!!!!!\n!! SKIPPED: two room servers sharing rooms through PostgreSQL and Redis. ${started.missing}.\n!!!!!!!!\n`);
}
const services = 'services' in started ? started.services : null;

const dist = fakeDist();
const dataDirs: string[] = [];
const servers: Array<RunningServer & { port: number }> = [];
const providers: HocuspocusProvider[] = [];

/** A server process on the shared database and Redis, with a data folder of its own (unused: rooms are in PostgreSQL). */
async function startCompanyServer(): Promise<RunningServer & { port: number }> {
  const dataDir = tempDataDir();
  dataDirs.push(dataDir);
  const server = await startOnFreePort({ dataDir, distDir: dist.dir, databaseUrl: services!.databaseUrl, redisUrl: services!.redisUrl });
  servers.push(server);
  return server;
}

afterAll(async () => {
  for (const provider of providers) provider.destroy();
  for (const server of servers) await server.stop();
  await services?.stop();
  for (const dir of [dist.dir, ...dataDirs]) rmSync(dir, { recursive: true, force: true });
});

function join(server: { port: number }, target: RoomTarget): { ydoc: Y.Doc; provider: HocuspocusProvider } {
  const ydoc = new Y.Doc();
  const provider = connectRoom({ ydoc, target, url: `ws://127.0.0.1:${server.port}/collab`, WebSocketPolyfill: TestWebSocket });
  providers.push(provider);
  return { ydoc, provider };
}

const nodeData = (ydoc: Y.Doc, id: string) =>
  readDocument(ydoc).states.current.nodes.find((n) => n.id === id)?.data as Record<string, unknown> | undefined;

describe.skipIf(!services)('two room servers on PostgreSQL and Redis', () => {
  it('two people on two servers edit one room live; a newcomer gets it from PostgreSQL after both servers stop', async () => {
    const [east, west] = await Promise.all([startCompanyServer(), startCompanyServer()]);
    expect(east.output()).toMatch(/Rooms are kept in PostgreSQL 127\.0\.0\.1:\d+\/arus_test_/);
    expect(east.output()).toContain('Rooms are shared live with the other servers on Redis 127.0.0.1:');
    const room = newRoomId();

    const ana = join(east, { kind: 'edit', room });
    const budi = join(west, { kind: 'edit', room });
    await waitFor('both connected', () => ana.provider.synced && budi.provider.synced);
    writeDocument(ana.ydoc, aDocument({
      title: 'Bracket line',
      current: aLine(aSupplier({}, { id: 's1' }), aProcess({ name: 'Stamping', cycleTimeSec: 40 }, { id: 'p1' }), aCustomer({}, { id: 'c1' })),
    }), 'ana');
    await waitFor('Ana\'s map to reach Budi on the other server', () => nodeData(budi.ydoc, 'p1')?.name === 'Stamping');
    setNodeData(budi.ydoc, 'current', 'p1', { cycleTimeSec: 38 });
    await waitFor('Budi\'s edit to reach Ana on the other server', () => nodeData(ana.ydoc, 'p1')?.cycleTimeSec === 38);

    // Presence crosses too: Budi sees Ana's name.
    ana.provider.setAwarenessField('user', { name: 'Ana' });
    await waitFor('Ana\'s presence to reach Budi', () =>
      [...budi.provider.awareness!.getStates().values()].some((state) => (state.user as { name?: string } | undefined)?.name === 'Ana'));

    // A view token made through one server opens the room read-only on the other, live.
    const { viewToken } = (await (await fetch(`http://127.0.0.1:${east.port}/api/rooms/${room}`)).json()) as { viewToken: string };
    const observer = join(west, { kind: 'view', token: viewToken });
    await waitFor('the observer to get the room', () => nodeData(observer.ydoc, 'p1')?.cycleTimeSec === 38);
    expect(observer.provider.authorizedScope).toBe('readonly');
    setNodeData(ana.ydoc, 'current', 'p1', { uptimePct: 90 });
    await waitFor('Ana\'s edit on the other server to reach the observer', () => nodeData(observer.ydoc, 'p1')?.uptimePct === 90);

    // Budi's last edit is confirmed, then his server is killed before any snapshot: it can only
    // come back from the update log in PostgreSQL.
    setNodeData(budi.ydoc, 'current', 'c1', { demandPerDay: 460 });
    await waitFor('Budi\'s server to confirm his edit', () => !budi.provider.hasUnsyncedChanges);
    for (const person of [ana, budi, observer]) person.provider.destroy();
    await west.stop('SIGKILL');
    await east.stop('SIGTERM');

    const again = await startCompanyServer();
    const carla = join(again, { kind: 'edit', room });
    await waitFor('Carla connected', () => carla.provider.synced);
    expect(readDocument(carla.ydoc).title).toBe('Bracket line');
    expect(nodeData(carla.ydoc, 'p1')).toEqual({ name: 'Stamping', cycleTimeSec: 38, uptimePct: 90 });
    expect(nodeData(carla.ydoc, 'c1')?.demandPerDay).toBe(460);
    // The view token lives in PostgreSQL too.
    const answer = (await (await fetch(`http://127.0.0.1:${again.port}/api/rooms/${room}`)).json()) as { viewToken: string };
    expect(answer.viewToken).toBe(viewToken);
  }, 90_000);
});
