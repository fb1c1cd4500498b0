/**
 * The domain speaks in codes, not sentences (as a compiler's diagnostics): every warning,
 * error, waste finding, validation problem, unit-parse error and refused connection is a
 * `Message`, a code with its parameters. One message module per language (`src/i18n/domain/`)
 * renders each code; a code without a rendering in either language does not compile.
 *
 * Parameters hold data, never words: numbers with their units, node references, ids, the
 * text a person typed. Where a renderer needs a symbol's name, it gets the symbol's type.
 */
import { metricsUnavailableBy, type MetricKey } from './metrics';
import type { TransportMode, VsmEdgeType, VsmNodeType, WasteId } from './types';

/** The units the domain attaches to numbers (messages, metrics, waste evidence). */
export type QuantityUnit =
  | 'sec' | 'days' | 'units' | 'unitsPerDay' | 'perYear' | 'ratio' | 'percent' | 'count' | 'm' | 'ppm'
  | 'number' | 'operators';

/** A number with its unit, for a renderer to format in the reader's language. */
export interface Quantity {
  value: number;
  unit: QuantityUnit;
}

/** A symbol named in a message: a renderer shows its name, or its kind in the reader's language and its id. */
export interface NodeRef {
  id: string;
  type: VsmNodeType;
  /** The label the team typed (cut to 60 characters), or null when the symbol has none. */
  name: string | null;
}

/** The first few symbols of a longer list and how many more there are, so one warning stays one line. */
export interface NodeList {
  nodes: NodeRef[];
  /** Symbols not listed. */
  more: number;
}

/**
 * A value found where another was expected, described without words: `number` and `boolean`
 * keep the value as written (`150`, `Infinity`, `1e+308`), `text` the text (cut to 40 characters).
 */
export type Got =
  | { kind: 'nothing' | 'null' | 'list' | 'object' | 'other' }
  | { kind: 'number' | 'boolean' | 'text'; text: string };

/** What kind of number a field holds, for "must be a time in seconds …". */
export type NumberKind =
  | 'seconds' | 'days' | 'percent' | 'count' | 'number' | 'ppm' | 'position' | 'size' | 'zoom'
  | 'shiftSeconds' | 'shifts' | 'workingDays';

/** What a structure should have been, for "must be a list of nodes …". */
export type Shape =
  | 'document' | 'states' | 'state' | 'settings' | 'nodes' | 'node' | 'edges' | 'edge' | 'fields' | 'position'
  | 'viewport' | 'text' | 'textOrNull' | 'wholeNumber' | 'sopDrafts' | 'sopDraft' | 'sopList' | 'sopItem';

/** Where JSON text goes wrong (the browsers' own JSON.parse messages differ, and are English). */
export type JsonProblem =
  | { kind: 'endsEarly' | 'badEscape' | 'controlInText' | 'unclosedText' | 'unreadable' }
  | { kind: 'unexpected' | 'expectedKey' | 'expectedColon' | 'textAfterEnd'; found: string }
  | { kind: 'expectedCommaOr'; close: string; found: string };

/** The measured rules of the eight wastes, one per kind of finding; the summary counts findings by rule. */
export type WasteRule =
  | 'scrap' | 'qualityProblem' | 'reworkLoop' | 'pushLink' | 'fastStep' | 'lowUptime' | 'longChangeover'
  | 'lowUtilisation' | 'transport' | 'shipment' | 'distance' | 'excessStock' | 'motion' | 'inspection'
  | 'nonValueAdded';

/** Findings of one rule left out of a category's list; `limit` is the rule's threshold where it has one. */
export interface WasteRuleCount {
  rule: WasteRule;
  count: number;
  /** fastStep and excessStock: days; lowUptime: percent; longChangeover and lowUtilisation: a share 0..1. */
  limit: number | null;
}

type None = Record<string, never>;

/**
 * Parameters of every code. Add a code here, then its rendering in `src/i18n/domain/en.ts` and
 * `id.ts`: the type checker refuses a code missing from either.
 */
