// @vitest-environment node
import type { MessageCode, MessageParams, NodeList, NodeRef } from '../../src/domain/messages';
import { METRIC_KEYS, WASTE_MEASURES } from '../../src/domain/metrics';
import { WASTE_IDS } from '../../src/domain/types';
import { DOMAIN_TEXTS, measureName, metricName, nodeText, renderLocated, renderMessage } from '../../src/i18n/domain';
import { en } from '../../src/i18n/domain/en';
import { id } from '../../src/i18n/domain/id';
import { plainSpaces } from '../../src/i18n/format';

const step: NodeRef = { id: 'p1', type: 'process', name: 'Stamping' };
const unnamed: NodeRef = { id: 'i2', type: 'inventory', name: null };
const list: NodeList = { nodes: [step, unnamed], more: 3 };
const got = { kind: 'number', text: '150' } as const;

/** Parameters for every code: a code added without a sample here does not compile. */
const SAMPLES: { [C in MessageCode]: MessageParams[C] } = {
  'analysis.noAvailableTime': {},
  'analysis.monthlyDemandWithoutDays': { customers: list },
  'analysis.noCustomer': {},
  'analysis.noDemand': { customers: list },
  'analysis.partialDemand': { customers: list, dailyDemand: 920 },
  'analysis.zeroDemand': {},
  'analysis.duplicateIds': { ids: ['p1', 'p2'] },
  'analysis.noTimes': { steps: list },
  'analysis.noCycleTime': { steps: list },
  'analysis.valueAddedCapped': { steps: list },
  'analysis.emptyStock': { stocks: list },
  'analysis.stockWithoutDays': { stocks: list },
  'analysis.stockUnitsUnknown': { stocks: list },
  'analysis.transportWithoutDays': { transports: list },
  'analysis.offFlow': { nodes: list },
  'analysis.materialLoop': { nodes: [step, unnamed] },
  'analysis.noFlowToCustomer': {},
  'analysis.stockWithoutDaysOnPath': { stocks: list },
  'analysis.leadTimeZero': {},
  'analysis.noProcess': {},
  'analysis.noBottleneck': {},
  'metric.noData': {},
  'waste.scrap': { step, scrapPct: 2.5 },
  'waste.qualityProblem': { node: { id: 'q1', type: 'quality', name: null }, ppm: 1200 },
  'waste.reworkLoop': { from: step, to: unnamed, distanceM: 12 },
  'waste.pushLink': { from: step, to: unnamed },
  'waste.fastStep': { step, load: 0.5, fastStepLoad: 0.7, stock: unnamed, stockDays: 2 },
  'waste.lowUptime': { step, uptimePct: 85, minUptimePct: 90 },
  'waste.longChangeover': { step, changeoverSec: 6000, shareOfDay: 6000 / 55_200, availableSecondsPerDay: 55_200, maxShareOfDay: 0.1 },
  'waste.lowUtilisation': { step, utilisation: 0.5, processingSec: 30, operators: 1, taktTimeSec: 60, minUtilisation: 0.7 },
  'waste.transport': { node: { id: 't1', type: 'transport', name: null }, mode: 'truck', transitDays: 0.5 },
  'waste.shipment': { from: step, to: unnamed, transitDays: 2 },
  'waste.distance': { from: step, to: unnamed, distanceM: 40 },
  'waste.excessStock': { stock: unnamed, stockDays: 23.6, units: 17_130, maxStockDays: 1 },
  'waste.motion': { step, motionSec: 12, processingSec: 60 },
  'waste.inspection': { step, nonValueAddedSec: 20 },
  'waste.nonValueAdded': { step, nonValueAddedSec: 15, processingSec: 60, valueAddedSec: 45 },
  'waste.tagged': { node: step },
  'waste.kaizen': { burst: { id: 'k1', type: 'kaizen', name: 'SMED' }, step },
  'waste.more': { total: 70, counts: [{ rule: 'lowUptime', count: 60, limit: 90 }, { rule: 'longChangeover', count: 10, limit: 0.1 }] },
  'file.notText': { got: { kind: 'nothing' } },
  'file.tooLarge': { sizeBytes: 52_428_800, limitBytes: 20_971_520 },
  'file.empty': {},
  'file.notJson': { line: 2, column: 12, problem: { kind: 'unexpected', found: '"}"' } },
  'file.notObject': { got: { kind: 'list' } },
  'file.wrongFormat': { expected: 'arus.vsm', got: { kind: 'text', text: 'drawio' } },
  'file.schemaVersionMissing': {},
  'file.schemaVersionInvalid': { got: { kind: 'text', text: '1' } },
  'file.newerSchema': { version: 2, newest: 1 },
  'file.noMigration': { from: 1, to: 2 },
  'file.migrationFailed': { from: 1, to: 2, name: 'add-units', reason: 'states is not an object' },
  'value.invalid': {},
  'value.missing': {},
  'value.wrongShape': { expected: 'nodes', got: { kind: 'object' } },
  'value.notNumber': { what: 'seconds', got: { kind: 'text', text: '45 s' } },
  'value.belowMin': { what: 'shiftSeconds', min: { value: 0, unit: 'sec' }, exclusive: true, got: { kind: 'number', text: '0' } },
  'value.aboveMax': { what: 'percent', max: { value: 100, unit: 'percent' }, got },
  'value.notWhole': { what: 'count', got: { kind: 'number', text: '2.5' } },
  'value.notText': { got },
  'value.tooLong': { length: 10_000, limit: 200 },
  'value.empty': {},
  'value.tooManyItems': { count: 201, limit: 200 },
  'value.duplicateItemId': { id: 'p1', firstIndex: 0 },
  'value.notOneOf': { options: ['work', 'inspection'], got: { kind: 'text', text: 'magic' } },
  'value.notBoolean': { got: { kind: 'text', text: 'yes' } },
  'value.notDate': { got: { kind: 'text', text: '2025-02-30' } },
  'value.notWaste': { got: { kind: 'text', text: 'laziness' } },
  'value.notWasteList': { got: { kind: 'text', text: 'waiting' } },
  'value.unknownWaste': { got: { kind: 'text', text: 'laziness' } },
  'value.duplicateWaste': { waste: 'waiting' },
  'value.notNodeId': { got: { kind: 'list' } },
  'value.idTooLong': { length: 300, limit: 200 },
  'value.notLinkText': { got },
  'value.linkTooLong': { length: 3000, limit: 2000 },
  'value.unsafeLink': { got: { kind: 'text', text: 'javascript:alert(1)' } },
  'value.notPlainJson': { got: { kind: 'other' } },
  'value.tooDeep': { limit: 100 },
  'value.forbiddenKey': { key: '__proto__' },
  'value.notFinite': { got: { kind: 'number', text: '-Infinity' } },
  'node.missingType': {},
  'node.unknownType': { got: { kind: 'text', text: 'robot' } },
  'edge.missingType': {},
  'edge.unknownType': { got: { kind: 'text', text: 'teleport' } },
  'state.duplicateNodeId': { id: 'p1', firstIndex: 1 },
  'state.duplicateEdgeId': { id: 'e1', firstIndex: 0 },
  'state.edgeIdIsNodeId': { id: 'p2', nodeIndex: 3 },
  'state.edgeToMissingNode': { edge: 'e7', node: 'p9' },
  'state.refToMissingNode': { type: 'kaizen', nodeId: 'k1', ref: 'p9' },
  'state.materialLoop': { ids: ['p1', 'i1', 'p2'] },
  'settings.dayTooLong': { perDaySec: 90_000, limitSec: 86_400 },
  'field.unknownNodeType': { got: { kind: 'text', text: 'robot' } },
  'field.unknown': { key: 'cycleTimeSec', type: 'inventory' },
  'field.unknownEdgeField': { key: 'speed' },
  'input.required': {},
  'input.enterNumber': {},
  'input.numberTooLong': {},
  'input.ambiguousSeparator': { text: '7.000', asDecimal: 7, asWhole: 7000 },
  'input.notNumber': { text: 'abc' },
  'input.numberTooLarge': { text: '9'.repeat(400) },
  'input.enterTime': {},
  'input.timeTooLong': {},
  'input.negativeTime': {},
  'input.badSecondsPerDay': {},
  'input.notTime': { text: '1 h 30' },
  'input.unknownUnit': { unit: 'parsecs' },
  'input.timeTooLarge': {},
  'connection.nodeGone': {},
  'connection.selfLoop': {},
  'connection.floating': { type: 'kaizen' },
  'connection.holdsNoMaterial': { edgeType: 'push', type: 'control' },
  'connection.infoIntoStock': { edgeType: 'manual-info', type: 'inventory' },
  'connection.infoNeedsInfoEnd': { edgeType: 'electronic-info' },
  'connection.kanbanPathEnd': { edgeType: 'kanban-path', type: 'customer' },
  'connection.shipmentEnd': { edgeType: 'shipment', type: 'process' },
  'connection.shipmentNeedsExternal': { edgeType: 'shipment' },
  'connection.duplicate': { edgeType: 'push' },
  'connection.closesLoop': { nodes: [step, unnamed] },
};

