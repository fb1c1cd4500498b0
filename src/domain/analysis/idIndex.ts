/**
 * Node id → node index, as an open-addressing hash table in one Int32Array. A JS Map of 20,000 ids
 * regrows its table a dozen times, and past a few thousand entries each table is a large heap
 * object on fresh memory: building one cost about 6 ms per analysis of a 10,000-step map, more
 * than the rest of readMap. This table is one allocation of known size. The first node of an id
 * wins; `duplicates` says whether there were more.
 */
export class IdIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;
  readonly duplicates: boolean = false;

  constructor(private readonly nodes: readonly { id: string }[]) {
    let capacity = 16;
    while (capacity < nodes.length * 2) capacity *= 2; // at most half full: short probes
    this.slots = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    for (let i = 0; i < nodes.length; i++) {
      const id = nodes[i]!.id;
      let slot = hash(id) & this.mask;
      for (; this.slots[slot] !== -1; slot = (slot + 1) & this.mask) {
        if (nodes[this.slots[slot]!]!.id === id) break;
      }
      if (this.slots[slot] === -1) this.slots[slot] = i;
      else this.duplicates = true;
    }
  }

  /** The index of the (first) node with this id, or undefined. */
  get(id: string): number | undefined {
    for (let slot = hash(id) & this.mask; ; slot = (slot + 1) & this.mask) {
      const i = this.slots[slot]!;
      if (i === -1) return undefined;
      if (this.nodes[i]!.id === id) return i;
    }
  }
}

/** FNV-1a over the UTF-16 code units, with a final mix so the low bits (the slot) vary. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h ^ (h >>> 16);
}
