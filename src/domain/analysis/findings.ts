import { fmt } from './labels';
import type { MapContext } from './context';
import type { WasteFinding } from './types';

/** Measured findings kept per waste category; the rest is one summary finding. A team reads the worst 50. */
export const MAX_FINDINGS_PER_CATEGORY = 50;

/** One measured rule of a category: how its evidence ranks, reads as a finding, and is counted in the summary. */
export interface FindingRule {
  /**
   * Lower tiers rank first. Rules of one tier share a severity scale (downtime share, days);
   * a rule on a scale that cannot be compared (metres against days) gets its own tier.
   */
  tier: number;
  /** What the summary counts, one and many: "step with uptime below 90 %". */
  one: string;
  many: string;
  /** The finding of one piece of evidence; called only for the findings kept, where the strings are made. */
  finding(a: number, b: number, edge: number): WasteFinding;
}

/**
 * The evidence of one category in document order, as parallel number arrays: rule (index into
 * `rules`), node indices
 * a and b (−1 for none), edge index into state.edges (−1 for none) and severity (higher is worse;
 * −Infinity for a mark without a measured value). No object or string per piece of evidence:
 * on a 10,000-step map those were most of the analyzer's time, in garbage collection.
 */
export class Evidence {
  constructor(readonly rules: readonly FindingRule[]) {}

  readonly rule: number[] = [];
  readonly a: number[] = [];
  readonly b: number[] = [];
  readonly edge: number[] = [];
  readonly severity: number[] = [];

  get size(): number {
    return this.rule.length;
  }

  add(rule: number, severity: number, a: number, b = -1, edge = -1): void {
    this.rule.push(rule);
    this.severity.push(severity);
    this.a.push(a);
    this.b.push(b);
    this.edge.push(edge);
  }
}

export function measured(nodeIds: string[], message: string, value: number | null): WasteFinding {
  return { nodeIds, message, value, source: 'measured' };
}

/**
 * The `limit` most severe findings (tier, then severity, then document order), and when there was
 * more evidence, one summary finding naming all the other nodes. O(n log limit): a heap of the
 * kept, not a sort of everything.
 */
export function keepWorst(evidence: Evidence, ctx: MapContext, limit = MAX_FINDINGS_PER_CATEGORY): WasteFinding[] {
  const { rules, rule, severity } = evidence;
  const n = evidence.size;
  // True when evidence i ranks before j.
  const before = (i: number, j: number): boolean => {
    const ti = rules[rule[i]!]!.tier;
    const tj = rules[rule[j]!]!.tier;
    if (ti !== tj) return ti < tj;
    const si = severity[i]!;
    const sj = severity[j]!;
    return si !== sj ? si > sj : i < j;
  };

  // Min-heap on rank: the root is the least severe of those kept so far.
  const heap: number[] = [];
  for (let i = 0; i < n; i++) {
    if (heap.length < limit) {
      heap.push(i);
      siftUp(heap, heap.length - 1, before);
    } else if (limit > 0 && before(i, heap[0]!)) {
      heap[0] = i;
      siftDown(heap, 0, before);
    }
  }
  const kept = heap.sort((i, j) => (before(i, j) ? -1 : 1));
  const findings = kept.map((i) => rules[rule[i]!]!.finding(evidence.a[i]!, evidence.b[i]!, evidence.edge[i]!));
  if (n > kept.length) findings.push(summary(evidence, ctx, kept));
  return findings;
}

/** "… and 70 more steps with uptime below 90 %", naming every node of the evidence not kept. */
function summary(evidence: Evidence, ctx: MapContext, kept: readonly number[]): WasteFinding {
  const { rules } = evidence;
  const isKept = new Uint8Array(evidence.size);
  for (const i of kept) isKept[i] = 1;
  const named = new Uint8Array(ctx.nodes.length);
  const nodeIds: string[] = [];
  const name = (node: number) => {
    if (node < 0 || named[node] === 1) return;
    named[node] = 1;
    nodeIds.push(ctx.nodes[node]!.id);
  };
  const countByRule = new Array<number>(rules.length).fill(0);
  for (let i = 0; i < evidence.size; i++) {
    if (isKept[i] === 1) continue;
    countByRule[evidence.rule[i]!]!++;
    name(evidence.a[i]!);
    name(evidence.b[i]!);
  }
  // One rule: "… and 70 more steps with …"; several: "… and 70 more: 40 steps with …, 30 steps with …".
  const counted = countByRule.flatMap((count, r) => (count > 0 ? [r] : []));
  const counts = (r: number, more = '') => {
    const count = countByRule[r]!;
    return `${fmt(count)} ${more}${count === 1 ? rules[r]!.one : rules[r]!.many}`;
  };
  const message = counted.length === 1
    ? `… and ${counts(counted[0]!, 'more ')}`
    : `… and ${fmt(evidence.size - kept.length)} more: ${counted.map((r) => counts(r)).join(', ')}`;
  return measured(nodeIds, message, null);
}

function siftUp(heap: number[], at: number, before: (i: number, j: number) => boolean): void {
  while (at > 0) {
    const parent = (at - 1) >> 1;
    // The root holds the item that ranks last.
    if (!before(heap[parent]!, heap[at]!)) return;
    const item = heap[at]!;
    heap[at] = heap[parent]!;
    heap[parent] = item;
    at = parent;
  }
}

function siftDown(heap: number[], at: number, before: (i: number, j: number) => boolean): void {
  for (;;) {
    const left = 2 * at + 1;
    const right = left + 1;
    let last = at;
    if (left < heap.length && before(heap[last]!, heap[left]!)) last = left;
    if (right < heap.length && before(heap[last]!, heap[right]!)) last = right;
    if (last === at) return;
    const item = heap[at]!;
    heap[at] = heap[last]!;
    heap[last] = item;
    at = last;
  }
}
