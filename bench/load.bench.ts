import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { connectRoom } from '../src/collab';
import { startCompanyServices, type CompanyServices } from '../test/server/services';
import { loadAverage } from './cli.bench';

/**
 * One room server under a company's load: simulated people in several rooms, each making a few
 * edits a second. The server is a child process, as `npm start` runs it, so its memory (RSS)
 * and CPU are its own; the people are Yjs documents with the app's provider, all in this
 * process. An edit's latency is the time from one person's edit until every other person in the
 * room has it; every edit is counted on every receiver, and one that never arrives is lost.
 *
 *   tsx bench/load.bench.ts [--load-seconds=60] [--load-clients=30] [--load-rooms=3] [--load-rate=5]
 *                           [--postgres] [--load-store=postgres] [--load-ramp] [--load-ramp-seconds=20]
 * (`npm run bench -- …` takes the same flags; `--no-load` leaves this benchmark out.)
 */

export interface LoadSettings {
  clients: number;
  rooms: number;
  /** Edits each person makes per second. */
  rate: number;
  seconds: number;
  /** PostgreSQL instead of the SQLite file. */
  databaseUrl?: string;
}

export interface LoadResult extends LoadSettings {
  store: 'SQLite' | 'PostgreSQL';
  edits: number;
  /** (edit, receiver) pairs that never arrived. */
  lost: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  serverPeakRssMiB: number;
  /** CPU the server used, as a share of one core. */
  serverCpuPct: number;
  /** CPU this process (every simulated person) used, as a share of one core: past ~90 % the clients, not the server, are the limit. */
  clientCpuPct: number;
  loadBefore: string;
  loadAfter: string;
}

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

/** Resident memory in bytes and CPU seconds of a process, from /proc (Linux) or `ps`. */
function processUsage(pid: number): { rss: number; cpuSec: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rssKiB = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return { rss: rssKiB * 1024, cpuSec: (Number(stat[11]) + Number(stat[12])) / CLOCK_TICKS };
  } catch {
    const ps = spawnSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' });
    return { rss: Number(ps.stdout.trim()) * 1024, cpuSec: Number.NaN };
  }
}

