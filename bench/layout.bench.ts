import { performance } from 'node:perf_hooks';
import ELK from 'elkjs/lib/elk.bundled.js';
import { size as customerSize } from '../src/canvas/symbols/Customer';
import { size as inventorySize } from '../src/canvas/symbols/Inventory';
import { size as processSize } from '../src/canvas/symbols/Process';
import { size as supplierSize } from '../src/canvas/symbols/Supplier';
import type { MapState, VsmNode } from '../src/domain/types';
import { tidyMap, type LayoutEngine } from '../src/layout/tidy';
import { branchingMap, chainMap } from './generate';

/**
 * Tidy layout benchmark (`npx tsx bench/layout.bench.ts`): `tidyMap` with ELK's bundled build (the
 * browser runs the same code in elkjs's worker) on generated maps of 100 and 500 steps, a step
 * being a process and its inventory: about 200 and 1,000 symbols, straight chains and parallel
 * branches. The first layout of the process is timed apart, then a warm-up and the median of 5.
 */
const SIZES = { process: processSize, inventory: inventorySize, supplier: supplierSize, customer: customerSize } as const;
const sizeOf = (node: VsmNode) => SIZES[node.type as keyof typeof SIZES];

async function time(map: MapState, engine: LayoutEngine): Promise<number> {
  const start = performance.now();
  await tidyMap(map, { sizeOf, engine, gridPx: 20 });
  return performance.now() - start;
}

const engine = new ELK();
// The very first layout of the process: ELK's code is not yet compiled by the JavaScript engine
// (what a person meets on the first *Tidy* after opening the editor).
const cold = await time(chainMap(100), engine);
console.log(`first layout after start (chain, 202 symbols): ${Math.round(cold)} ms`);
const rows: string[] = ['| map | symbols | arrows | median of 5 (ms) | fastest (ms) |', '| --- | ---: | ---: | ---: | ---: |'];
for (const [shape, make] of [['chain', chainMap], ['branching', branchingMap]] as const) {
  for (const steps of [100, 500]) {
    const map = make(steps);
    await time(map, engine);
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) runs.push(await time(map, engine));
    runs.sort((a, b) => a - b);
    rows.push(`| ${shape} | ${map.nodes.length} | ${map.edges.length} | ${Math.round(runs[2]!)} | ${Math.round(runs[0]!)} |`);
  }
}
console.log(rows.join('\n'));
