import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SETTINGS, FORMAT, SCHEMA_VERSION, type MapState, type VsmDocument, type VsmEdge, type VsmNode } from '../src/domain/types';
import { chainMap } from './generate';

/**
 * Command-line benchmark: wall time of whole processes, as a person or a script sees it. Three
 * commands run interleaved, round after round, so a busy moment of a shared machine falls on all
 * of them alike: `node -e 0` (Node's own start-up, the floor), the bundled analyzer on a small
 * sample, on a generated 10,000-step map as a team draws one (names, cycle times, counts; 3.3 MB),
 * and on the analyzer benchmark's 10,000-step map with every field filled in (4.2 MB). Prints
 * medians beside the input sizes and the load average. Targets: the small map within Node's
 * start-up + a little; a 10,000-step map within 0.15 s of the small one.
 */
export interface CliBenchRow {
  command: string;
  input: string;
  inputKB: number | null;
  rounds: number;
  medianMs: number;
  minMs: number;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'arus.mjs');
const SMALL = join(ROOT, 'test', 'fixtures', 'cli', 'two-steps.json');
const ROUNDS = 15;
const LARGE_STEPS = 10_000;
/** The 10,000-step map may take this much longer than the small one. */
export const TARGET_EXTRA_MS = 150;

const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function timeOnce(args: readonly string[]): number {
  const t0 = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr.toString().trim()}`);
  return ms;
}

/**
 * A map as a team would draw it, only longer: `steps` × (process with a name and a cycle time →
 * inventory with a count), in rows of 100 steps, pushed from one to the next, to a customer.
 */
function plainChain(steps: number): MapState {
  const nodes: VsmNode[] = [{ id: 's', type: 'supplier', position: { x: -300, y: 0 }, data: { name: 'Supplier' } }];
  const edges: VsmEdge[] = [];
  let last = 's';
  for (let k = 0; k < steps; k++) {
    const position = { x: (k % 100) * 300, y: Math.floor(k / 100) * 300 };
    nodes.push({ id: `p${k}`, type: 'process', position, data: { name: `Step ${k + 1}`, cycleTimeSec: 20 + (k % 9) * 5 } });
    nodes.push({ id: `i${k}`, type: 'inventory', position: { ...position, x: position.x + 150 }, data: { quantity: 200 + (k % 13) * 150 } });
    edges.push({ id: `e${k}a`, type: 'push', source: last, target: `p${k}` }, { id: `e${k}b`, type: 'push', source: `p${k}`, target: `i${k}` });
    last = `i${k}`;
  }
  nodes.push({ id: 'c', type: 'customer', position: { x: 0, y: -300 }, data: { name: 'Customer', demandPerDay: 920 } });
  edges.push({ id: 'ec', type: 'push', source: last, target: 'c' });
  return { settings: { ...DEFAULT_SETTINGS }, nodes, edges };
}

/** A document of one state as file text. */
function mapText(state: MapState, title: string): string {
  const doc: VsmDocument = { format: FORMAT, schemaVersion: SCHEMA_VERSION, title, states: { current: state, future: null } };
  return JSON.stringify(doc);
}

export function runCliBench(rounds = ROUNDS): CliBenchRow[] {
  // The bundle is what `arus` and `npm run analyze` run: build it if a fresh checkout has none.
  if (!existsSync(join(ROOT, 'dist-cli', 'arus.mjs'))) execFileSync(process.execPath, [join(ROOT, 'bin', 'build-cli.mjs')]);
  const dir = mkdtempSync(join(os.tmpdir(), 'arus-cli-bench-'));
  try {
    const plain = join(dir, `plain-${LARGE_STEPS}.json`);
    const rich = join(dir, `rich-${LARGE_STEPS}.json`);
    writeFileSync(plain, mapText(plainChain(LARGE_STEPS), `${LARGE_STEPS} steps`));
    // The analyzer benchmark's map: every step with changeover, uptime, scrap, motion … for every waste rule.
    writeFileSync(rich, mapText(chainMap(LARGE_STEPS), `${LARGE_STEPS} steps, full data`));
    const steps = LARGE_STEPS.toLocaleString('en-US');
    const commands = [
      { command: 'node -e 0', input: '(none)', file: null, args: ['-e', '0'] },
      { command: 'arus analyze --json', input: 'two-steps.json', file: SMALL, args: [BIN, 'analyze', SMALL, '--json'] },
      { command: 'arus analyze --json', input: `${steps} steps`, file: plain, args: [BIN, 'analyze', plain, '--json'] },
      { command: 'arus analyze --json', input: `${steps} steps, full data`, file: rich, args: [BIN, 'analyze', rich, '--json'] },
    ];
    // One warm-up round fills the file cache; then the commands take turns.
    for (const c of commands) timeOnce(c.args);
    const times = commands.map(() => [] as number[]);
    for (let r = 0; r < rounds; r++) commands.forEach((c, k) => times[k]!.push(timeOnce(c.args)));
    return commands.map((c, k) => ({
      command: c.command,
      input: c.input,
      inputKB: c.file === null ? null : statSync(c.file).size / 1000,
      rounds,
      medianMs: median(times[k]!),
      minMs: Math.min(...times[k]!),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function formatCliBench(rows: readonly CliBenchRow[]): string {
  const header = 'command                 input                      input kB  rounds  median ms  min ms';
  const lines = rows.map((r) => [
    r.command.padEnd(23),
    r.input.padEnd(26),
    (r.inputKB === null ? '—' : r.inputKB.toFixed(0)).padStart(8),
    String(r.rounds).padStart(7),
    r.medianMs.toFixed(0).padStart(10),
    r.minMs.toFixed(0).padStart(7),
  ].join(' '));
  const [node, small, ...large] = rows;
  const verdict = node && small
    ? [
      `small map: Node start-up + ${(small.medianMs - node.medianMs).toFixed(0)} ms`,
      ...large.map((row) => `${row.input}: small map + ${(row.medianMs - small.medianMs).toFixed(0)} ms ` +
        `(target ≤ ${TARGET_EXTRA_MS} ms: ${row.medianMs - small.medianMs <= TARGET_EXTRA_MS ? 'met' : 'NOT met'})`),
    ]
    : [];
  return [header, ...lines, ...verdict].join('\n');
}

/** The machine's load average over 1, 5 and 15 minutes: how shared it was while measuring. */
export function loadAverage(): string {
  return os.loadavg().map((x) => x.toFixed(2)).join(', ');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`arus command line, Node ${process.version}, load average before: ${loadAverage()}`);
  console.log(formatCliBench(runCliBench()));
  console.log(`load average after: ${loadAverage()}`);
}
