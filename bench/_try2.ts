import ELK from 'elkjs/lib/elk.bundled.js';
import { tidyMap } from '../src/layout/tidy';
import { chainMap, branchingMap } from './generate';
const SIZES: Record<string, [number, number]> = { process: [180,170], workcell:[180,170], supplier:[170,140], customer:[170,150], inventory:[96,120], supermarket:[96,130], fifo:[150,100], buffer:[96,130], transport:[130,120], operator:[90,56], control:[180,84], 'kanban-production':[90,96], 'kanban-withdrawal':[90,96], 'kanban-signal':[80,96], 'kanban-post':[72,72], heijunka:[140,90], 'go-see':[100,48], kaizen:[190,140], quality:[120,110], note:[180,100] };
const engine = new ELK();
for (const [name, m] of [['chain', chainMap(499)], ['branching', branchingMap(499)], ['chain', chainMap(499)], ['branching', branchingMap(499)]] as const) {
  const t0 = performance.now();
  const pos = await tidyMap(m, { sizeOf: (n) => ({ width: SIZES[n.type]![0], height: SIZES[n.type]![1] }), engine, gridPx: 20 });
  const xs = [...pos.values()].map((p) => p.x);
  console.log(name, m.nodes.length, 'nodes', Math.round(performance.now() - t0), 'ms', 'width', Math.max(...xs) - Math.min(...xs));
}
