import { WASTE_IDS, isMaterialEdge, type KaizenData, type QualityData, type TransportData, type WasteId } from '../types';
import {
  FIFO, HAS_PROCESSING, INSPECTION, PROCESS, TRANSPORT, UPTIME_GIVEN, VALUE_ADDED_KNOWN, isStockKind, type MapContext,
} from './context';
import type { CriticalPathResult } from './criticalPath';
import { Evidence, measured } from './findings';
import { fmt, pct } from './labels';
import type { LeadTime } from './leadTime';
import type { Loads } from './load';
import { num } from './numbers';
import type { WasteFinding, WasteReport } from './types';

/** The adjustable thresholds of the measured waste rules (spec section 5). */
export interface WasteThresholds {
  /** Overproduction: a step whose load is below this runs faster than takt. */
  fastStepLoad: number;
  /** Overproduction: … and feeds a stock of more than this many days. */
  overproducedStockDays: number;
  /** Waiting: uptime below this percentage. */
  minUptimePct: number;
  /** Waiting: changeover longer than this share (0..1) of the available time a day. */
  maxChangeoverShareOfDay: number;
  /** Non-utilized talent: operator utilisation below this share (0..1). */
  minOperatorUtilisation: number;
  /** Inventory: stock above this many days. */
  maxStockDays: number;
}

export const DEFAULT_WASTE_THRESHOLDS: Readonly<WasteThresholds> = Object.freeze({
  fastStepLoad: 0.7,
  overproducedStockDays: 1,
  minUptimePct: 90,
  maxChangeoverShareOfDay: 0.1,
  minOperatorUtilisation: 0.7,
  maxStockDays: 1,
});

export interface WasteInputs {
  ctx: MapContext;
  onFlow: Uint8Array;
  /** Null when the flow has a loop or no end. */
  critical: CriticalPathResult | null;
  leadTime: LeadTime | null;
  loads: Loads;
}

type Measured = { score: number | null; findings: WasteFinding[] };

/** The eight wastes: measured score and findings per category, then the team's tagged findings. */
export function assessWastes(input: WasteInputs, thresholds: WasteThresholds): WasteReport[] {
  const byCategory: Record<WasteId, Measured> = {
    defects: defects(input),
    overproduction: overproduction(input, thresholds),
    waiting: waiting(input, thresholds),
    talent: talent(input, thresholds),
    transportation: transportation(input),
    inventory: inventory(input, thresholds),
    motion: motion(input),
    'extra-processing': extraProcessing(input),
  };
  const tagged = taggedFindings(input.ctx);
  return WASTE_IDS.map((category) => ({
    category,
    score: finiteScore(byCategory[category].score),
    findings: [...byCategory[category].findings, ...tagged[category]],
  }));
}

// Each category below scores from all its evidence and hands every piece (node indices and a
// severity, no strings) to an Evidence, which writes messages for the worst 50 only. Rule numbers
// (SCRAP, QUALITY …) are positions in the category's list of rules.

const SCRAP = 0;
const QUALITY = 1;
const REWORK = 2;

/**
 * Defects: scrap, quality problems, rework loops; score 1 − rolled throughput yield of the critical path.
 * Severity is the share of bad parts (scrap % / 100, ppm / 1,000,000); rework loops have none.
 */