async function startServerProcess(databaseUrl: string | undefined): Promise<{ port: number; pid: number; stop: () => Promise<void>; dataDir: string }> {
  const dataDir = mkdtempSync(join(os.tmpdir(), 'arus-load-bench-'));
  const { ARUS_DATABASE_URL: _database, ARUS_REDIS_URL: _redis, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: projectDir,
    env: { ...inherited, PORT: '0', HOST: '127.0.0.1', ARUS_DATA: dataDir, ARUS_DIST: dataDir, ...(databaseUrl ? { ARUS_DATABASE_URL: databaseUrl } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 30 s:\n${output}`)), 30_000);
    child.stdout!.on('data', () => {
      const found = /running on http:\/\/localhost:(\d+)\//.exec(output);
      if (found && output.includes('Press Ctrl+C')) {
        clearTimeout(timer);
        resolve(Number(found[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code}:\n${output}`));
    });
  });
  return {
    port,
    pid: child.pid!,
    dataDir,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function until(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

export async function runLoadBench(settings: LoadSettings): Promise<LoadResult> {
  const loadBefore = loadAverage();
  const server = await startServerProcess(settings.databaseUrl);
  const url = `ws://127.0.0.1:${server.port}/collab`;
  const runId = Math.random().toString(36).slice(2, 8);
  /** Per edit: when it was made, and how many of the room's other people have it. */
  const edits = new Map<string, { sentAt: number; received: number; receivers: number }>();
  const latencies: number[] = [];
  const providers: HocuspocusProvider[] = [];
  const people: Array<{ ydoc: Y.Doc; room: number; receivers: number }> = [];
  for (let i = 0; i < settings.clients; i++) {
    const room = i % settings.rooms;
    const inRoom = Math.floor(settings.clients / settings.rooms) + (room < settings.clients % settings.rooms ? 1 : 0);
    const ydoc = new Y.Doc();
    ydoc.getMap<number>('bench').observe((event) => {
      if (event.transaction.local) return;
      const now = performance.now();
      for (const key of event.keysChanged) {
        const edit = edits.get(key);
        if (!edit) continue;
        edit.received += 1;
        if (edit.received === edit.receivers) latencies.push(now - edit.sentAt);
      }
    });
    people.push({ ydoc, room, receivers: inRoom - 1 });
    providers.push(connectRoom({ ydoc, target: { kind: 'edit', room: `load-${runId}-${room}` }, url, WebSocketPolyfill: WebSocket }));
  }
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, processUsage(server.pid).rss)), 250);
  try {
    if (!(await until(() => providers.every((p) => p.isSynced), 60_000))) throw new Error('not every client connected within 60 s');
    const cpuStart = { server: processUsage(server.pid).cpuSec, client: process.cpuUsage(), at: performance.now() };
    // Each person edits at `rate` per second from a random start, so the edits spread over the second.
    const periodMs = 1000 / settings.rate;
    let made = 0;
    const timers = people.map((person, i) => {
      let seq = 0;
      const edit = () => {
        // A key per edit: every edit stays visible to every receiver, none overwrites another.
        const key = `${i}.${seq++}`;
        edits.set(key, { sentAt: performance.now(), received: 0, receivers: person.receivers });
        person.ydoc.getMap<number>('bench').set(key, seq);
        made += 1;
      };
      let interval: NodeJS.Timeout | undefined;
      const start = setTimeout(() => {
        edit();
        interval = setInterval(edit, periodMs);
      }, Math.random() * periodMs);
      return () => {
        clearTimeout(start);
        clearInterval(interval);
      };
    });
    await new Promise((resolve) => setTimeout(resolve, settings.seconds * 1000));
    for (const stop of timers) stop();
    const expected = () => [...edits.values()].every((e) => e.received >= e.receivers);
    await until(expected, 10_000);
    const elapsedSec = (performance.now() - cpuStart.at) / 1000;
    const clientCpu = process.cpuUsage(cpuStart.client);
    const serverCpuSec = processUsage(server.pid).cpuSec - cpuStart.server;
    let lost = 0;
    for (const edit of edits.values()) lost += Math.max(0, edit.receivers - edit.received);
    return {
      ...settings,
      store: settings.databaseUrl ? 'PostgreSQL' : 'SQLite',
      edits: made,
      lost,
      p50Ms: percentile(latencies, 0.5),
      p95Ms: percentile(latencies, 0.95),
      maxMs: latencies.length ? Math.max(...latencies) : Number.NaN,
      serverPeakRssMiB: peakRss / 2 ** 20,
      serverCpuPct: (100 * serverCpuSec) / elapsedSec,
      clientCpuPct: (100 * (clientCpu.user + clientCpu.system)) / 1e6 / elapsedSec,
      loadBefore,
      loadAfter: loadAverage(),
    };
  } finally {
    clearInterval(sampler);
    for (const provider of providers) provider.destroy();
    await server.stop();
  }
}

export function formatLoad(rows: readonly LoadResult[]): string {
  const header = 'store       clients rooms edits/s/person seconds  edits  lost  p50 ms  p95 ms  max ms  server RSS MiB  server CPU %  clients CPU %  load avg before → after';
  return [header, ...rows.map((r) => [
    r.store.padEnd(10), String(r.clients).padStart(8), String(r.rooms).padStart(5), String(r.rate).padStart(15), String(r.seconds).padStart(7),
    String(r.edits).padStart(6), String(r.lost).padStart(5), r.p50Ms.toFixed(1).padStart(7), r.p95Ms.toFixed(1).padStart(7), r.maxMs.toFixed(0).padStart(7),
    r.serverPeakRssMiB.toFixed(0).padStart(14), r.serverCpuPct.toFixed(0).padStart(13), r.clientCpuPct.toFixed(0).padStart(14), `  ${r.loadBefore} → ${r.loadAfter}`,
  ].join(' '))].join('\n');
}

/** Whether one server still keeps up: p95 within 100 ms and nothing lost. */
export const keepsUp = (r: LoadResult) => r.lost === 0 && r.p95Ms <= 100;

/**
 * Steps the clients up (30, 60, 120, …, ten to a room) until p95 passes 100 ms or an edit is
 * lost. A step that fails is run once more: on a machine shared with other work one burst of
 * load can fail a step the server keeps up with; the limit is a step that fails twice.
 */
export async function runLoadRamp(base: Omit<LoadSettings, 'clients' | 'rooms'>, print: (row: LoadResult) => void, maxClients = 960): Promise<LoadResult[]> {
  const rows: LoadResult[] = [];
  for (let clients = 30; clients <= maxClients; clients *= 2) {
    let row = await runLoadBench({ ...base, clients, rooms: clients / 10 });
    rows.push(row);
    print(row);
    if (!keepsUp(row)) {
      row = await runLoadBench({ ...base, clients, rooms: clients / 10 });
      rows.push(row);
      print(row);
      if (!keepsUp(row)) break;
    }
  }
  return rows;
}