const CODES = Object.keys(SAMPLES) as MessageCode[];

describe('the domain message modules', () => {
  it('have the same codes, metrics and measures in both languages, and nothing else', () => {
    expect(Object.keys(en.messages).sort()).toEqual([...CODES].sort());
    expect(Object.keys(id.messages).sort()).toEqual([...CODES].sort());
    expect(Object.keys(en.metrics).sort()).toEqual([...METRIC_KEYS].sort());
    expect(Object.keys(id.metrics).sort()).toEqual([...METRIC_KEYS].sort());
    const measureKeys = WASTE_IDS.flatMap((w) => WASTE_MEASURES[w].map((m) => m.key)).sort();
    expect(Object.keys(en.measures).sort()).toEqual(measureKeys);
    expect(Object.keys(id.measures).sort()).toEqual(measureKeys);
  });

  it.each(['en', 'id'] as const)('render every code in %s as text without undefined, NaN or an empty string', (lang) => {
    const seen = new Set<string>();
    for (const code of CODES) {
      const text = renderMessage({ code, params: SAMPLES[code] } as never, lang);
      expect(text.trim(), code).not.toBe('');
      expect(text, code).not.toMatch(/undefined|NaN|\[object Object\]|\bnull\b/);
      seen.add(text);
    }
    // Each code says something of its own.
    expect(seen.size).toBe(CODES.length);
    for (const key of METRIC_KEYS) expect(metricName(key, lang).trim()).not.toBe('');
    for (const key of Object.keys(DOMAIN_TEXTS[lang].measures)) expect(measureName(key as never, lang).trim()).not.toBe('');
  });

  it('name a node by its name, or by its symbol in the reader\'s language and its id', () => {
    expect(nodeText(step, 'id')).toBe('Stamping');
    expect(nodeText(unnamed, 'en')).toBe('Inventory i2');
    expect(nodeText(unnamed, 'id')).toBe('Persediaan i2');
  });

  it('write numbers the way each language does', () => {
    const excess = { code: 'waste.excessStock', params: SAMPLES['waste.excessStock'] } as const;
    expect(plainSpaces(renderMessage(excess, 'en'))).toBe('23.6 days of stock at Inventory i2 (17,130 units), above 1 day');
    expect(plainSpaces(renderMessage(excess, 'id'))).toBe('23,6 hari stok di Persediaan i2 (17.130 unit), di atas 1 hari');
    const changeover = { code: 'waste.longChangeover', params: SAMPLES['waste.longChangeover'] } as const;
    // 6,000 s = 1 h 40 min; 6,000 / 55,200 = 10.87 % → "11%"; 55,200 s = 15 h 20 min.
    expect(plainSpaces(renderMessage(changeover, 'en'))).toBe('Changeover 1 h 40 min at Stamping is 11% of the 15 h 20 min day, above 10%');
    expect(plainSpaces(renderMessage(changeover, 'id'))).toBe(
      'Waktu ganti model (changeover) 1 jam 40 mnt di Stamping adalah 11% dari waktu kerja sehari 15 jam 20 mnt, di atas 10%',
    );
  });

  it('sum up the findings left out, one rule or several, singular or plural', () => {
    const more = (counts: MessageParams['waste.more']['counts']) =>
      ({ code: 'waste.more', params: { total: counts.reduce((sum, c) => sum + c.count, 0), counts } }) as const;
    expect(renderMessage(more([{ rule: 'lowUptime', count: 70, limit: 90 }]), 'en')).toBe('… and 70 more steps with uptime below 90%');
    expect(renderMessage(more([{ rule: 'lowUptime', count: 1, limit: 90 }]), 'en')).toBe('… and 1 more step with uptime below 90%');
    expect(renderMessage(more(SAMPLES['waste.more'].counts), 'en')).toBe(
      '… and 70 more: 60 steps with uptime below 90%, 10 steps with a changeover above 10% of the day',
    );
    expect(renderMessage(more([{ rule: 'excessStock', count: 1_250, limit: 1 }]), 'id')).toBe('… dan 1.250 lagi: stok di atas 1 hari');
    expect(renderMessage(more(SAMPLES['waste.more'].counts), 'id')).toBe(
      '… dan 70 lagi: 60 langkah dengan uptime di bawah 90%, 10 langkah dengan changeover di atas 10% waktu kerja sehari',
    );
  });

  it('list a few nodes and count the rest', () => {
    const offFlow = { code: 'analysis.offFlow', params: SAMPLES['analysis.offFlow'] } as const;
    expect(renderMessage(offFlow, 'en')).toBe(
      'Off the flow (no material path to a customer): Stamping, Inventory i2 and 3 more. They count for loads and inventory totals but not for lead time.',
    );
    expect(renderMessage(offFlow, 'id')).toBe(
      'Di luar aliran (tidak ada jalur material ke pelanggan): Stamping, Persediaan i2 dan 3 lainnya. Simbol ini dihitung untuk beban dan total persediaan, tetapi tidak untuk lead time.',
    );
  });

  it('put the file and the path in front of a problem with a place', () => {
    const problem = { code: 'state.edgeToMissingNode', params: { edge: 'e7', node: 'p9' } } as const;
    expect(renderLocated({ file: 'map.json', path: 'states.current.edges[6].target', message: problem }, 'en')).toBe(
      'map.json: states.current.edges[6].target: edge "e7" points to missing node "p9"',
    );
    expect(renderLocated({ path: '', message: { code: 'file.empty', params: {} } }, 'id')).toBe('berkas kosong');
  });
});