function defects({ ctx, leadTime }: WasteInputs): Measured {
  const { nodes, kind, scrapPct, name, indexOf } = ctx;
  const edges = ctx.state.edges;
  const qualityPpm = (i: number) => num((nodes[i]!.data as QualityData).ppm);
  const evidence = new Evidence(ctx, [
    {
      tier: 0, one: 'step with scrap', many: 'steps with scrap',
      finding: (i) => measured([nodes[i]!.id], `Scrap ${fmt(scrapPct[i]!)} % at ${name(i)}`, scrapPct[i]!),
    },
    {
      tier: 0, one: 'quality problem', many: 'quality problems',
      finding: (i) => {
        const ppm = qualityPpm(i);
        const id = nodes[i]!.id;
        return measured([id], ppm === undefined ? `Quality problem marked (${id})` : `Quality problem (${id}): ${fmt(ppm)} ppm`, ppm ?? null);
      },
    },
    {
      tier: 0, one: 'rework loop', many: 'rework loops',
      finding: (s, t, e) => {
        const distanceM = num(edges[e]!.data?.distanceM);
        return measured([nodes[s]!.id, nodes[t]!.id],
          `Rework loop from ${name(s)} back to ${name(t)}${distanceM === undefined ? '' : ` (${fmt(distanceM)} m)`}`, null);
      },
    },
  ]);
  for (let i = 0; i < nodes.length; i++) {
    const scrap = scrapPct[i]!;
    if (kind[i] === PROCESS && scrap > 0) evidence.add(SCRAP, scrap / 100, i);
    else if (nodes[i]!.type === 'quality') evidence.add(QUALITY, (qualityPpm(i) ?? -Infinity) / 1e6, i);
  }
  for (let e = 0; e < edges.length; e++) {
    const edge = edges[e]!;
    if (edge.data?.rework !== true || !isMaterialEdge(edge)) continue;
    const s = indexOf.get(edge.source);
    const t = indexOf.get(edge.target);
    if (s !== undefined && t !== undefined) evidence.add(REWORK, -Infinity, s, t, e);
  }
  // Without scrap entered on the critical path 1 − RTY would be a made-up zero.
  const score = leadTime !== null && leadTime.scrapKnown ? 1 - leadTime.rolledThroughputYield : null;
  return { score, findings: evidence.findings() };
}

const PLAIN = 0;
const PUSH = 1;
const PULL = 2;

const PUSH_LINK = 0;
const FAST_STEP = 1;

/**
 * Overproduction. A link joins two processes with only non-process nodes (stocks, transport)
 * between them. It is a push link when its path has a push edge and neither a withdrawal edge
 * nor a FIFO lane (a pulled supermarket or a FIFO lane limits what the upstream step makes).
 * Score = push links / all links. Also: a step faster than takt feeding more than a day of stock
 * (severity: the stock days; push links have none and rank after).
 */
function overproduction({ ctx, loads }: WasteInputs, t: WasteThresholds): Measured {
  const { nodes, kind, edgeIndex, edgeTarget, outStart, outList, waitingDays, name } = ctx;
  const edges = ctx.state.edges;
  const count = nodes.length;
  const evidence = new Evidence(ctx, [
    {
      tier: 0, one: 'push link', many: 'push links',
      finding: (p, to) => measured([nodes[p]!.id, nodes[to]!.id], `Push link from ${name(p)} to ${name(to)}`, null),
    },
    {
      tier: 0,
      one: `step faster than takt feeding more than ${days(t.overproducedStockDays)} of stock`,
      many: `steps faster than takt feeding more than ${days(t.overproducedStockDays)} of stock`,
      finding: (p, s) => measured([nodes[p]!.id, nodes[s]!.id],
        `${name(p)} runs at load ${fmt(loads.loadByIndex[p]!)} (below ${fmt(t.fastStepLoad)}, faster than takt) and feeds ${fmt(waitingDays[s]!)} days of stock at ${name(s)}`,
        waitingDays[s]!),
    },
  ]);
  // Walk stamps instead of a fresh set per process: one visit per (node, state) per walk.
  const visited = new Int32Array(count * 3);
  const linkedIn = new Int32Array(count); // walk stamp of the process reached
  const linkState = new Uint8Array(count);
  const reached = new Int32Array(count); // processes reached by this walk: reached[0 .. reachedCount)
  const stack: number[] = [];
  let links = 0;
  let pushLinks = 0;

  for (let p = 0; p < count; p++) {
    if (kind[p] !== PROCESS) continue;
    const walk = p + 1;
    let reachedCount = 0;
    stack.push(p, PLAIN);
    while (stack.length > 0) {
      const state = stack.pop()!;
      const at = stack.pop()!;
      for (let k = outStart[at]!; k < outStart[at + 1]!; k++) {
        const e = outList[k]!;
        const to = edgeTarget[e]!;
        const type = edges[edgeIndex[e]!]!.type;
        const next = state === PULL || type === 'withdrawal' || kind[to] === FIFO ? PULL : type === 'push' ? PUSH : state;
        if (kind[to] === PROCESS) {
          if (to === p) continue;
          if (linkedIn[to] !== walk) {
            linkedIn[to] = walk;
            linkState[to] = next;
            reached[reachedCount++] = to;
          } else if (next === PUSH) linkState[to] = PUSH;
        } else if (visited[to * 3 + next] !== walk) {
          visited[to * 3 + next] = walk;
          stack.push(to, next);
        }
      }
    }
    links += reachedCount;
    for (let r = 0; r < reachedCount; r++) {
      const to = reached[r]!;
      if (linkState[to] !== PUSH) continue;
      pushLinks++;
      evidence.add(PUSH_LINK, -Infinity, p, to);
    }

    if (!(loads.loadByIndex[p]! < t.fastStepLoad)) continue;
    for (let k = outStart[p]!; k < outStart[p + 1]!; k++) {
      const s = edgeTarget[outList[k]!]!;
      const stockDays = waitingDays[s]!;
      if (isStockKind(kind[s]!) && stockDays > t.overproducedStockDays) evidence.add(FAST_STEP, stockDays, p, s);
    }
  }
  return { score: links > 0 ? pushLinks / links : null, findings: evidence.findings() };
}

