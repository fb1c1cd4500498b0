import { WASTE_IDS, isMaterialEdge, type KaizenData, type QualityData, type TransportData, type WasteId } from '../types';
import {
  FIFO, HAS_PROCESSING, INSPECTION, PROCESS, TRANSPORT, UPTIME_GIVEN, VALUE_ADDED_KNOWN, isStockKind, type MapContext,
} from './context';
import type { CriticalPathResult } from './criticalPath';
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

/**
 * A measured finding. Reading one character flattens the message: V8 builds a template string as
 * a rope of many pieces, and on a 10,000-step map those pieces kept alive cost more in garbage
 * collection than the whole analysis.
 */
function measured(nodeIds: string[], message: string, value: number | null): WasteFinding {
  message.charCodeAt(0);
  return { nodeIds, message, value, source: 'measured' };
}

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

/** Defects: scrap, quality problems, rework loops; score 1 − rolled throughput yield of the critical path. */
function defects({ ctx, leadTime }: WasteInputs): Measured {
  const findings: WasteFinding[] = [];
  const { nodes, kind, scrapPct, name } = ctx;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const scrap = scrapPct[i]!;
    if (kind[i] === PROCESS && scrap > 0) {
      findings.push(measured([node.id], `Scrap ${fmt(scrap)} % at ${name(i)}`, scrap));
    } else if (node.type === 'quality') {
      const ppm = num((node.data as QualityData).ppm);
      findings.push(measured([node.id], ppm === undefined
        ? `Quality problem marked (${node.id})`
        : `Quality problem (${node.id}): ${fmt(ppm)} ppm`, ppm ?? null));
    }
  }
  for (const edge of ctx.state.edges) {
    if (edge.data?.rework !== true || !isMaterialEdge(edge)) continue;
    const s = ctx.indexOf.get(edge.source);
    const t = ctx.indexOf.get(edge.target);
    if (s === undefined || t === undefined) continue;
    const distanceM = num(edge.data.distanceM);
    findings.push(measured([nodes[s]!.id, nodes[t]!.id],
      `Rework loop from ${name(s)} back to ${name(t)}${distanceM === undefined ? '' : ` (${fmt(distanceM)} m)`}`,
      null));
  }
  // Without scrap entered on the critical path 1 − RTY would be a made-up zero.
  const score = leadTime !== null && leadTime.scrapKnown ? 1 - leadTime.rolledThroughputYield : null;
  return { score, findings };
}

const PLAIN = 0;
const PUSH = 1;
const PULL = 2;

/**
 * Overproduction. A link joins two processes with only non-process nodes (stocks, transport)
 * between them. It is a push link when its path has a push edge and neither a withdrawal edge
 * nor a FIFO lane (a pulled supermarket or a FIFO lane limits what the upstream step makes).
 * Score = push links / all links. Also: a step faster than takt feeding more than a day of stock.
 */
function overproduction({ ctx, loads }: WasteInputs, t: WasteThresholds): Measured {
  const { nodes, kind, flowEdges, edgeTarget, outStart, outList, waitingDays, name } = ctx;
  const count = nodes.length;
  const findings: WasteFinding[] = [];
  // Walk stamps instead of a fresh set per process: one visit per (node, state) per walk.
  const visited = new Int32Array(count * 3);
  const linkedIn = new Int32Array(count); // walk stamp of the process reached
  const linkState = new Uint8Array(count);
  const reached: number[] = [];
  const stack: number[] = [];
  let links = 0;
  let pushLinks = 0;

  for (let p = 0; p < count; p++) {
    if (kind[p] !== PROCESS) continue;
    const walk = p + 1;
    reached.length = 0;
    stack.push(p, PLAIN);
    while (stack.length > 0) {
      const state = stack.pop()!;
      const at = stack.pop()!;
      for (let k = outStart[at]!; k < outStart[at + 1]!; k++) {
        const e = outList[k]!;
        const to = edgeTarget[e]!;
        const type = flowEdges[e]!.type;
        const next = state === PULL || type === 'withdrawal' || kind[to] === FIFO ? PULL : type === 'push' ? PUSH : state;
        if (kind[to] === PROCESS) {
          if (to === p) continue;
          if (linkedIn[to] !== walk) {
            linkedIn[to] = walk;
            linkState[to] = next;
            reached.push(to);
          } else if (next === PUSH) linkState[to] = PUSH;
        } else if (visited[to * 3 + next] !== walk) {
          visited[to * 3 + next] = walk;
          stack.push(to, next);
        }
      }
    }
    links += reached.length;
    for (const to of reached) {
      if (linkState[to] !== PUSH) continue;
      pushLinks++;
      findings.push(measured([nodes[p]!.id, nodes[to]!.id], `Push link from ${name(p)} to ${name(to)}`, null));
    }

    const load = loads.loadByIndex[p]!;
    if (!(load < t.fastStepLoad)) continue;
    for (let k = outStart[p]!; k < outStart[p + 1]!; k++) {
      const s = edgeTarget[outList[k]!]!;
      const days = waitingDays[s]!;
      if (isStockKind(kind[s]!) && days > t.overproducedStockDays) {
        findings.push(measured([nodes[p]!.id, nodes[s]!.id],
          `${name(p)} runs at load ${fmt(load)} (below ${fmt(t.fastStepLoad)}, faster than takt) and feeds ${fmt(days)} days of stock at ${name(s)}`,
          days));
      }
    }
  }
  return { score: links > 0 ? pushLinks / links : null, findings };
}