export interface LoadOptions {
  seconds: number;
  clients: number;
  rooms: number;
  rate: number;
  /** PostgreSQL: a given server's address, or start one from the installed binaries. */
  postgres: boolean;
  /** SQLite as well (`--load-store=postgres` leaves it out). */
  sqlite: boolean;
  ramp: boolean;
  rampSeconds: number;
}

export function loadOptionsFrom(argv: readonly string[]): LoadOptions {
  const value = (name: string, fallback: number) => {
    const found = argv.find((a) => a.startsWith(`--${name}=`));
    const parsed = found ? Number(found.split('=')[1]) : fallback;
    if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`--${name} must be a positive number`);
    return parsed;
  };
  return {
    seconds: value('load-seconds', 60),
    clients: value('load-clients', 30),
    rooms: value('load-rooms', 3),
    rate: value('load-rate', 5),
    postgres: argv.includes('--postgres') || argv.includes('--load-store=postgres') || Boolean(process.env.ARUS_BENCH_DATABASE_URL),
    sqlite: !argv.includes('--load-store=postgres'),
    ramp: argv.includes('--load-ramp'),
    rampSeconds: value('load-ramp-seconds', 20),
  };
}

/** PostgreSQL for the benchmark: ARUS_BENCH_DATABASE_URL, or one started here; null (with why) when there is none. */
async function benchPostgres(): Promise<{ url: string; services: CompanyServices | null } | { skipped: string }> {
  if (process.env.ARUS_BENCH_DATABASE_URL) return { url: process.env.ARUS_BENCH_DATABASE_URL, services: null };
  try {
    // Durable, as a company's database is: every commit synced to disk, like SQLite's.
    const started = await startCompanyServices({ durable: true });
    if ('missing' in started) return { skipped: started.missing };
    return { url: started.services.databaseUrl, services: started.services };
  } catch (error) {
    return { skipped: error instanceof Error ? error.message : String(error) };
  }
}

export async function printLoadBench(options: LoadOptions): Promise<void> {
  const { seconds, clients, rooms, rate } = options;
  console.log(`\n## One room server under load: ${clients} people in ${rooms} rooms, ${rate} edits a second each, ${seconds} s; load average ${loadAverage()}\n`);
  const stores: Array<{ name: string; databaseUrl?: string }> = options.sqlite ? [{ name: 'SQLite' }] : [];
  let postgres: Awaited<ReturnType<typeof benchPostgres>> | null = null;
  if (options.postgres) {
    postgres = await benchPostgres();
    if ('url' in postgres) stores.push({ name: 'PostgreSQL', databaseUrl: postgres.url });
    else console.log(`PostgreSQL skipped: ${postgres.skipped}`);
  } else {
    console.log('PostgreSQL skipped: run with --postgres (starts one from the installed binaries) or set ARUS_BENCH_DATABASE_URL');
  }
  try {
    const rows: LoadResult[] = [];
    for (const store of stores) rows.push(await runLoadBench({ clients, rooms, rate, seconds, ...(store.databaseUrl ? { databaseUrl: store.databaseUrl } : {}) }));
    console.log(formatLoad(rows));
    if (!options.ramp) return;
    for (const store of stores) {
      console.log(`\n## How far one server goes (${store.name}): clients doubled, ten to a room, ${options.rampSeconds} s each, until p95 passes 100 ms or an edit is lost\n`);
      console.log(formatLoad([]));
      const ramp = await runLoadRamp({ rate, seconds: options.rampSeconds, ...(store.databaseUrl ? { databaseUrl: store.databaseUrl } : {}) }, (row) => console.log(formatLoad([row]).split('\n')[1]));
      const last = ramp.at(-1)!;
      console.log(keepsUp(last) ? `kept up to ${last.clients} clients (the largest step tried)` : `limit: ${last.clients} clients (p95 ${last.p95Ms.toFixed(0)} ms, ${last.lost} lost)`);
    }
  } finally {
    if (postgres && 'services' in postgres) await postgres.services?.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await printLoadBench(loadOptionsFrom(process.argv.slice(2)));
  process.exit(0);
}
