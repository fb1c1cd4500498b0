/**
 * The domain's messages in English. Codes of one value (`value.*`, `file.*`, `state.*`,
 * `input.*`) read as predicates after a path or a field name ("must be …"); analysis warnings,
 * waste findings and refused connections are whole sentences.
 */
import type { Got, JsonProblem, NodeRef, NumberKind, Shape, WasteRule } from '../../domain/messages';
import { EDGE_TYPES, NODE_TYPES, WASTE_IDS, type TransportMode, type VsmEdgeType, type VsmNodeType } from '../../domain/types';
import type { Formatter } from '../format';
import { nodeListText, nodeText } from './common';
import type { DomainTexts } from '.';
import { symbolName } from '../symbols';

const node = (ref: NodeRef) => nodeText(ref, 'en');
const list = (refs: Parameters<typeof nodeListText>[0]) => nodeListText(refs, 'en');
const loop = (refs: readonly NodeRef[]) => [...refs, refs[0]!].map(node).join(' → ');
const quoted = (text: string) => JSON.stringify(text);

/** A value found: `150`, `"abc"`, `a list`. */
function shown(value: Got): string {
  switch (value.kind) {
    case 'nothing': return 'nothing';
    case 'null': return 'null';
    case 'list': return 'a list';
    case 'object': return 'an object';
    case 'other': return 'a value that is not JSON data';
    case 'text': return quoted(value.text);
    case 'number':
    case 'boolean': return value.text;
  }
}

const got = (value: Got) => `got ${shown(value)}`;

const WHAT: Record<NumberKind, string> = {
  seconds: 'a time in seconds',
  days: 'a number of days',
  percent: 'a percentage',
  count: 'a whole number',
  number: 'a number',
  ppm: 'a defect rate',
  position: 'a position in px',
  size: 'a size in px',
  zoom: 'a zoom factor',
  shiftSeconds: 'an available time per shift',
  shifts: 'a number of shifts',
  workingDays: 'a number of working days',
};

const SHAPE: Record<Shape, string> = {
  document: 'a JSON object',
  states: 'an object with a current state',
  state: 'a map state object with nodes and edges',
  settings: 'an object of settings',
  nodes: 'a list of nodes',
  node: 'a node object',
  edges: 'a list of edges',
  edge: 'an edge object',
  fields: 'an object of fields',
  position: 'a position {x, y}',
  viewport: 'a viewport {x, y, zoom}',
  text: 'text',
  textOrNull: 'text or null',
  wholeNumber: 'a whole number',
};

function jsonProblem(problem: JsonProblem): string {
  switch (problem.kind) {
    case 'endsEarly': return 'the text ends too early';
    case 'badEscape': return 'a bad escape (\\) in a text value';
    case 'controlInText': return 'a line break or control character inside a text value';
    case 'unclosedText': return 'a text value that is never closed';
    case 'unreadable': return 'unreadable data';
    case 'unexpected': return `unexpected ${problem.found}`;
    case 'expectedKey': return `expected a quoted key, found ${problem.found}`;
    case 'expectedColon': return `expected ":", found ${problem.found}`;
    case 'textAfterEnd': return `unexpected text after the end of the data: ${problem.found}`;
    case 'expectedCommaOr': return `expected "," or "${problem.close}", found ${problem.found}`;
  }
}

/** "an inventory", "a process", "a FIFO lane": a symbol's name with its article, inside a sentence. */
function aSymbol(type: VsmNodeType): string {
  const name = symbolName(type, 'en').replace(/^[A-Z](?![A-Z])/, (c) => c.toLowerCase());
  return /^[aeiouAEIOU]/.test(name) ? `an ${name}` : `a ${name}`;
}

const ARROW: Record<VsmEdgeType, string> = {
  push: 'A push arrow',
  withdrawal: 'A withdrawal arrow',
  shipment: 'A shipment arrow',
  material: 'A material arrow',
  'manual-info': 'An information arrow',
  'electronic-info': 'An electronic information arrow',
  'kanban-path': 'A kanban path',
};