const LOW_UPTIME = 0;
const LONG_CHANGEOVER = 1;

/**
 * Waiting: uptime below the threshold, changeover above a share of the day (one changeover a day
 * assumed). A flagged step's downtime share = max(1 − uptime, changeover / A), as uptime usually
 * already includes changeovers. Score = mean downtime share of the flagged steps. Severity of a
 * finding: its own downtime share (1 − uptime, or changeover / A), so both rules rank together.
 */
function waiting({ ctx }: WasteInputs, t: WasteThresholds): Measured {
  const { nodes, kind, processFlags, uptimePct, changeoverSec, name } = ctx;
  const secPerDay = ctx.demand.availableSecondsPerDay;
  const evidence = new Evidence(ctx, [
    {
      tier: 0, one: `step with uptime below ${fmt(t.minUptimePct)} %`, many: `steps with uptime below ${fmt(t.minUptimePct)} %`,
      finding: (i) => measured([nodes[i]!.id], `Uptime ${fmt(uptimePct[i]!)} % at ${name(i)}, below ${fmt(t.minUptimePct)} %`, uptimePct[i]!),
    },
    {
      tier: 0,
      one: `step with a changeover above ${pct(t.maxChangeoverShareOfDay)} of the day`,
      many: `steps with a changeover above ${pct(t.maxChangeoverShareOfDay)} of the day`,
      finding: (i) => {
        const changeover = changeoverSec[i]!;
        return measured([nodes[i]!.id],
          `Changeover ${fmt(changeover)} s at ${name(i)} is ${pct(changeover / secPerDay)} of the ${fmt(secPerDay)} s day, above ${pct(t.maxChangeoverShareOfDay)}`,
          changeover);
      },
    },
  ]);
  let anyData = false;
  let flagged = 0;
  let downtimeShareSum = 0;
  for (let i = 0; i < nodes.length; i++) {
    if (kind[i] !== PROCESS) continue;
    const uptimeGiven = (processFlags[i]! & UPTIME_GIVEN) !== 0;
    const uptime = uptimePct[i]!;
    const changeover = changeoverSec[i]!;
    const changeoverGiven = !Number.isNaN(changeover);
    if (uptimeGiven || changeoverGiven) anyData = true;
    const uptimeFlag = uptimeGiven && uptime < t.minUptimePct;
    const changeoverShare = changeoverGiven && secPerDay > 0 ? changeover / secPerDay : 0;
    const changeoverFlag = changeoverShare > t.maxChangeoverShareOfDay;
    if (uptimeFlag) evidence.add(LOW_UPTIME, 1 - uptime / 100, i);
    if (changeoverFlag) evidence.add(LONG_CHANGEOVER, changeoverShare, i);
    if (uptimeFlag || changeoverFlag) {
      flagged++;
      downtimeShareSum += Math.min(1, Math.max(1 - uptime / 100, changeoverShare));
    }
  }
  const score = !anyData ? null : flagged === 0 ? 0 : downtimeShareSum / flagged;
  return { score, findings: evidence.findings() };
}