export interface MessageParams {
  // Analysis warnings and errors (spec section 4): each says which metrics it leaves uncomputed.
  'analysis.noAvailableTime': None;
  'analysis.monthlyDemandWithoutDays': { customers: NodeList };
  'analysis.noCustomer': None;
  'analysis.noDemand': { customers: NodeList };
  'analysis.partialDemand': { customers: NodeList; dailyDemand: number };
  'analysis.zeroDemand': None;
  'analysis.duplicateIds': { ids: string[] };
  'analysis.noTimes': { steps: NodeList };
  'analysis.noCycleTime': { steps: NodeList };
  'analysis.valueAddedCapped': { steps: NodeList };
  'analysis.emptyStock': { stocks: NodeList };
  'analysis.stockWithoutDays': { stocks: NodeList };
  'analysis.stockUnitsUnknown': { stocks: NodeList };
  'analysis.transportWithoutDays': { transports: NodeList };
  'analysis.offFlow': { nodes: NodeList };
  'analysis.materialLoop': { nodes: NodeRef[] };
  'analysis.noFlowToCustomer': None;
  'analysis.stockWithoutDaysOnPath': { stocks: NodeList };
  'analysis.leadTimeZero': None;
  'analysis.noProcess': None;
  'analysis.noBottleneck': None;
  /** Not made by the analyzer: what a view says for a metric nothing explains. */
  'metric.noData': None;

  // Waste findings (spec section 5): one code per rule, the team's marks, and the summary.
  'waste.scrap': { step: NodeRef; scrapPct: number };
  'waste.qualityProblem': { node: NodeRef; ppm: number | null };
  'waste.reworkLoop': { from: NodeRef; to: NodeRef; distanceM: number | null };
  'waste.pushLink': { from: NodeRef; to: NodeRef };
  'waste.fastStep': { step: NodeRef; load: number; fastStepLoad: number; stock: NodeRef; stockDays: number };
  'waste.lowUptime': { step: NodeRef; uptimePct: number; minUptimePct: number };
  'waste.longChangeover': {
    step: NodeRef; changeoverSec: number; shareOfDay: number; availableSecondsPerDay: number; maxShareOfDay: number;
  };
  'waste.lowUtilisation': {
    step: NodeRef; utilisation: number; processingSec: number; operators: number; taktTimeSec: number; minUtilisation: number;
  };
  'waste.transport': { node: NodeRef; mode: TransportMode | null; transitDays: number | null };
  'waste.shipment': { from: NodeRef; to: NodeRef; transitDays: number | null };
  'waste.distance': { from: NodeRef; to: NodeRef; distanceM: number };
  'waste.excessStock': { stock: NodeRef; stockDays: number; units: number | null; maxStockDays: number };
  'waste.motion': { step: NodeRef; motionSec: number; processingSec: number };
  'waste.inspection': { step: NodeRef; nonValueAddedSec: number };
  'waste.nonValueAdded': { step: NodeRef; nonValueAddedSec: number; processingSec: number; valueAddedSec: number };
  'waste.tagged': { node: NodeRef };
  'waste.kaizen': { burst: NodeRef; step: NodeRef | null };
  /** "… and 70 more …": the findings not listed, counted per rule. */
  'waste.more': { total: number; counts: WasteRuleCount[] };

  // Reading a file (spec section 8). The path of a DocumentError is not a parameter: views put it in front.
  'file.notText': { got: Got };
  'file.tooLarge': { sizeBytes: number; limitBytes: number };
  'file.empty': None;
  'file.notJson': { line: number; column: number; problem: JsonProblem };
  'file.notObject': { got: Got };
  'file.wrongFormat': { expected: string; got: Got };
  'file.schemaVersionMissing': None;
  'file.schemaVersionInvalid': { got: Got };
  'file.newerSchema': { version: number; newest: number };
  'file.noMigration': { from: number; to: number };
  'file.migrationFailed': { from: number; to: number; name: string; reason: string };

