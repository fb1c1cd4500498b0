/**
 * How the panels name a step of the flow in the UI language: by the name the team gave it,
 * else by its kind in the reader's language ("Persediaan"). The analysis gives '' for a step
 * without a name, and its type.
 */
import { roleOf } from '../domain/symbols';
import { isMaterialEdge, type MapState, type VsmNode, type VsmNodeType } from '../domain/types';
import type { Language } from './language';
import { MESSAGES } from './messages';
import { symbolName } from './symbols';

/** A step's name in `lang`: the team's label, else its symbol's name (`type`, when known). */
export function stepName(label: string | null | undefined, lang: Language, type?: VsmNodeType): string {
  const text = (label ?? '').trim();
  if (text !== '') return text;
  return type === undefined ? MESSAGES[lang].metrics.unnamedStep : symbolName(type, lang);
}

const ownName = (node: VsmNode): string => {
  const data = node.data as { name?: unknown; title?: unknown };
  const name = typeof data.name === 'string' ? data.name : typeof data.title === 'string' ? data.title : '';
  return name.trim();
};

/**
 * Every symbol of a map by the name people use, never its internal id: its own name or title;
 * an unnamed stock by the step feeding it ("Inventory after Stamping"); otherwise its kind.
 * Names that would repeat get a number in map order ("Process 1", "Process 2").
 */
export function symbolLabels(map: Pick<MapState, 'nodes' | 'edges'>, lang: Language): Map<string, string> {
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  const plain = (node: VsmNode): string => ownName(node) || symbolName(node.type, lang);
  // The first material arrow into each symbol, found once: a map of thousands stays linear.
  const firstFeed = new Map<string, VsmNode>();
  for (const edge of map.edges) {
    const source = byId.get(edge.source);
    if (source && isMaterialEdge(edge) && !firstFeed.has(edge.target)) firstFeed.set(edge.target, source);
  }
  const feederOf = (node: VsmNode): VsmNode | undefined => {
    if (ownName(node) !== '' || !['stock', 'fifo'].includes(roleOf(node.type))) return undefined;
    return firstFeed.get(node.id);
  };
  // Named and unfed symbols first, so a stock names its feeder as the list does ("Process 2").
  const own = numbered(map.nodes.filter((n) => !feederOf(n)).map((n) => [n.id, plain(n)]));
  const fed = numbered(map.nodes.flatMap((n): [string, string][] => {
    const feeder = feederOf(n);
    return feeder ? [[n.id, MESSAGES[lang].connect.after(symbolName(n.type, lang), own.get(feeder.id) ?? plain(feeder))]] : [];
  }));
  return new Map(map.nodes.map((n) => [n.id, own.get(n.id) ?? fed.get(n.id)!]));
}

/** Labels that repeat get a number in order ("Process 1", "Process 2"); unique ones stay. */
function numbered(labels: readonly [string, string][]): Map<string, string> {
  const total = new Map<string, number>();
  for (const [, label] of labels) total.set(label, (total.get(label) ?? 0) + 1);
  const seen = new Map<string, number>();
  return new Map(labels.map(([id, label]) => {
    if (total.get(label) === 1) return [id, label];
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return [id, `${label} ${n}`];
  }));
}