/**
 * Non-utilized talent: operator utilisation = processing s / (takt × operators) on manned steps
 * with a processing time. Score = 1 − mean utilisation (each capped at 1). The least utilised rank first.
 */
function talent({ ctx }: WasteInputs, t: WasteThresholds): Measured {
  const { nodes, kind, processFlags, processingSec, operators, name } = ctx;
  const taktTimeSec = ctx.demand.taktTimeSec;
  if (taktTimeSec === null) return { score: null, findings: [] };
  const utilisationOf = (i: number) => processingSec[i]! / (taktTimeSec * operators[i]!);
  const evidence = new Evidence(ctx, [{
    tier: 0,
    one: `step with operator utilisation below ${pct(t.minOperatorUtilisation)}`,
    many: `steps with operator utilisation below ${pct(t.minOperatorUtilisation)}`,
    finding: (i) => {
      const people = operators[i]!;
      const utilisation = utilisationOf(i);
      return measured([nodes[i]!.id],
        `Operator utilisation ${pct(utilisation)} at ${name(i)}: ${fmt(processingSec[i]!)} s processing, ${fmt(people)} operator${people === 1 ? '' : 's'}, takt ${fmt(taktTimeSec)} s; below ${pct(t.minOperatorUtilisation)}`,
        utilisation * 100);
    },
  }]);
  let steps = 0;
  let utilisationSum = 0;
  for (let i = 0; i < nodes.length; i++) {
    if (kind[i] !== PROCESS || operators[i]! < 1 || (processFlags[i]! & HAS_PROCESSING) === 0) continue;
    const utilisation = utilisationOf(i);
    steps++;
    utilisationSum += Math.min(utilisation, 1);
    if (utilisation < t.minOperatorUtilisation) evidence.add(0, 1 - utilisation, i);
  }
  return { score: steps > 0 ? 1 - utilisationSum / steps : null, findings: evidence.findings() };
}

const TRANSPORT_NODE = 0;
const SHIPMENT_EDGE = 1;
const DISTANCE = 2;

/**
 * Transportation: transport nodes and shipment edges inside the flow are transport steps; all steps
 * are those plus processes and stocks on the flow. Score = transport steps / all steps.
 * Distances on material edges are findings but do not change the score. Transport steps rank by
 * transit days; distances (metres, not comparable with days) rank after them.
 */
