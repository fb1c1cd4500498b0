import { WASTE_IDS, isMaterialEdge, type KaizenData, type QualityData, type TransportData, type WasteId } from '../types';
import {
  FIFO, HAS_PROCESSING, INSPECTION, PROCESS, TRANSPORT, UPTIME_GIVEN, VALUE_ADDED_KNOWN, isStockKind, type MapContext,
} from './context';
import type { CriticalPathResult } from './criticalPath';
import { message } from '../messages';
import { WASTE_MEASURES, type WasteMeasureKey } from '../metrics';
import { Evidence, measured } from './findings';
import type { LeadTime } from './leadTime';
import type { Loads } from './load';
import { num } from './numbers';
import type { WasteFinding, WasteMeasure, WasteReport } from './types';

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

/** A category's measured score, its absolute measures by key (see WASTE_MEASURES), and its findings. */
type Measured = { score: number | null; measures: Partial<Record<WasteMeasureKey, number | null>>; findings: WasteFinding[] };

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
  return WASTE_IDS.map((category) => {
    const { score, measures, findings } = byCategory[category];
    return {
      category,
      score: finiteScore(score),
      measures: WASTE_MEASURES[category].map(({ key, unit }): WasteMeasure => ({ key, unit, value: finiteScore(measures[key] ?? null) })),
      findings: [...findings, ...tagged[category]],
    };
  });
}

// Each category below scores from all its evidence and hands every piece (node indices and a
// severity, no objects) to an Evidence, which writes messages for the worst 50 only. Rule numbers
// (SCRAP, QUALITY …) are positions in the category's list of rules.

const SCRAP = 0;
const QUALITY = 1;
const REWORK = 2;

/**
 * Defects: scrap, quality problems, rework loops; score 1 − rolled throughput yield of the critical path.
 * Severity is the share of bad parts (scrap % / 100, ppm / 1,000,000); rework loops have none.
 */
