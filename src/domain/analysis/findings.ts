import { message, type Message, type WasteRule, type WasteRuleCount } from '../messages';
import type { MapContext } from './context';
import type { WasteFinding } from './types';

/** Measured findings kept per waste category; the rest become one summary finding. A team reads the worst 50. */
export const MAX_FINDINGS_PER_CATEGORY = 50;

/** One measured rule of a category: how its evidence ranks, reads as a finding, and is counted in the summary. */
export interface FindingRule {
  /**
   * Lower tiers rank first. Rules of one tier share a severity scale (downtime share, days);
   * a rule on a scale that cannot be compared (metres against days) gets a tier of its own.
   */
  tier: number;
  /** What the summary counts the evidence as ("70 more steps with uptime below 90 %"). */
  rule: WasteRule;
  /** The rule's threshold, for the summary; null when it has none. */
  limit: number | null;
  /** The finding of one piece of evidence; called only for the findings kept, so only they make messages. */
  finding(a: number, b: number, edge: number): WasteFinding;
}

/** A kept piece of evidence. At most `limit` of them exist; a displaced one is reused. */
interface Piece {
  rule: number;
  tier: number;
  severity: number;
  /** Document order: evidence added earlier ranks first among equals. */
  seq: number;
  a: number;
  b: number;
  edge: number;
}

/**
 * The evidence of one waste category, kept compact: the `limit` most severe pieces in a small
 * heap, a count per rule, and how often each node is named. No object or string per piece of
 * evidence: on a 10,000-step map those were most of the analyzer's time, spent in garbage collection.
 * Scores are computed by the rules themselves from all evidence; this only decides what is listed.
 */
export class Evidence {
  private readonly heap: Piece[] = [];
  private readonly countByRule: number[];
  /** Pieces of evidence naming each node (made at the first piece). */
  private namedBy: Int32Array | null = null;
  private seen = 0;

  constructor(
    private readonly ctx: MapContext,
    private readonly rules: readonly FindingRule[],
    private readonly limit = MAX_FINDINGS_PER_CATEGORY,
  ) {
    this.countByRule = rules.map(() => 0);
  }

  /**
   * One piece of evidence of rule `rule` (index into the rules) about node a, and node b and
   * edge (index into state.edges) where the rule has them (−1 otherwise). Severity: higher is
   * worse; −Infinity for a mark without a measured value (it ranks after the measured ones).
   */
  add(rule: number, severity: number, a: number, b = -1, edge = -1): void {
    const namedBy = (this.namedBy ??= new Int32Array(this.ctx.nodes.length));
    namedBy[a]!++;
    if (b >= 0) namedBy[b]!++;
    this.countByRule[rule]!++;
    const seq = this.seen++;
    const tier = this.rules[rule]!.tier;
    const { heap } = this;
    if (heap.length < this.limit) {
      heap.push({ rule, tier, severity, seq, a, b, edge });
      siftUp(heap, heap.length - 1);
    } else if (heap.length > 0 && ranksBefore(tier, severity, seq, heap[0]!)) {
      // The root is the least severe kept: the new piece takes its place (and its object).
      const root = heap[0]!;
      root.rule = rule;
      root.tier = tier;
      root.severity = severity;
      root.seq = seq;
      root.a = a;
      root.b = b;
      root.edge = edge;
      siftDown(heap, 0);
    }
  }

  /** The number of pieces of evidence added. */
  get size(): number {
    return this.seen;
  }

  /** The kept findings, most severe first, then "… and 70 more …" naming the nodes of all the others. Call once. */
  findings(): WasteFinding[] {
    const kept = this.heap.sort((x, y) => (before(x, y) ? -1 : 1));
    const findings = kept.map((p) => this.rules[p.rule]!.finding(p.a, p.b, p.edge));
    if (this.seen > kept.length) findings.push(this.summary(kept));
    return findings;
  }

  private summary(kept: readonly Piece[]): WasteFinding {
    const { rules, countByRule } = this;
    const namedBy = this.namedBy!;
    for (const p of kept) {
      countByRule[p.rule]!--;
      namedBy[p.a]!--;
      if (p.b >= 0) namedBy[p.b]!--;
    }
    // The nodes named by evidence not kept, in document order (counted first: up to 20,000 ids).
    let named = 0;
    for (let i = 0; i < namedBy.length; i++) if (namedBy[i]! > 0) named++;
    const nodeIds = new Array<string>(named);
    for (let i = 0, k = 0; i < namedBy.length; i++) if (namedBy[i]! > 0) nodeIds[k++] = this.ctx.nodes[i]!.id;

    const counts: WasteRuleCount[] = [];
    countByRule.forEach((count, r) => {
      if (count > 0) counts.push({ rule: rules[r]!.rule, count, limit: rules[r]!.limit });
    });
    return measured(nodeIds, message('waste.more', { total: this.seen - kept.length, counts }), null);
  }
}

export function measured(nodeIds: string[], finding: Message, value: number | null): WasteFinding {
  return { nodeIds, message: finding, value, source: 'measured' };
}

/** A piece of (tier, severity, seq) ranks before `other`: lower tier, then more severe, then earlier. */
function ranksBefore(tier: number, severity: number, seq: number, other: Piece): boolean {
  if (tier !== other.tier) return tier < other.tier;
  return severity !== other.severity ? severity > other.severity : seq < other.seq;
}

const before = (x: Piece, y: Piece) => ranksBefore(x.tier, x.severity, x.seq, y);

// A heap whose root is the piece that ranks last.
function siftUp(heap: Piece[], at: number): void {
  while (at > 0) {
    const parent = (at - 1) >> 1;
    if (!before(heap[parent]!, heap[at]!)) return;
    swap(heap, parent, at);
    at = parent;
  }
}

function siftDown(heap: Piece[], at: number): void {
  for (;;) {
    const left = 2 * at + 1;
    const right = left + 1;
    let last = at;
    if (left < heap.length && before(heap[last]!, heap[left]!)) last = left;
    if (right < heap.length && before(heap[last]!, heap[right]!)) last = right;
    if (last === at) return;
    swap(heap, last, at);
    at = last;
  }
}

function swap(heap: Piece[], i: number, j: number): void {
  const piece = heap[i]!;
  heap[i] = heap[j]!;
  heap[j] = piece;
}
