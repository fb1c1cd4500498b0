import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { analyzeMap } from '../src/domain/analysis';
import type { MapState } from '../src/domain/types';
import { branchingMap, chainMap } from './generate';

/**
 * Analyzer benchmark: analyzeMap on generated maps of 100, 1,000 and 10,000 steps (a step is a
 * process and its inventory), straight chains and parallel branches merging. Warms up, then times
 * N runs and reports median and p95 beside the map's size and the result's size; ms per 1,000
 * steps shows whether the growth is linear. Target: 10,000 steps within 20 ms median. The machine
 * may be shared: run it a few times and read the best median.
 */
export interface AnalyzerBenchRow {
  shape: 'chain' | 'branching';
  steps: number;
  nodes: number;
  edges: number;
  /** Waste findings in one result (at most 50 measured + 1 summary per category, plus tagged). */
  findings: number;
  /** The result as JSON, in kB: what a caller keeps alive, and what garbage collection copies. */
  resultKB: number;
  runs: number;
  medianMs: number;
  p95Ms: number;
  /** Median ms per 1,000 steps: flat across sizes means linear time. */
  msPer1000Steps: number;
}

const SIZES = [100, 1_000, 10_000];
const TARGET_MS_10K = 20;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

function measure(shape: AnalyzerBenchRow['shape'], steps: number, map: MapState): AnalyzerBenchRow {
  // Enough runs for a stable median on small maps without minutes on large ones.
  const runs = steps >= 10_000 ? 60 : steps >= 1_000 ? 200 : 1_000;
  const warmup = Math.max(10, runs / 5);
  const result = analyzeMap(map);
  const findings = result.wastes.reduce((sum, w) => sum + w.findings.length, 0);
  const resultKB = JSON.stringify(result).length / 1000;
  let sink = 0;
  for (let r = 0; r < warmup; r++) sink += analyzeMap(map).criticalPath.length;
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    sink += analyzeMap(map).criticalPath.length;
    times.push(performance.now() - t0);
  }
  if (sink < 0) console.log(sink); // keeps the results alive
  times.sort((a, b) => a - b);
  const medianMs = percentile(times, 0.5);
  return {
    shape, steps, nodes: map.nodes.length, edges: map.edges.length, findings, resultKB, runs,
    medianMs, p95Ms: percentile(times, 0.95), msPer1000Steps: (medianMs / steps) * 1000,
  };
}

/** Runs the analyzer benchmark and returns one row per shape and size. */
export function runAnalyzerBench(sizes: readonly number[] = SIZES): AnalyzerBenchRow[] {
  const rows: AnalyzerBenchRow[] = [];
  for (const steps of sizes) {
    rows.push(measure('chain', steps, chainMap(steps)));
    rows.push(measure('branching', steps, branchingMap(steps)));
  }
  return rows;
}

/** The rows as a fixed-width table. */
export function formatAnalyzerBench(rows: readonly AnalyzerBenchRow[]): string {
  const header = 'shape       steps   nodes   edges findings result kB  runs  median ms  p95 ms  ms/1000 steps';
  const lines = rows.map((r) => [
    r.shape.padEnd(9),
    String(r.steps).padStart(7),
    String(r.nodes).padStart(7),
    String(r.edges).padStart(7),
    String(r.findings).padStart(8),
    r.resultKB.toFixed(0).padStart(9),
    String(r.runs).padStart(5),
    r.medianMs.toFixed(3).padStart(10),
    r.p95Ms.toFixed(3).padStart(7),
    r.msPer1000Steps.toFixed(3).padStart(14),
  ].join(' '));
  return [header, ...lines].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = runAnalyzerBench();
  console.log(`analyzeMap, Node ${process.version}`);
  console.log(formatAnalyzerBench(rows));
  const worst = Math.max(...rows.filter((r) => r.steps === 10_000).map((r) => r.medianMs));
  console.log(`10,000 steps: ${worst.toFixed(2)} ms median (target ≤ ${TARGET_MS_10K} ms): ${worst <= TARGET_MS_10K ? 'met' : 'NOT met'}`);
}