function defects({ ctx, leadTime }: WasteInputs): Measured {
  const { nodes, kind, scrapPct, ref, indexOf } = ctx;
  const edges = ctx.state.edges;
  const qualityPpm = (i: number) => num((nodes[i]!.data as QualityData).ppm);
  const evidence = new Evidence(ctx, [
    {
      tier: 0, rule: 'scrap', limit: null,
      finding: (i) => measured([nodes[i]!.id], message('waste.scrap', { step: ref(i), scrapPct: scrapPct[i]! }), scrapPct[i]!),
    },
    {
      tier: 0, rule: 'qualityProblem', limit: null,
      finding: (i) => {
        const ppm = qualityPpm(i) ?? null;
        return measured([nodes[i]!.id], message('waste.qualityProblem', { node: ref(i), ppm }), ppm);
      },
    },
    {
      tier: 0, rule: 'reworkLoop', limit: null,
      finding: (s, t, e) => measured([nodes[s]!.id, nodes[t]!.id],
        message('waste.reworkLoop', { from: ref(s), to: ref(t), distanceM: num(edges[e]!.data?.distanceM) ?? null }), null),
    },
  ]);
  let qualityPpmSum: number | null = null;
  let reworkLoops = 0;
  for (let i = 0; i < nodes.length; i++) {
    const scrap = scrapPct[i]!;
    if (kind[i] === PROCESS && scrap > 0) evidence.add(SCRAP, scrap / 100, i);
    else if (nodes[i]!.type === 'quality') {
      const ppm = qualityPpm(i);
      if (ppm !== undefined) qualityPpmSum = (qualityPpmSum ?? 0) + ppm;
      evidence.add(QUALITY, (ppm ?? -Infinity) / 1e6, i);
    }
  }
  for (let e = 0; e < edges.length; e++) {
    const edge = edges[e]!;
    if (edge.data?.rework !== true || !isMaterialEdge(edge)) continue;
    const s = indexOf.get(edge.source);
    const t = indexOf.get(edge.target);
    if (s === undefined || t === undefined) continue;
    reworkLoops++;
    evidence.add(REWORK, -Infinity, s, t, e);
  }
  // Without scrap entered on the critical path 1 − RTY would be a made-up zero.
  const score = leadTime !== null && leadTime.scrapKnown ? 1 - leadTime.rolledThroughputYield : null;
  const measures = { scrapPpm: score === null ? null : score * 1e6, qualityPpm: qualityPpmSum, reworkLoops };
  return { score, measures, findings: evidence.findings() };
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
  const { nodes, kind, edgeIndex, edgeTarget, outStart, outList, waitingDays, ref } = ctx;
  const edges = ctx.state.edges;
  const count = nodes.length;
  const evidence = new Evidence(ctx, [
    {
      tier: 0, rule: 'pushLink', limit: null,
      finding: (p, to) => measured([nodes[p]!.id, nodes[to]!.id], message('waste.pushLink', { from: ref(p), to: ref(to) }), null),
    },
    {
      tier: 0, rule: 'fastStep', limit: t.overproducedStockDays,
      finding: (p, s) => measured([nodes[p]!.id, nodes[s]!.id], message('waste.fastStep', {
        step: ref(p), load: loads.loadByIndex[p]!, fastStepLoad: t.fastStepLoad, stock: ref(s), stockDays: waitingDays[s]!,
      }), waitingDays[s]!),
    },
  ]);
  // Each stock's days count once, however many fast steps feed it.
  const fedStock = new Uint8Array(count);
  let overproducedStockDays = 0;
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
      if (!isStockKind(kind[s]!) || !(stockDays > t.overproducedStockDays)) continue;
      evidence.add(FAST_STEP, stockDays, p, s);
      if (fedStock[s] === 0) {
        fedStock[s] = 1;
        overproducedStockDays += stockDays;
      }
    }
  }
  const measures = { pushLinks, overproducedStockDays: ctx.demand.taktTimeSec === null ? null : overproducedStockDays };
  return { score: links > 0 ? pushLinks / links : null, measures, findings: evidence.findings() };
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
  const { nodes, kind, processFlags, uptimePct, changeoverSec, ref } = ctx;
  const secPerDay = ctx.demand.availableSecondsPerDay;
  const evidence = new Evidence(ctx, [
    {
      tier: 0, rule: 'lowUptime', limit: t.minUptimePct,
      finding: (i) => measured([nodes[i]!.id],
        message('waste.lowUptime', { step: ref(i), uptimePct: uptimePct[i]!, minUptimePct: t.minUptimePct }), uptimePct[i]!),
    },
    {
      tier: 0, rule: 'longChangeover', limit: t.maxChangeoverShareOfDay,
      finding: (i) => {
        const changeoverSec = ctx.changeoverSec[i]!;
        return measured([nodes[i]!.id], message('waste.longChangeover', {
          step: ref(i), changeoverSec, shareOfDay: changeoverSec / secPerDay, availableSecondsPerDay: secPerDay,
          maxShareOfDay: t.maxChangeoverShareOfDay,
        }), changeoverSec);
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
  const measures = { downtimeSec: anyData && secPerDay > 0 ? downtimeShareSum * secPerDay : null };
  return { score, measures, findings: evidence.findings() };
}

/**
 * Non-utilized talent: operator utilisation = processing s / (takt × operators) on manned steps
 * with a processing time. Score = 1 − mean utilisation (each capped at 1). The least utilised rank first.
 */
function talent({ ctx }: WasteInputs, t: WasteThresholds): Measured {
  const { nodes, kind, processFlags, processingSec, operators, ref } = ctx;
  const taktTimeSec = ctx.demand.taktTimeSec;
  if (taktTimeSec === null) return { score: null, measures: { idleOperatorSec: null }, findings: [] };
  const utilisationOf = (i: number) => processingSec[i]! / (taktTimeSec * operators[i]!);
  const evidence = new Evidence(ctx, [{
    tier: 0, rule: 'lowUtilisation', limit: t.minOperatorUtilisation,
    finding: (i) => {
      const utilisation = utilisationOf(i);
      return measured([nodes[i]!.id], message('waste.lowUtilisation', {
        step: ref(i), utilisation, processingSec: processingSec[i]!, operators: operators[i]!, taktTimeSec,
        minUtilisation: t.minOperatorUtilisation,
      }), utilisation * 100);
    },
  }]);
  let steps = 0;
  let utilisationSum = 0;
  let idleOperatorSec = 0;
  for (let i = 0; i < nodes.length; i++) {
    if (kind[i] !== PROCESS || operators[i]! < 1 || (processFlags[i]! & HAS_PROCESSING) === 0) continue;
    const utilisation = utilisationOf(i);
    steps++;
    utilisationSum += Math.min(utilisation, 1);
    // Idle time per part: the operators' time at takt not filled with processing.
    idleOperatorSec += Math.max(0, taktTimeSec * operators[i]! - processingSec[i]!);
    if (utilisation < t.minOperatorUtilisation) evidence.add(0, 1 - utilisation, i);
  }
  const score = steps > 0 ? 1 - utilisationSum / steps : null;
  return { score, measures: { idleOperatorSec: score === null ? null : idleOperatorSec }, findings: evidence.findings() };
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
  const { nodes, kind, indexOf, ref } = ctx;
  const edges = ctx.state.edges;
  const transitOf = (i: number) => num((nodes[i]!.data as TransportData).transitDays);
  const evidence = new Evidence(ctx, [
    {
      tier: 0, rule: 'transport', limit: null,
      finding: (i) => {
        const mode = (nodes[i]!.data as TransportData).mode;
        const transitDays = transitOf(i) ?? null;
        return measured([nodes[i]!.id], message('waste.transport', {
          node: ref(i), mode: typeof mode === 'string' ? mode : null, transitDays,
        }), transitDays);
      },
    },
    {
      tier: 0, rule: 'shipment', limit: null,
      finding: (s, t, e) => {
        const transitDays = num(edges[e]!.data?.transitDays) ?? null;
        return measured([nodes[s]!.id, nodes[t]!.id], message('waste.shipment', { from: ref(s), to: ref(t), transitDays }), transitDays);
      },
    },
    {
      tier: 1, rule: 'distance', limit: null,
      finding: (s, t, e) => {
        const distanceM = num(edges[e]!.data?.distanceM)!;
        return measured([nodes[s]!.id, nodes[t]!.id], message('waste.distance', { from: ref(s), to: ref(t), distanceM }), distanceM);
      },
    },
  ]);
  let steps = 0;
  let transportSteps = 0;
  let transitDays = 0;
  let distanceM: number | null = null;
  for (let i = 0; i < nodes.length; i++) {
    if (onFlow[i] === 0) continue;
    const k = kind[i]!;
    if (k === TRANSPORT) {
      steps++;
      transportSteps++;
      const transit = transitOf(i);
      transitDays += transit ?? 0;
      evidence.add(TRANSPORT_NODE, transit ?? -Infinity, i);
    } else if (k === PROCESS || isStockKind(k)) steps++;
  }
  for (let e = 0; e < edges.length; e++) {
    const edge = edges[e]!;
    if (!isMaterialEdge(edge)) continue;
    const shipment = edge.type === 'shipment' && edge.data?.rework !== true;
    const distance = num(edge.data?.distanceM);
    // Most edges are neither: no id look-ups for them.
    if (!shipment && distance === undefined) continue;
    const s = indexOf.get(edge.source);
    const t = indexOf.get(edge.target);
    if (s === undefined || t === undefined) continue;
    if (shipment && onFlow[t] === 1) {
      steps++;
      transportSteps++;
      const transit = num(edge.data?.transitDays);
      transitDays += transit ?? 0;
      evidence.add(SHIPMENT_EDGE, transit ?? -Infinity, s, t, e);
    }
    if (distance !== undefined) {
      distanceM = (distanceM ?? 0) + distance;
      if (distance > 0) evidence.add(DISTANCE, distance, s, t, e);
    }
  }
  const score = steps > 0 ? transportSteps / steps : null;
  const measures = {
    transitDays: score === null ? null : transitDays,
    distanceM,
    transportMoves: score === null ? null : transportSteps,
  };
  return { score, measures, findings: evidence.findings() };
}

/**
 * Inventory: every stock above the threshold is a finding, the most days first. Score = days above
 * the threshold of the stocks on the critical path (Σ max(0, days − threshold)) / lead time days.
 */
function inventory({ ctx, critical, leadTime }: WasteInputs, t: WasteThresholds): Measured {
  const { nodes, kind, waitingDays, stockQuantity, ref } = ctx;
  const evidence = new Evidence(ctx, [{
    tier: 0, rule: 'excessStock', limit: t.maxStockDays,
    finding: (i) => {
      const units = stockQuantity[i]!;
      return measured([nodes[i]!.id], message('waste.excessStock', {
        stock: ref(i), stockDays: waitingDays[i]!, units: units > 0 ? units : null, maxStockDays: t.maxStockDays,
      }), waitingDays[i]!);
    },
  }]);
  let anyDays = false;
  let excessStockDays = 0;
  for (let i = 0; i < nodes.length; i++) {
    const stockDays = waitingDays[i]!;
    if (!isStockKind(kind[i]!) || Number.isNaN(stockDays)) continue;
    anyDays = true;
    if (stockDays > t.maxStockDays) {
      excessStockDays += stockDays - t.maxStockDays;
      evidence.add(0, stockDays, i);
    }
  }
  const findings = evidence.findings();
  const measures = { excessStockDays: anyDays ? excessStockDays : null };
  const leadTimeDays = leadTime?.leadTimeDays ?? null;
  if (critical === null || leadTimeDays === null || leadTimeDays <= 0) return { score: null, measures, findings };
  let excessDays = 0;
  for (const i of critical.path) {
    if (isStockKind(kind[i]!)) excessDays += Math.max(0, waitingDays[i]! - t.maxStockDays);
  }
  return { score: Math.min(1, excessDays / leadTimeDays), measures, findings };
}

/** Motion: motionSec on processes, the most first. Score = total motion s / total processing s, capped at 1. */
function motion({ ctx }: WasteInputs): Measured {
  const { nodes, kind, motionSec, processingSec, ref } = ctx;
  const evidence = new Evidence(ctx, [{
    tier: 0, rule: 'motion', limit: null,
    finding: (i) => measured([nodes[i]!.id],
      message('waste.motion', { step: ref(i), motionSec: motionSec[i]!, processingSec: processingSec[i]! }), motionSec[i]!),
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
  return { score, measures: { motionSec: anyData ? totalMotionSec : null }, findings: evidence.findings() };
}

const INSPECTION_STEP = 0;
const NON_VALUE_ADDED = 1;

/**
 * Extra processing: processing beyond value-added time and inspection steps (wholly
 * non-value-added unless the team enters value-added time). Score = non-value-added s / processing s.
 * Both rules rank by non-value-added seconds.
 */
function extraProcessing({ ctx }: WasteInputs): Measured {
  const { nodes, kind, processFlags, processingSec, valueAddedSec, ref } = ctx;
  const extraSecOf = (i: number) => processingSec[i]! - valueAddedSec[i]!;
  const evidence = new Evidence(ctx, [
    {
      tier: 0, rule: 'inspection', limit: null,
      finding: (i) => measured([nodes[i]!.id], message('waste.inspection', { step: ref(i), nonValueAddedSec: extraSecOf(i) }), extraSecOf(i)),
    },
    {
      tier: 0, rule: 'nonValueAdded', limit: null,
      finding: (i) => measured([nodes[i]!.id], message('waste.nonValueAdded', {
        step: ref(i), nonValueAddedSec: extraSecOf(i), processingSec: processingSec[i]!, valueAddedSec: valueAddedSec[i]!,
      }), extraSecOf(i)),
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
  return { score, measures: { nonValueAddedSec: score === null ? null : nonValueAddedSec }, findings: evidence.findings() };
}

/** The team's marks: wasteTags on any node, `waste` on kaizen bursts. They never change a score. */
function taggedFindings(ctx: MapContext): Record<WasteId, WasteFinding[]> {
  const tagged = Object.fromEntries(WASTE_IDS.map((id) => [id, [] as WasteFinding[]])) as Record<WasteId, WasteFinding[]>;
  const { nodes, ref } = ctx;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const tags = node.data.wasteTags;
    if (Array.isArray(tags) && tags.length > 0) {
      for (const tag of new Set(tags)) {
        if (isWasteId(tag)) tagged[tag].push({ nodeIds: [node.id], message: message('waste.tagged', { node: ref(i) }), value: null, source: 'tagged' });
      }
    }
    if (node.type !== 'kaizen') continue;
    const data = node.data as KaizenData;
    if (!isWasteId(data.waste)) continue;
    const step = typeof data.stepId === 'string' ? ctx.indexOf.get(data.stepId) : undefined;
    tagged[data.waste].push({
      nodeIds: step === undefined ? [node.id] : [node.id, nodes[step]!.id],
      message: message('waste.kaizen', { burst: ref(i), step: step === undefined ? null : ref(step) }),
      value: null,
      source: 'tagged',
    });
  }
  return tagged;
}

function finiteScore(score: number | null): number | null {
  return score !== null && Number.isFinite(score) ? score : null;
}

const WASTE_ID_SET: ReadonlySet<string> = new Set(WASTE_IDS);

function isWasteId(value: unknown): value is WasteId {
  return typeof value === 'string' && WASTE_ID_SET.has(value);
}