const MODE: Record<TransportMode, string> = { truck: 'truck', ship: 'ship', rail: 'rail', air: 'air' };

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);
/** A threshold in days as people say it: "1 day", "2.5 days". */
const dayCount = (days: number, f: Formatter) => `${f.number(days, 2)} ${plural(days, 'day', 'days')}`;
const seconds = (sec: number, f: Formatter) => f.time(sec);
const megabytes = (bytes: number, f: Formatter) => f.number(bytes / (1024 * 1024), 1);

/** What the summary of a category counts, for `count` findings of a rule. */
function ruleText(rule: WasteRule, count: number, limit: number | null, f: Formatter): string {
  const n = (one: string, many: string) => plural(count, one, many);
  const lim = limit ?? 0;
  switch (rule) {
    case 'scrap': return n('step with scrap', 'steps with scrap');
    case 'qualityProblem': return n('quality problem', 'quality problems');
    case 'reworkLoop': return n('rework loop', 'rework loops');
    case 'pushLink': return n('push link', 'push links');
    case 'fastStep': return `${n('step', 'steps')} faster than takt feeding more than ${dayCount(lim, f)} of stock`;
    case 'lowUptime': return `${n('step', 'steps')} with uptime below ${f.percent(lim)}`;
    case 'longChangeover': return `${n('step', 'steps')} with a changeover above ${f.ratio(lim)} of the day`;
    case 'lowUtilisation': return `${n('step', 'steps')} with operator utilisation below ${f.ratio(lim)}`;
    case 'transport': return n('external shipment', 'external shipments');
    case 'shipment': return n('shipment', 'shipments');
    case 'distance': return n('material move with a distance', 'material moves with a distance');
    case 'excessStock': return `${n('stock', 'stocks')} above ${dayCount(lim, f)}`;
    case 'motion': return n('step with motion', 'steps with motion');
    case 'inspection': return n('inspection step', 'inspection steps');
    case 'nonValueAdded': return n('step with non-value-added processing', 'steps with non-value-added processing');
  }
}

const NOT_COMPUTED_WITHOUT_TAKT = 'so process loads, operators needed and operator utilisation are not computed';
const STOCK_AS_DAYS = 'stock counts as days only where its days are entered';

