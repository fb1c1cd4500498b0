import { DEFAULT_SETTINGS, type MapState, type VsmEdge, type VsmNode } from '../src/domain/types';

/**
 * Map generators for the analyzer benchmark. A step is a process and the inventory after it.
 * Data varies with the step number so that every rule of the analyzer has something to chew on:
 * loads around takt (60 s), stocks from under a day to several days, some scrap, uptime, motion.
 */
interface Builder { nodes: VsmNode[]; edges: VsmEdge[] }

/** Rows of 100 steps, as a long line is laid out on a wall: positions stay within the file format's ±1,000,000 px. */
const STEPS_PER_ROW = 100;
const at = (k: number, dx: number) => ({ x: (k % STEPS_PER_ROW) * 300 + dx, y: Math.floor(k / STEPS_PER_ROW) * 300 });

function addStep(b: Builder, k: number, from: string): string {
  const processId = `p${k}`;
  const stockId = `i${k}`;
  b.nodes.push({
    id: processId, type: 'process', position: at(k, 0),
    data: {
      name: `Step ${k + 1}`, cycleTimeSec: 20 + (k % 9) * 5, changeoverSec: (k % 5) * 1800, uptimePct: 80 + (k % 4) * 5,
      operators: 1 + (k % 2), scrapPct: k % 10 === 0 ? 1 : 0, motionSec: k % 3, valueAddedSec: 15 + (k % 9) * 4,
    },
  });
  b.nodes.push({ id: stockId, type: 'inventory', position: at(k, 150), data: { quantity: 200 + (k % 13) * 150 } });
  b.edges.push({ id: `e${k}a`, type: k % 4 === 0 ? 'withdrawal' : 'push', source: from, target: processId });
  b.edges.push({ id: `e${k}b`, type: 'push', source: processId, target: stockId });
  return stockId;
}

function finish(b: Builder, last: string): MapState {
  b.nodes.push({ id: 'c', type: 'customer', position: { x: 0, y: 400 }, data: { name: 'Customer', demandPerDay: 920 } });
  b.edges.push({ id: 'ec', type: 'shipment', source: last, target: 'c', data: { transitDays: 1 } });
  return { settings: { ...DEFAULT_SETTINGS }, nodes: b.nodes, edges: b.edges };
}

function start(): Builder {
  return { nodes: [{ id: 's', type: 'supplier', position: { x: -300, y: 0 }, data: { name: 'Supplier' } }], edges: [] };
}

/** Supplier → `steps` × (process → inventory) → customer, one straight line. */
export function chainMap(steps: number): MapState {
  const b = start();
  let last = 's';
  for (let k = 0; k < steps; k++) last = addStep(b, k, last);
  return finish(b, last);
}

/**
 * Parallel branches merging: blocks of `width` branches of `length` steps each, all fed from the
 * previous block's last inventory and merging into one step; leftover steps run in a line.
 * `steps` counts every process + inventory pair.
 */
export function branchingMap(steps: number, width = 4, length = 4): MapState {
  const b = start();
  let last = 's';
  let k = 0;
  const blockSteps = width * length + 1;
  while (steps - k >= blockSteps) {
    const ends: string[] = [];
    for (let w = 0; w < width; w++) {
      let branchLast = last;
      for (let l = 0; l < length; l++) branchLast = addStep(b, k++, branchLast);
      ends.push(branchLast);
    }
    const mergeId = `p${k}`;
    last = addStep(b, k++, ends[0]!);
    for (let w = 1; w < width; w++) b.edges.push({ id: `em${k}-${w}`, type: 'push', source: ends[w]!, target: mergeId });
  }
  while (k < steps) last = addStep(b, k++, last);
  return finish(b, last);
}