function transportation({ ctx, onFlow }: WasteInputs): Measured {
  const { nodes, kind, indexOf, name } = ctx;
  const edges = ctx.state.edges;
  const transitOf = (i: number) => num((nodes[i]!.data as TransportData).transitDays);
  const evidence = new Evidence(ctx, [
    {
      tier: 0, one: 'external shipment', many: 'external shipments',
      finding: (i) => {
        const node = nodes[i]!;
        const mode = (node.data as TransportData).mode;
        const transitDays = transitOf(i);
        return measured([node.id],
          `External shipment (${node.id})${typeof mode === 'string' ? ` by ${mode}` : ''}${transitDays === undefined ? '' : `: ${fmt(transitDays)} days in transit`}`,
          transitDays ?? null);
      },
    },
    {
      tier: 0, one: 'shipment', many: 'shipments',
      finding: (s, t, e) => {
        const transitDays = num(edges[e]!.data?.transitDays);
        return measured([nodes[s]!.id, nodes[t]!.id],
          `Shipment from ${name(s)} to ${name(t)}${transitDays === undefined ? '' : `: ${fmt(transitDays)} days in transit`}`,
          transitDays ?? null);
      },
    },
    {
      tier: 1, one: 'material move with a distance', many: 'material moves with a distance',
      finding: (s, t, e) => {
        const distanceM = num(edges[e]!.data?.distanceM)!;
        return measured([nodes[s]!.id, nodes[t]!.id], `Material moves ${fmt(distanceM)} m from ${name(s)} to ${name(t)}`, distanceM);
      },
    },
  ]);
  let steps = 0;
  let transportSteps = 0;
  for (let i = 0; i < nodes.length; i++) {
    if (onFlow[i] === 0) continue;
    const k = kind[i]!;
    if (k === TRANSPORT) {
      steps++;
      transportSteps++;
      evidence.add(TRANSPORT_NODE, transitOf(i) ?? -Infinity, i);
    } else if (k === PROCESS || isStockKind(k)) steps++;
  }
  for (let e = 0; e < edges.length; e++) {
    const edge = edges[e]!;
    if (!isMaterialEdge(edge)) continue;
    const shipment = edge.type === 'shipment' && edge.data?.rework !== true;
    const distanceM = num(edge.data?.distanceM) ?? 0;
    // Most edges are neither: no id look-ups for them.
    if (!shipment && distanceM === 0) continue;
    const s = indexOf.get(edge.source);
    const t = indexOf.get(edge.target);
    if (s === undefined || t === undefined) continue;
    if (shipment && onFlow[t] === 1) {
      steps++;
      transportSteps++;
      evidence.add(SHIPMENT_EDGE, num(edge.data?.transitDays) ?? -Infinity, s, t, e);
    }
    if (distanceM > 0) evidence.add(DISTANCE, distanceM, s, t, e);
  }
  return { score: steps > 0 ? transportSteps / steps : null, findings: evidence.findings() };
}

/**
 * Inventory: every stock above the threshold is a finding, the most days first. Score = days above
 * the threshold of the stocks on the critical path (Σ max(0, days − threshold)) / lead time days.
 */
function inventory({ ctx, critical, leadTime }: WasteInputs, t: WasteThresholds): Measured {
  const { nodes, kind, waitingDays, stockQuantity, name } = ctx;
  const evidence = new Evidence(ctx, [{
    tier: 0, one: `stock above ${days(t.maxStockDays)}`, many: `stocks above ${days(t.maxStockDays)}`,
    finding: (i) => {
      const units = stockQuantity[i]! > 0 ? ` (${fmt(stockQuantity[i]!)} units)` : '';
      return measured([nodes[i]!.id], `${fmt(waitingDays[i]!)} days of stock at ${name(i)}${units}, above ${days(t.maxStockDays)}`, waitingDays[i]!);
    },
  }]);
  for (let i = 0; i < nodes.length; i++) {
    const stockDays = waitingDays[i]!;
    if (isStockKind(kind[i]!) && stockDays > t.maxStockDays) evidence.add(0, stockDays, i);
  }
  const findings = evidence.findings();
  const leadTimeDays = leadTime?.leadTimeDays ?? null;
  if (critical === null || leadTimeDays === null || leadTimeDays <= 0) return { score: null, findings };
  let excessDays = 0;
  for (const i of critical.path) {
    if (isStockKind(kind[i]!)) excessDays += Math.max(0, waitingDays[i]! - t.maxStockDays);
  }
  return { score: Math.min(1, excessDays / leadTimeDays), findings };
}

/** Motion: motionSec on processes, the most first. Score = total motion s / total processing s, capped at 1. */
function motion({ ctx }: WasteInputs): Measured {
  const { nodes, kind, motionSec, processingSec, name } = ctx;
  const evidence = new Evidence(ctx, [{
    tier: 0, one: 'step with motion', many: 'steps with motion',
    finding: (i) => measured([nodes[i]!.id], `Motion ${fmt(motionSec[i]!)} s at ${name(i)} (${fmt(processingSec[i]!)} s processing)`, motionSec[i]!),
  }]);
  let anyData = false;
  let totalMotionSec = 0;
  let totalProcessingSec = 0;
  for (let i = 0; i < nodes.length; i++) {
    if (kind[i] !== PROCESS) continue;
    totalProcessingSec += processingSec[i]!;
    const moving = motionSec[i]!;
    if (Number.isNaN(moving)) continue;
    anyData = true;
    totalMotionSec += moving;
    if (moving > 0) evidence.add(0, moving, i);
  }
  const score = anyData && totalProcessingSec > 0 ? Math.min(1, totalMotionSec / totalProcessingSec) : null;
  return { score, findings: evidence.findings() };
}

