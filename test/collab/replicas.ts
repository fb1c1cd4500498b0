import * as Y from 'yjs';
import { writeDocument } from '../../src/collab';
import type { VsmDocument } from '../../src/domain/types';

/** Copies everything `from` has that `to` lacks, as a provider would when two peers meet. */
export function syncOneWay(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'remote');
}

/** Brings every replica up to date with every other. */
export function syncAll(...docs: Y.Doc[]): void {
  for (const from of docs) for (const to of docs) if (from !== to) syncOneWay(from, to);
}

/** `count` replicas holding the same `doc`, as people who joined one room. */
export function replicasOf(doc: VsmDocument, count: number): Y.Doc[] {
  const first = new Y.Doc();
  writeDocument(first, doc);
  const docs = [first];
  for (let i = 1; i < count; i++) {
    const next = new Y.Doc();
    syncOneWay(first, next);
    docs.push(next);
  }
  return docs;
}
