import { newId } from '../collab/ids';
import type { VsmDocument, VsmNodeType } from '../domain/types';

/** Short id prefixes by symbol: `p-…` is a process, `i-…` an inventory, `e-…` an edge. */
export const ID_PREFIX: Record<VsmNodeType | 'edge', string> = {
  process: 'p', workcell: 'w', supplier: 's', customer: 'c', inventory: 'i', supermarket: 'sm',
  fifo: 'f', buffer: 'b', transport: 't', operator: 'o', control: 'pc', 'kanban-production': 'kp',
  'kanban-withdrawal': 'kw', 'kanban-signal': 'ks', 'kanban-post': 'kpo', heijunka: 'h', 'go-see': 'g',
  kaizen: 'k', quality: 'q', note: 'n', edge: 'e',
};

/**
 * Makes new ids for `doc`: random (`newId`), since people in a room add symbols at the same
 * time and "highest number + 1" would give two of them the same id; never one already in
 * either state of the document.
 */
export function createIdFactory(doc: VsmDocument): (prefix: string) => string {
  const taken = new Set<string>();
  for (const map of [doc.states.current, doc.states.future]) {
    if (!map) continue;
    for (const item of [...map.nodes, ...map.edges]) taken.add(item.id);
  }
  return (prefix) => {
    let id = newId(prefix);
    while (taken.has(id)) id = newId(prefix);
    taken.add(id);
    return id;
  };
}
