import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { produce } from 'immer';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { startRoomServer } from '../server/roomServer';
import { connectRoom, writeDocument } from '../src/collab';
import { FORMAT, SCHEMA_VERSION, type MapState, type VsmDocument } from '../src/domain/types';
import { createEditorStore } from '../src/store';
import { loadAverage } from './cli.bench';
import { chainMap } from './generate';

/**
 * The workshop room: (1) how long an edit takes from one person's document to another's through
 * the real room server (Hocuspocus over a WebSocket on loopback, rooms in SQLite), both ways in
 * turn, on a small and on a 1,000-symbol map, the two rooms taking turns; every edit is counted
 * on arrival, so a lost one shows. (2) What one edit costs in the editor's store on the shared
 * document (diff, Y.Doc transaction, undo capture, reading back) beside the part the store did
 * before the map was shared: the same change made by an immer recipe on the plain document;
 * the two take turns on the same map.
 */

export interface LatencyRow { symbols: number; edits: number; lost: number; p50Ms: number; p95Ms: number; maxMs: number }
export interface EditCostRow { symbols: number; runs: number; sharedMedianMs: number; sharedP95Ms: number; plainMedianMs: number; plainP95Ms: number }

const LATENCY_EDITS = 300;
const COST_RUNS = 300;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

function documentOf(state: MapState, title: string): VsmDocument {
  return { format: FORMAT, schemaVersion: SCHEMA_VERSION, title, states: { current: state, future: null } };
}

/** The map with `steps` processes and inventories between a supplier and a customer: 2 × steps + 2 symbols. */
const mapOf = (steps: number) => documentOf(chainMap(steps), `${steps} steps`);

function cycleTimeOf(ydoc: Y.Doc, id: string): unknown {
  const state = ydoc.getMap('arus').get('current') as Y.Map<unknown> | undefined;
  const node = (state?.get('nodes') as Y.Map<Y.Map<unknown>> | undefined)?.get(id);
  return (node?.get('data') as Y.Map<unknown> | undefined)?.get('cycleTimeSec');
}

function setCycleTime(ydoc: Y.Doc, id: string, value: number): void {
  const state = ydoc.getMap('arus').get('current') as Y.Map<unknown>;
  const node = (state.get('nodes') as Y.Map<Y.Map<unknown>>).get(id)!;
  (node.get('data') as Y.Map<unknown>).set('cycleTimeSec', value);
}

async function until(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) return false;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return true;
}

export async function runLatencyBench(sizes: readonly number[] = [10, 500], edits = LATENCY_EDITS): Promise<LatencyRow[]> {
  const dataDir = mkdtempSync(join(os.tmpdir(), 'arus-collab-bench-'));
  const server = await startRoomServer({ port: 0, host: '127.0.0.1', dataDir, distDir: dataDir });
  const url = `ws://127.0.0.1:${server.port}/collab`;
  try {
    const rooms = await Promise.all(sizes.map(async (steps, k) => {
      const people = [new Y.Doc(), new Y.Doc()] as const;
      writeDocument(people[0], mapOf(steps));
      const providers = people.map((ydoc) => connectRoom({ ydoc, target: { kind: 'edit', room: `bench-${k}` }, url, WebSocketPolyfill: WebSocket }));
      if (!(await until(() => providers.every((p) => p.isSynced) && cycleTimeOf(people[1], 'p0') !== undefined, 30_000))) throw new Error('the room did not sync');
      return { steps, symbols: 2 * steps + 2, people, providers, times: [] as number[], lost: 0 };
    }));
    for (let edit = 0; edit < edits; edit++) {
      for (const room of rooms) {
        const [from, to] = edit % 2 === 0 ? room.people : [room.people[1], room.people[0]];
        const id = `p${edit % room.steps}`;
        const value = 1_000 + edit;
        const start = performance.now();
        setCycleTime(from, id, value);
        if (await until(() => cycleTimeOf(to, id) === value, 5_000)) room.times.push(performance.now() - start);
        else room.lost += 1;
      }
    }
    for (const room of rooms) room.providers.forEach((p) => p.destroy());
    return rooms.map((room) => ({
      symbols: room.symbols,
      edits,
      lost: room.lost,
      p50Ms: percentile(room.times, 0.5),
      p95Ms: percentile(room.times, 0.95),
      maxMs: Math.max(...room.times),
    }));
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function runEditCostBench(sizes: readonly number[] = [50, 500, 2_500], runs = COST_RUNS): EditCostRow[] {
  return sizes.map((steps) => {
    const doc = mapOf(steps);
    const store = createEditorStore(doc);
    let plain = store.getState().document;
    const shared: number[] = [];
    const baseline: number[] = [];
    for (let r = -20; r < runs; r++) {
      const id = `p${(r + 20) % steps}`;
      const value = 2_000 + r;
      let start = performance.now();
      store.getState().updateNodeData(id, { cycleTimeSec: value });
      const sharedMs = performance.now() - start;
      start = performance.now();
      plain = produce(plain, (draft) => {
        const node = draft.states.current.nodes.find((n) => n.id === id)!;
        (node.data as { cycleTimeSec?: number }).cycleTimeSec = value;
      });
      const plainMs = performance.now() - start;
      if (r >= 0) {
        shared.push(sharedMs);
        baseline.push(plainMs);
      }
    }
    return {
      symbols: 2 * steps + 2,
      runs,
      sharedMedianMs: percentile(shared, 0.5),
      sharedP95Ms: percentile(shared, 0.95),
      plainMedianMs: percentile(baseline, 0.5),
      plainP95Ms: percentile(baseline, 0.95),
    };
  });
}

export function formatLatency(rows: readonly LatencyRow[]): string {
  const header = 'symbols  edits  lost  p50 ms  p95 ms  max ms';
  return [header, ...rows.map((r) => [
    String(r.symbols).padStart(7), String(r.edits).padStart(6), String(r.lost).padStart(5),
    r.p50Ms.toFixed(2).padStart(7), r.p95Ms.toFixed(2).padStart(7), r.maxMs.toFixed(1).padStart(7),
  ].join(' '))].join('\n');
}

export function formatEditCost(rows: readonly EditCostRow[]): string {
  const header = 'symbols  runs  shared store median ms  p95 ms  immer recipe alone median ms  p95 ms';
  return [header, ...rows.map((r) => [
    String(r.symbols).padStart(7), String(r.runs).padStart(5),
    r.sharedMedianMs.toFixed(3).padStart(23), r.sharedP95Ms.toFixed(3).padStart(7),
    r.plainMedianMs.toFixed(3).padStart(29), r.plainP95Ms.toFixed(3).padStart(7),
  ].join(' '))].join('\n');
}

export async function printCollabBench(): Promise<void> {
  console.log(`\n## Workshop room: an edit from one person to another through the room server, load average ${loadAverage()}\n`);
  console.log(formatLatency(await runLatencyBench()));
  console.log(`\n## One edit in the store on the shared document, beside the immer recipe alone, load average ${loadAverage()}\n`);
  console.log(formatEditCost(runEditCostBench()));
  console.log(`load average after: ${loadAverage()}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await printCollabBench();
  process.exit(0);
}