/**
 * Waiting: uptime below the threshold, changeover above a share of the day (one changeover a day
 * assumed). A flagged step's downtime share = max(1 − uptime, changeover / A), as uptime usually
 * already includes changeovers. Score = mean downtime share of the flagged steps.
 */
function waiting({ ctx }: WasteInputs, t: WasteThresholds): Measured {
  const { nodes, kind, processFlags, uptimePct, changeoverSec, name } = ctx;
  const secPerDay = ctx.demand.availableSecondsPerDay;
  const findings: WasteFinding[] = [];
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
    if (uptimeFlag) {
      findings.push(measured([nodes[i]!.id], `Uptime ${fmt(uptime)} % at ${name(i)}, below ${fmt(t.minUptimePct)} %`, uptime));
    }
    if (changeoverFlag) {
      findings.push(measured([nodes[i]!.id],
        `Changeover ${fmt(changeover)} s at ${name(i)} is ${pct(changeoverShare)} of the ${fmt(secPerDay)} s day, above ${pct(t.maxChangeoverShareOfDay)}`,
        changeover));
    }
    if (uptimeFlag || changeoverFlag) {
      flagged++;
      downtimeShareSum += Math.min(1, Math.max(1 - uptime / 100, changeoverShare));
    }
  }
  const score = !anyData ? null : flagged === 0 ? 0 : downtimeShareSum / flagged;
  return { score, findings };
}

/**
 * Non-utilized talent: operator utilisation = processing s / (takt × operators) on manned steps
 * with a processing time. Score = 1 − mean utilisation (each capped at 1).
 */
function talent({ ctx }: WasteInputs, t: WasteThresholds): Measured {
  const { nodes, kind, processFlags, processingSec, operators, name } = ctx;
  const taktTimeSec = ctx.demand.taktTimeSec;
  const findings: WasteFinding[] = [];
  if (taktTimeSec === null) return { score: null, findings };
  let steps = 0;
  let utilisationSum = 0;
  for (let i = 0; i < nodes.length; i++) {
    const people = operators[i]!;
    if (kind[i] !== PROCESS || people < 1 || (processFlags[i]! & HAS_PROCESSING) === 0) continue;
    const processing = processingSec[i]!;
    const utilisation = processing / (taktTimeSec * people);
    steps++;
    utilisationSum += Math.min(utilisation, 1);
    if (utilisation < t.minOperatorUtilisation) {
      findings.push(measured([nodes[i]!.id],
        `Operator utilisation ${pct(utilisation)} at ${name(i)}: ${fmt(processing)} s processing, ${fmt(people)} operator${people === 1 ? '' : 's'}, takt ${fmt(taktTimeSec)} s; below ${pct(t.minOperatorUtilisation)}`,
        utilisation * 100));
    }
  }
  return { score: steps > 0 ? 1 - utilisationSum / steps : null, findings };
}

/**
 * Transportation: transport nodes and shipment edges inside the flow are transport steps; all steps
 * are those plus processes and stocks on the flow. Score = transport steps / all steps.
 * Distances on material edges are findings but do not change the score.
 */