export const en: DomainTexts = {
  messages: {
    'analysis.noAvailableTime': () =>
      'Available time per day is 0 s (available seconds per shift × shifts per day): takt time, process loads and the processing part of lead time are not computed.',
    'analysis.monthlyDemandWithoutDays': ({ customers }) =>
      `Working days per month is 0, so monthly demand cannot be turned into daily demand for ${list(customers)}.`,
    'analysis.noCustomer': () =>
      `No customer on the map: no daily demand and no takt time, ${NOT_COMPUTED_WITHOUT_TAKT}; ${STOCK_AS_DAYS}; the critical path ends at the last step of the flow instead of a customer.`,
    'analysis.noDemand': ({ customers }) =>
      `No demand entered on ${list(customers)}: no daily demand and no takt time, ${NOT_COMPUTED_WITHOUT_TAKT}; ${STOCK_AS_DAYS}.`,
    'analysis.partialDemand': ({ customers, dailyDemand }, f) =>
      `No demand entered on ${list(customers)}: daily demand counts the other customers only (${f.quantity(dailyDemand, 'unitsPerDay')}).`,
    'analysis.zeroDemand': () =>
      `Customer demand is 0 a day: no takt time (it would be infinite), ${NOT_COMPUTED_WITHOUT_TAKT}; ${STOCK_AS_DAYS}.`,
    'analysis.duplicateIds': ({ ids }) =>
      `Duplicate node ids ${ids.map(quoted).join(', ')}: only the first node of each id is analysed.`,
    'analysis.noTimes': ({ steps }) => `No cycle time on ${list(steps)}: counted as 0 s of processing, and no load is computed.`,
    'analysis.noCycleTime': ({ steps }) =>
      `No cycle time on ${list(steps)}: processing time is used for the timeline, but no load is computed.`,
    'analysis.valueAddedCapped': ({ steps }) =>
      `Value-added time above processing time on ${list(steps)}: counted as equal to processing time.`,
    'analysis.emptyStock': ({ stocks }) => `No quantity or days on ${list(stocks)}: counted as 0 days of stock.`,
    'analysis.stockWithoutDays': ({ stocks }) =>
      `Stock days not computed for ${list(stocks)}: without daily demand a quantity cannot be turned into days; enter the days.`,
    'analysis.stockUnitsUnknown': ({ stocks }) =>
      `Inventory units not computed for ${list(stocks)}: without daily demand, days of stock cannot be turned into units; enter the quantity.`,
    'analysis.transportWithoutDays': ({ transports }) => `No transit time on ${list(transports)}: counted as 0 days.`,
    'analysis.offFlow': ({ nodes }) =>
      `Off the flow (no material path to a customer): ${list(nodes)}. They count for loads and inventory totals but not for lead time.`,
    'analysis.materialLoop': ({ nodes }) =>
      `The material flow has a loop: ${loop(nodes)}. Mark the return edge as rework or remove it; lead time, waiting, processing and value-added time, the value-added ratio, inventory turns and rolled throughput yield are not computed.`,
    'analysis.noFlowToCustomer': () =>
      'No material flow reaches a customer yet: there is no critical path, so lead time and the timeline are not computed.',
    'analysis.stockWithoutDaysOnPath': ({ stocks }) =>
      `Waiting time, lead time, value-added ratio and inventory turns are not computed: the critical path runs through stock without days (${list(stocks)}).`,
    'analysis.leadTimeZero': () => 'Lead time is 0 days: value-added ratio and inventory turns are not computed.',
    'analysis.noProcess': () =>
      'No process with a cycle time on the map yet: there is no bottleneck, labour content or operators needed.',
    'analysis.noBottleneck': () => 'No process with a cycle time yet: there is no bottleneck.',
    'metric.noData': () => 'Not computed: the map has no data for it yet.',

    'waste.scrap': ({ step, scrapPct }, f) => `Scrap ${f.percent(scrapPct)} at ${node(step)}`,
    'waste.qualityProblem': ({ node: quality, ppm }, f) =>
      ppm === null ? `${node(quality)} marked on the map` : `${node(quality)}: ${f.quantity(ppm, 'ppm')}`,
    'waste.reworkLoop': ({ from, to, distanceM }, f) =>
      `Rework loop from ${node(from)} back to ${node(to)}${distanceM === null ? '' : ` (${f.quantity(distanceM, 'm')})`}`,
    'waste.pushLink': ({ from, to }) => `Push link from ${node(from)} to ${node(to)}`,
    'waste.fastStep': ({ step, load, fastStepLoad, stock, stockDays }, f) =>
      `${node(step)} runs at a load of ${f.ratio(load)} (below ${f.ratio(fastStepLoad)}, faster than takt) and feeds ${f.days(stockDays)} of stock at ${node(stock)}`,
    'waste.lowUptime': ({ step, uptimePct, minUptimePct }, f) =>
      `Uptime ${f.percent(uptimePct)} at ${node(step)}, below ${f.percent(minUptimePct)}`,
    'waste.longChangeover': ({ step, changeoverSec, shareOfDay, availableSecondsPerDay, maxShareOfDay }, f) =>
      `Changeover ${seconds(changeoverSec, f)} at ${node(step)} is ${f.ratio(shareOfDay)} of the ${seconds(availableSecondsPerDay, f)} day, above ${f.ratio(maxShareOfDay)}`,
    'waste.lowUtilisation': ({ step, utilisation, processingSec, operators, taktTimeSec, minUtilisation }, f) =>
      `Operator utilisation ${f.ratio(utilisation)} at ${node(step)}: ${seconds(processingSec, f)} processing, ${f.number(operators, 1)} ${plural(operators, 'operator', 'operators')}, takt ${seconds(taktTimeSec, f)}; below ${f.ratio(minUtilisation)}`,
    'waste.transport': ({ node: transport, mode, transitDays }, f) =>
      `${node(transport)}${mode === null ? '' : ` by ${MODE[mode]}`}${transitDays === null ? '' : `: ${f.days(transitDays)} in transit`}`,
    'waste.shipment': ({ from, to, transitDays }, f) =>
      `Shipment from ${node(from)} to ${node(to)}${transitDays === null ? '' : `: ${f.days(transitDays)} in transit`}`,
    'waste.distance': ({ from, to, distanceM }, f) => `Material moves ${f.quantity(distanceM, 'm')} from ${node(from)} to ${node(to)}`,
    'waste.excessStock': ({ stock, stockDays, units, maxStockDays }, f) =>
      `${f.days(stockDays)} of stock at ${node(stock)}${units === null ? '' : ` (${f.units(units)})`}, above ${dayCount(maxStockDays, f)}`,
    'waste.motion': ({ step, motionSec, processingSec }, f) =>
      `Motion ${seconds(motionSec, f)} at ${node(step)} (${seconds(processingSec, f)} processing)`,
    'waste.inspection': ({ step, nonValueAddedSec }, f) =>
      `Inspection step ${node(step)}: ${seconds(nonValueAddedSec, f)} of non-value-added processing`,
    'waste.nonValueAdded': ({ step, nonValueAddedSec, processingSec, valueAddedSec }, f) =>
      `${seconds(nonValueAddedSec, f)} non-value-added at ${node(step)} (${seconds(processingSec, f)} processing, ${seconds(valueAddedSec, f)} value-added)`,
    'waste.tagged': ({ node: tagged }) => `Tagged on ${node(tagged)}`,
    'waste.kaizen': ({ burst, step }) =>
      `${burst.name === null ? node(burst) : `Kaizen burst ${burst.name}`}${step === null ? '' : ` on ${node(step)}`}`,
    'waste.more': ({ total, counts }, f) => {
      if (counts.length === 1) {
        const only = counts[0]!;
        return `… and ${f.count(only.count)} more ${ruleText(only.rule, only.count, only.limit, f)}`;
      }
      return `… and ${f.count(total)} more: ${counts.map((c) => `${f.count(c.count)} ${ruleText(c.rule, c.count, c.limit, f)}`).join(', ')}`;
    },

    'file.notText': ({ got: value }) => `the file has no text to read, ${got(value)}`,
    'file.tooLarge': ({ sizeBytes, limitBytes }, f) => {
      const limit = megabytes(limitBytes, f);
      const size = megabytes(sizeBytes, f);
      return `the file is ${size === limit ? `just over ${limit}` : size} MB (${f.count(sizeBytes)} bytes); files up to ${limit} MB can be opened`;
    },
    'file.empty': () => 'the file is empty',
    'file.notJson': ({ line, column, problem }) => `the file is not valid JSON: ${jsonProblem(problem)} at line ${line}, column ${column}`,
    'file.notObject': ({ got: value }) => `a map file holds one JSON object, ${got(value)}`,
    'file.wrongFormat': ({ expected, got: value }) => `this is not an Arus map: format must be ${quoted(expected)}, ${got(value)}`,
    'file.schemaVersionMissing': () => 'is missing: the file does not say which version of the format it uses',
    'file.schemaVersionInvalid': ({ got: value }) => `must be a whole number from 1, ${got(value)}`,
    'file.newerSchema': ({ version, newest }) =>
      `made by a newer Arus (schema ${version}); this version reads up to schema ${newest}. Update Arus to open it.`,
    'file.noMigration': ({ from, to }) => `schema ${from} cannot be read: no migration from schema ${from} to ${to}`,
    'file.migrationFailed': ({ from, to, name, reason }) => `could not bring the file from schema ${from} to ${to} (${name}): ${reason}`,

    'value.invalid': () => 'is not valid',
    'value.missing': () => 'is missing',
    'value.wrongShape': ({ expected, got: value }) => `must be ${SHAPE[expected]}, ${got(value)}`,
    'value.notNumber': ({ what, got: value }) => `must be ${WHAT[what]}, ${got(value)}`,
    'value.belowMin': ({ what, min, exclusive, got: value }, f) =>
      exclusive
        ? `must be ${WHAT[what]} above ${f.quantity(min.value, min.unit)}, ${got(value)}`
        : `must be ${WHAT[what]} of ${f.quantity(min.value, min.unit)} or more, ${got(value)}`,
    'value.aboveMax': ({ what, max, got: value }, f) => `must be ${WHAT[what]} of at most ${f.quantity(max.value, max.unit)}, ${got(value)}`,
    'value.notWhole': ({ got: value }) => `must be a whole number, ${got(value)}`,
    'value.notText': ({ got: value }) => `must be text, ${got(value)}`,
    'value.tooLong': ({ length, limit }, f) => `is too long: ${f.count(length)} characters, the limit is ${f.count(limit)}`,
    'value.empty': () => 'must not be empty',
    'value.notOneOf': ({ options, got: value }) => `must be one of ${options.join(', ')}; ${got(value)}`,
    'value.notBoolean': ({ got: value }) => `must be true or false, ${got(value)}`,
    'value.notDate': ({ got: value }) => `must be a date as YYYY-MM-DD, ${got(value)}`,
    'value.notWaste': ({ got: value }) => `must be one of the eight wastes: ${WASTE_IDS.join(', ')}; ${got(value)}`,
    'value.notWasteList': ({ got: value }) => `must be a list of waste ids (${WASTE_IDS.join(', ')}), ${got(value)}`,
    'value.unknownWaste': ({ got: value }) => `lists an unknown waste ${shown(value)}; known: ${WASTE_IDS.join(', ')}`,
    'value.duplicateWaste': ({ waste }) => `lists ${quoted(waste)} twice`,
    'value.notNodeId': ({ got: value }) => `must be the id of a node, ${got(value)}`,
    'value.idTooLong': ({ length, limit }, f) => `is too long for an id: ${f.count(length)} characters, the limit is ${f.count(limit)}`,
    'value.notLinkText': ({ got: value }) => `must be a link as text, ${got(value)}`,
    'value.linkTooLong': ({ length, limit }, f) => `is too long for a link: ${f.count(length)} characters, the limit is ${f.count(limit)}`,
    'value.unsafeLink': ({ got: value }) => `must be an http, https or mailto link, ${got(value)}`,
    'value.notPlainJson': ({ got: value }) => `must be plain JSON data, ${got(value)}`,
    'value.tooDeep': ({ limit }) => `is nested more than ${limit} levels deep`,
    'value.forbiddenKey': ({ key }) => `the key ${quoted(key)} is not allowed in a map file`,
    'value.notFinite': ({ got: value }) => `must be a finite number, ${got(value)}`,
    'node.missingType': () => 'is missing: every node needs a type',
    'node.unknownType': ({ got: value }) => `unknown node type ${shown(value)}; known types: ${NODE_TYPES.join(', ')}`,
    'edge.missingType': () => 'is missing: every edge needs a type',
    'edge.unknownType': ({ got: value }) => `unknown edge type ${shown(value)}; known types: ${EDGE_TYPES.join(', ')}`,
    'state.duplicateNodeId': ({ id, firstIndex }) => `duplicate node id ${quoted(id)}: nodes[${firstIndex}] has it too`,
    'state.duplicateEdgeId': ({ id, firstIndex }) => `duplicate edge id ${quoted(id)}: edges[${firstIndex}] has it too`,
    'state.edgeIdIsNodeId': ({ id, nodeIndex }) => `edge id ${quoted(id)} is also the id of nodes[${nodeIndex}]`,
    'state.edgeToMissingNode': ({ edge, node: missing }) => `edge ${quoted(edge)} points to missing node ${quoted(missing)}`,
    'state.refToMissingNode': ({ type, nodeId, ref }) =>
      `${aSymbol(type).replace(/^an? /, '')} ${quoted(nodeId)} points to missing node ${quoted(ref)}`,
    'state.materialLoop': ({ ids }) => `the material flow has a loop: ${[...ids, ids[0]].join(' → ')}; mark the return edge as rework`,
    'settings.dayTooLong': ({ perDaySec, limitSec }, f) =>
      `available time per day is ${f.time(perDaySec)} (time per shift × shifts); a day has only ${f.time(limitSec)}`,
    'field.unknownNodeType': ({ got: value }) => `unknown node type ${shown(value)}`,
    'field.unknown': ({ key, type }) => `${quoted(key)} is not a field of ${aSymbol(type)}`,
    'field.unknownEdgeField': ({ key }) => `${quoted(key)} is not a field of an arrow`,

    'input.required': () => 'enter a value',
    'input.enterNumber': () => 'enter a number',
    'input.numberTooLong': () => 'that is too long for a number',
    'input.ambiguousSeparator': ({ text, asDecimal, asWhole }, f) =>
      `${quoted(text)} could mean ${f.number(asDecimal, 3)} or ${asWhole}: write it without a thousands separator (${asWhole}) or as ${f.number(asDecimal, 3)}`,
    'input.notNumber': ({ text }) => `could not read ${quoted(text)} as a number`,
    'input.numberTooLarge': ({ text }) => `${quoted(text)} is too large`,
    'input.enterTime': () => 'enter a time; try 45 s, 10 min, 1.5 h or 2 d',
    'input.timeTooLong': () => 'that is too long for a time',
    'input.negativeTime': () => 'a time cannot be negative',
    'input.badSecondsPerDay': () => 'the seconds per day must be above 0',
    'input.notTime': ({ text }) => `could not read ${quoted(text)} as a time; try 45 s, 10 min, 1.5 h or 2 d`,
    'input.unknownUnit': ({ unit }) => `unknown unit ${quoted(unit)}; use s, min, h or d`,
    'input.timeTooLarge': () => 'that time is too large',

    'connection.nodeGone': () => 'That symbol is no longer on the map',
    'connection.selfLoop': () => 'An arrow cannot start and end at the same symbol',
    'connection.floating': ({ type }) => {
      const symbol = aSymbol(type);
      return `${symbol.charAt(0).toUpperCase()}${symbol.slice(1)} floats on the map and takes no arrows`;
    },
    'connection.holdsNoMaterial': ({ edgeType, type }) => `${ARROW[edgeType]} moves material; ${aSymbol(type)} holds no material`,
    'connection.infoIntoStock': ({ edgeType, type }) => `${ARROW[edgeType]} cannot point into ${aSymbol(type)}`,
    'connection.infoNeedsInfoEnd': ({ edgeType }) =>
      `${ARROW[edgeType]} needs production control, a kanban, a customer or a supplier at one end, or a process receiving it`,
    'connection.kanbanPathEnd': ({ edgeType, type }) =>
      `${ARROW[edgeType]} joins kanbans, kanban posts, supermarkets, load leveling and processes; not ${aSymbol(type)}`,
    'connection.shipmentEnd': ({ edgeType, type }) =>
      `${ARROW[edgeType]} runs between suppliers, customers, trucks and stocks; not ${aSymbol(type)}`,
    'connection.shipmentNeedsExternal': ({ edgeType }) =>
      `${ARROW[edgeType]} needs a supplier, a customer or a truck at one end; between two stocks use a material arrow`,
    'connection.duplicate': ({ edgeType }) => `These symbols are already joined by ${ARROW[edgeType].replace(/^A/, 'a')}`,
    'connection.closesLoop': ({ nodes }) =>
      `This arrow would close a loop in the material flow (${loop(nodes)}); draw it as rework to show a return loop`,
  },

  metrics: {
    dailyDemand: 'Daily demand',
    availableSecondsPerDay: 'Available time a day',
    taktTimeSec: 'Takt time',
    leadTimeDays: 'Production lead time',
    waitingTimeDays: 'Waiting time',
    processingTimeSec: 'Processing time',
    valueAddedTimeSec: 'Value-added time',
    valueAddedRatio: 'Value-added ratio',
    inventoryUnits: 'Inventory (units)',
    inventoryDays: 'Inventory (days)',
    inventoryTurns: 'Inventory turns',
    bottleneckId: 'Bottleneck',
    bottleneckLoad: 'Bottleneck load',
    labourContentSec: 'Labour content',
    operatorsNeeded: 'Operators needed at takt',
    rolledThroughputYield: 'Rolled throughput yield',
  },

  measures: {
    scrapPpm: 'Scrap on the critical path',
    qualityPpm: 'Quality problems',
    reworkLoops: 'Rework loops',
    pushLinks: 'Push links',
    overproducedStockDays: 'Stock fed by steps faster than takt',
    downtimeSec: 'Downtime a day',
    idleOperatorSec: 'Idle operator time per part',
    transitDays: 'Transit time',
    distanceM: 'Distance moved',
    transportMoves: 'Transport moves',
    excessStockDays: 'Stock above the threshold',
    motionSec: 'Motion',
    nonValueAddedSec: 'Non-value-added processing',
  },
};
