import type { VsmDocument, VsmNodeType } from '../domain/types';

/** Short id prefixes by symbol: `p7` is a process, `i8` an inventory, `e9` an edge. */
export const ID_PREFIX: Record<VsmNodeType | 'edge', string> = {
  process: 'p', workcell: 'w', supplier: 's', customer: 'c', inventory: 'i', supermarket: 'sm',
  fifo: 'f', buffer: 'b', transport: 't', operator: 'o', control: 'pc', 'kanban-production': 'kp',
  'kanban-withdrawal': 'kw', 'kanban-signal': 'ks', 'kanban-post': 'kpo', heijunka: 'h', 'go-see': 'g',
  kaizen: 'k', quality: 'q', note: 'n', edge: 'e',
};

// Up to 15 digits keeps the number exact as a double; longer ids are still checked against `taken`.
const TRAILING_NUMBER = /(\d{1,15})$/;

/**
 * Makes ids unique across both states of `doc`: one counter above the highest trailing number of
 * any id in the document, so `p7` and `i7` never both appear and a copy pasted into the other
 * state can never meet its original's id.
 */
export function createIdFactory(doc: VsmDocument): (prefix: string) => string {
  const taken = new Set<string>();
  let highest = 0;
  for (const map of [doc.states.current, doc.states.future]) {
    if (!map) continue;
    for (const item of [...map.nodes, ...map.edges]) {
      taken.add(item.id);
      const match = TRAILING_NUMBER.exec(item.id);
      if (match) highest = Math.max(highest, Number(match[1]));
    }
  }
  let next = highest + 1;
  return (prefix) => {
    let id = `${prefix}${next++}`;
    while (taken.has(id)) id = `${prefix}${next++}`;
    taken.add(id);
    return id;
  };
}