function transportation({ ctx, onFlow }: WasteInputs): Measured {
  const { nodes, kind, indexOf, name } = ctx;
  const findings: WasteFinding[] = [];
  let steps = 0;
  let transportSteps = 0;
  for (let i = 0; i < nodes.length; i++) {
    if (onFlow[i] === 0) continue;
    const k = kind[i]!;
    if (k === TRANSPORT) {
      steps++;
      transportSteps++;
      const node = nodes[i]!;
      const data = node.data as TransportData;
      const transitDays = num(data.transitDays);
      const by = typeof data.mode === 'string' ? ` by ${data.mode}` : '';
      findings.push(measured([node.id],
        `External shipment (${node.id})${by}${transitDays === undefined ? '' : `: ${fmt(transitDays)} days in transit`}`,
        transitDays ?? null));
    } else if (k === PROCESS || isStockKind(k)) steps++;
  }
  for (const edge of ctx.state.edges) {
    if (!isMaterialEdge(edge)) continue;
    const s = indexOf.get(edge.source);
    const t = indexOf.get(edge.target);
    if (s === undefined || t === undefined) continue;
    if (edge.type === 'shipment' && edge.data?.rework !== true && onFlow[t] === 1) {
      steps++;
      transportSteps++;
      const transitDays = num(edge.data?.transitDays);
      findings.push(measured([nodes[s]!.id, nodes[t]!.id],
        `Shipment from ${name(s)} to ${name(t)}${transitDays === undefined ? '' : `: ${fmt(transitDays)} days in transit`}`,
        transitDays ?? null));
    }
    const distanceM = num(edge.data?.distanceM);
    if (distanceM !== undefined && distanceM > 0) {
      findings.push(measured([nodes[s]!.id, nodes[t]!.id], `Material moves ${fmt(distanceM)} m from ${name(s)} to ${name(t)}`, distanceM));
    }
  }
  return { score: steps > 0 ? transportSteps / steps : null, findings };
}

/**
 * Inventory: every stock above the threshold is a finding. Score = days above the threshold of
 * the stocks on the critical path (Σ max(0, days − threshold)) / lead time days.
 */
function inventory({ ctx, critical, leadTime }: WasteInputs, t: WasteThresholds): Measured {
  const { nodes, kind, waitingDays, stockQuantity, name } = ctx;
  const findings: WasteFinding[] = [];
  const dayUnit = t.maxStockDays === 1 ? 'day' : 'days';
  for (let i = 0; i < nodes.length; i++) {
    const days = waitingDays[i]!;
    if (isStockKind(kind[i]!) && days > t.maxStockDays) {
      const units = stockQuantity[i]! > 0 ? ` (${fmt(stockQuantity[i]!)} units)` : '';
      findings.push(measured([nodes[i]!.id], `${fmt(days)} days of stock at ${name(i)}${units}, above ${fmt(t.maxStockDays)} ${dayUnit}`, days));
    }
  }
  const leadTimeDays = leadTime?.leadTimeDays ?? null;
  if (critical === null || leadTimeDays === null || leadTimeDays <= 0) return { score: null, findings };
  let excessDays = 0;
  for (const i of critical.path) {
    if (isStockKind(kind[i]!)) excessDays += Math.max(0, waitingDays[i]! - t.maxStockDays);
  }
  return { score: Math.min(1, excessDays / leadTimeDays), findings };
}

/** Motion: motionSec on processes. Score = total motion s / total processing s, capped at 1. */
function motion({ ctx }: WasteInputs): Measured {
  const { nodes, kind, motionSec, processingSec, name } = ctx;
  const findings: WasteFinding[] = [];
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
    if (moving > 0) {
      findings.push(measured([nodes[i]!.id], `Motion ${fmt(moving)} s at ${name(i)} (${fmt(processingSec[i]!)} s processing)`, moving));
    }
  }
  const score = anyData && totalProcessingSec > 0 ? Math.min(1, totalMotionSec / totalProcessingSec) : null;
  return { score, findings };
}

/**
 * Extra processing: processing beyond value-added time and inspection steps (wholly
 * non-value-added unless the team enters value-added time). Score = non-value-added s / processing s.
 */
function extraProcessing({ ctx }: WasteInputs): Measured {
  const { nodes, kind, processFlags, processingSec, valueAddedSec, name } = ctx;
  const findings: WasteFinding[] = [];
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
    if ((flags & INSPECTION) !== 0) {
      findings.push(measured([nodes[i]!.id], `Inspection step ${name(i)}: ${fmt(extraSec)} s of non-value-added processing`, extraSec));
    } else if (extraSec > 0) {
      findings.push(measured([nodes[i]!.id],
        `${fmt(extraSec)} s non-value-added at ${name(i)} (${fmt(processing)} s processing, ${fmt(valueAddedSec[i]!)} s value-added)`,
        extraSec));
    }
  }
  const score = anyData && totalProcessingSec > 0 ? nonValueAddedSec / totalProcessingSec : null;
  return { score, findings };
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

function finiteScore(score: number | null): number | null {
  return score !== null && Number.isFinite(score) ? score : null;
}

const WASTE_ID_SET: ReadonlySet<string> = new Set(WASTE_IDS);

function isWasteId(value: unknown): value is WasteId {
  return typeof value === 'string' && WASTE_ID_SET.has(value);
}