  // One value of a document or a field (predicates: views put the path or the field's name in front).
  'value.invalid': None;
  'value.missing': None;
  'value.wrongShape': { expected: Shape; got: Got };
  'value.notNumber': { what: NumberKind; got: Got };
  'value.belowMin': { what: NumberKind; min: Quantity; exclusive: boolean; got: Got };
  'value.aboveMax': { what: NumberKind; max: Quantity; got: Got };
  'value.notWhole': { what: NumberKind; got: Got };
  'value.notText': { got: Got };
  'value.tooLong': { length: number; limit: number };
  'value.empty': None;
  'value.notOneOf': { options: string[]; got: Got };
  'value.notBoolean': { got: Got };
  'value.notDate': { got: Got };
  'value.notWaste': { got: Got };
  'value.notWasteList': { got: Got };
  'value.unknownWaste': { got: Got };
  'value.duplicateWaste': { waste: WasteId };
  'value.notNodeId': { got: Got };
  'value.idTooLong': { length: number; limit: number };
  'value.notLinkText': { got: Got };
  'value.linkTooLong': { length: number; limit: number };
  'value.unsafeLink': { got: Got };
  'value.notPlainJson': { got: Got };
  'value.tooDeep': { limit: number };
  'value.forbiddenKey': { key: string };
  'value.notFinite': { got: Got };
  'value.tooManyItems': { count: number; limit: number };
  'value.duplicateItemId': { id: string; firstIndex: number };
  'node.missingType': None;
  'node.unknownType': { got: Got };
  'edge.missingType': None;
  'edge.unknownType': { got: Got };
  'state.duplicateNodeId': { id: string; firstIndex: number };
  'state.duplicateEdgeId': { id: string; firstIndex: number };
  'state.edgeIdIsNodeId': { id: string; nodeIndex: number };
  'state.edgeToMissingNode': { edge: string; node: string };
  'state.refToMissingNode': { type: VsmNodeType; nodeId: string; ref: string };
  'state.materialLoop': { ids: string[] };
  'settings.dayTooLong': { perDaySec: number; limitSec: number };
  'field.unknownNodeType': { got: Got };
  'field.unknown': { key: string; type: VsmNodeType };
  'field.unknownEdgeField': { key: string };

  // Typed input (`units.ts`) and required fields of a form.
  'input.required': None;
  'input.enterNumber': None;
  'input.numberTooLong': None;
  'input.ambiguousSeparator': { text: string; asDecimal: number; asWhole: number };
  'input.notNumber': { text: string };
  'input.numberTooLarge': { text: string };
  'input.enterTime': None;
  'input.timeTooLong': None;
  'input.negativeTime': None;
  'input.badSecondsPerDay': None;
  'input.notTime': { text: string };
  'input.unknownUnit': { unit: string };
  'input.timeTooLarge': None;

  // Arrows refused on the canvas (`connections.ts`).
  'connection.nodeGone': None;
  'connection.selfLoop': None;
  'connection.floating': { type: VsmNodeType };
  'connection.holdsNoMaterial': { edgeType: VsmEdgeType; type: VsmNodeType };
  'connection.infoIntoStock': { edgeType: VsmEdgeType; type: VsmNodeType };
  'connection.infoNeedsInfoEnd': { edgeType: VsmEdgeType };
  'connection.kanbanPathEnd': { edgeType: VsmEdgeType; type: VsmNodeType };
  'connection.shipmentEnd': { edgeType: VsmEdgeType; type: VsmNodeType };
  'connection.shipmentNeedsExternal': { edgeType: VsmEdgeType };
  'connection.duplicate': { edgeType: VsmEdgeType };
  'connection.closesLoop': { nodes: NodeRef[] };
}

export type MessageCode = keyof MessageParams;

/** One message: a code and its parameters (a union over the codes, so `params` narrows on `code`). */
export type Message = { [C in MessageCode]: { code: C; params: MessageParams[C] } }[MessageCode];

/** Builds a message; the code picks the parameter type. */
export function message<C extends MessageCode>(code: C, params: MessageParams[C]): Message {
  return { code, params } as Message;
}

/** A warning or error of the analysis: the message and the metrics it leaves uncomputed (null). */
export type AnalysisMessage = Message & { unavailable: MetricKey[] };

/** An analysis message; `unavailable` comes from the metric catalog (the metrics that list this code). */
export function analysisMessage<C extends MessageCode>(code: C, params: MessageParams[C]): AnalysisMessage {
  return { code, params, unavailable: metricsUnavailableBy(code) } as AnalysisMessage;
}

/** A problem with a place: the file (when known) and the path inside it (`''` for the whole file). */
export interface LocatedMessage {
  file?: string;
  path?: string;
  message: Message;
}