const INSPECTION_STEP = 0;
const NON_VALUE_ADDED = 1;

/**
 * Extra processing: processing beyond value-added time and inspection steps (wholly
 * non-value-added unless the team enters value-added time). Score = non-value-added s / processing s.
 * Both rules rank by non-value-added seconds.
 */
function extraProcessing({ ctx }: WasteInputs): Measured {
  const { nodes, kind, processFlags, processingSec, valueAddedSec, name } = ctx;
  const extraSecOf = (i: number) => processingSec[i]! - valueAddedSec[i]!;
  const evidence = new Evidence(ctx, [
    {
      tier: 0, one: 'inspection step', many: 'inspection steps',
      finding: (i) => measured([nodes[i]!.id], `Inspection step ${name(i)}: ${fmt(extraSecOf(i))} s of non-value-added processing`, extraSecOf(i)),
    },
    {
      tier: 0, one: 'step with non-value-added processing', many: 'steps with non-value-added processing',
      finding: (i) => measured([nodes[i]!.id],
        `${fmt(extraSecOf(i))} s non-value-added at ${name(i)} (${fmt(processingSec[i]!)} s processing, ${fmt(valueAddedSec[i]!)} s value-added)`,
        extraSecOf(i)),
    },
  ]);
  let anyData = false;
  let nonValueAddedSec = 0;
  let totalProcessingSec = 0;
  for (let i = 0; i < nodes.length; i++) {
    if (kind[i] !== PROCESS) continue;
    const flags = processFlags[i]!;
    const processing = processingSec[i]!;
    const extraSec = processing - valueAddedSec[i]!;
    totalProcessingSec += processing;
    nonValueAddedSec += extraSec;
    if ((flags & VALUE_ADDED_KNOWN) !== 0) anyData = true;
    if ((flags & INSPECTION) !== 0) evidence.add(INSPECTION_STEP, extraSec, i);
    else if (extraSec > 0) evidence.add(NON_VALUE_ADDED, extraSec, i);
  }
  const score = anyData && totalProcessingSec > 0 ? nonValueAddedSec / totalProcessingSec : null;
  return { score, findings: evidence.findings() };
}

/** The team's marks: wasteTags on any node, `waste` on kaizen bursts. They never change a score. */
function taggedFindings(ctx: MapContext): Record<WasteId, WasteFinding[]> {
  const tagged = Object.fromEntries(WASTE_IDS.map((id) => [id, [] as WasteFinding[]])) as Record<WasteId, WasteFinding[]>;
  const { nodes, name } = ctx;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const tags = node.data.wasteTags;
    if (Array.isArray(tags) && tags.length > 0) {
      for (const tag of new Set(tags)) {
        if (isWasteId(tag)) tagged[tag].push({ nodeIds: [node.id], message: `Tagged on ${name(i)}`, value: null, source: 'tagged' });
      }
    }
    if (node.type !== 'kaizen') continue;
    const data = node.data as KaizenData;
    if (!isWasteId(data.waste)) continue;
    const step = typeof data.stepId === 'string' ? ctx.indexOf.get(data.stepId) : undefined;
    tagged[data.waste].push({
      nodeIds: step === undefined ? [node.id] : [node.id, nodes[step]!.id],
      message: `Kaizen burst ${name(i)}${step === undefined ? '' : ` on ${name(step)}`}`,
      value: null,
      source: 'tagged',
    });
  }
  return tagged;
}

/** "1 day", "2.5 days". */
function days(count: number): string {
  return `${fmt(count)} ${count === 1 ? 'day' : 'days'}`;
}

function finiteScore(score: number | null): number | null {
  return score !== null && Number.isFinite(score) ? score : null;
}

const WASTE_ID_SET: ReadonlySet<string> = new Set(WASTE_IDS);

function isWasteId(value: unknown): value is WasteId {
  return typeof value === 'string' && WASTE_ID_SET.has(value);
}
