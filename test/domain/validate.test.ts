// @vitest-environment node
// Tests reach into raw, untyped JSON to break one part of a file at a time.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { DocumentError } from '../../src/domain/errors';
import {
  MAX_FILE_BYTES, parseDocumentText, serializeDocument, validateDocument, validateEdgeFieldValue,
  validateFieldValue, validateMapState,
} from '../../src/domain/validate';
import { DEFAULT_SETTINGS } from '../../src/domain/types';
import { aCustomer, aDocument, aKaizen, aLine, anEdge, anInventory, aProcess, aState, aSupplier } from '../fixtures/builders';

/** Runs `read` and returns the DocumentError it throws; fails on success or any other error. */
function refusal(read: () => unknown): DocumentError {
  let thrown: unknown;
  try {
    read();
  } catch (error) {
    thrown = error;
  }
  if (thrown === undefined) throw new Error('expected the input to be refused, but it was accepted');
  expect(thrown).toBeInstanceOf(DocumentError);
  return thrown as DocumentError;
}

/** A valid document as plain JSON data, for tests that break one part of it. */
function validJson(): Record<string, any> {
  const doc = aDocument({
    current: aLine(
      aSupplier({}, { id: 's1' }),
      aProcess({ name: 'Stamping', cycleTimeSec: 1, changeoverSec: 3_600, uptimePct: 85 }, { id: 'p1' }),
      anInventory({ quantity: 4_600 }, { id: 'i1' }),
      aProcess({ name: 'Welding', cycleTimeSec: 39 }, { id: 'p2' }),
      aCustomer({ demandPerMonth: 18_400 }, { id: 'c1' }),
    ),
  });
  return JSON.parse(JSON.stringify(doc)) as Record<string, any>;
}

const fileOf = (json: unknown): string => JSON.stringify(json, null, 2);
/** What a refusal says, as data: where, and the code with its parameters. */
const problemOf = (error: DocumentError) => ({ path: error.path, code: error.code, params: error.params });
const num = (text: string) => ({ kind: 'number', text }) as const;
const txt = (text: string) => ({ kind: 'text', text }) as const;
/** Parses a valid document after `change` broke it; returns the refusal. */
function refusalAfter(change: (json: Record<string, any>) => void): DocumentError {
  const json = validJson();
  change(json);
  return refusal(() => parseDocumentText(fileOf(json)));
}

describe('parseDocumentText accepts', () => {
  it('a valid document and gives the same data back', () => {
    const json = validJson();
    expect(parseDocumentText(fileOf(json))).toEqual(json);
  });

  it('a file that starts with a byte order mark', () => {
    expect(parseDocumentText(`\uFEFF${fileOf(validJson())}`).title).toBe('Test map');
  });

  it('a material loop whose return edge is marked as rework', () => {
    const json = validJson();
    json.states.current.edges.push({ id: 'back', type: 'push', source: 'p2', target: 'p1', data: { rework: true } });
    expect(parseDocumentText(fileOf(json)).states.current.edges).toHaveLength(5);
  });

  it('a loop made of information edges, which are not material flow', () => {
    const json = validJson();
    json.states.current.edges.push({ id: 'info', type: 'manual-info', source: 'p2', target: 'p1' });
    expect(() => parseDocumentText(fileOf(json))).not.toThrow();
  });

  it('labels with HTML or script as plain text, unchanged', () => {
    const json = validJson();
    const label = '<img src=x onerror=alert(1)><script>alert("x")</script> & "quotes"';
    json.states.current.nodes[1].data.name = label;
    expect((parseDocumentText(fileOf(json)).states.current.nodes[1]!.data as { name: string }).name).toBe(label);
  });

  it('http, https and mailto links', () => {
    for (const link of ['https://example.com/a?b=1', 'HTTP://example.com', 'mailto:lean@example.com']) {
      const json = validJson();
      json.states.current.nodes[1].data.link = link;
      expect(() => parseDocumentText(fileOf(json))).not.toThrow();
    }
  });

  it('a kaizen burst whose stepId names a node of the map', () => {
    const json = validJson();
    json.states.current.nodes.push(aKaizen({ stepId: 'p1', waste: 'waiting', dueDate: '2024-02-29' }, { id: 'k1' }));
    expect(() => parseDocumentText(fileOf(json))).not.toThrow();
  });
});

describe('parseDocumentText refuses (spec section 8), saying what and where', () => {
  it('text that is not JSON, with line and column', () => {
    // Line 2 is `  "title": }`: two spaces, "title" (7), colon, space, so `}` is column 12.
    const error = refusal(() => parseDocumentText('{"format": "arus.vsm",\n  "title": }'));
    expect(problemOf(error)).toEqual({
      path: '', code: 'file.notJson', params: { line: 2, column: 12, problem: { kind: 'unexpected', found: '"}"' } },
    });
  });

  it('JSON cut off in the middle', () => {
    // `{"format": "arus.vsm", "states": {` is 34 characters: it ends at column 35.
    expect(problemOf(refusal(() => parseDocumentText('{"format": "arus.vsm", "states": {')))).toEqual({
      path: '', code: 'file.notJson', params: { line: 1, column: 35, problem: { kind: 'endsEarly' } },
    });
  });

  it('a trailing comma, naming where', () => {
    // `{"a": 1,}`: the `}` after the comma is at column 9.
    expect(refusal(() => parseDocumentText('{"a": 1,}')).params).toEqual({ line: 1, column: 9, problem: { kind: 'expectedKey', found: '"}"' } });
  });

  it('an empty file', () => {
    expect(problemOf(refusal(() => parseDocumentText('  \n')))).toEqual({ path: '', code: 'file.empty', params: {} });
  });

  it.each([
    ['[1, 2]', { kind: 'list' }],
    ['"a map"', txt('a map')],
    ['null', { kind: 'null' }],
    ['42', num('42')],
  ])('JSON that is not an object: %s', (text, got) => {
    expect(problemOf(refusal(() => parseDocumentText(text)))).toEqual({ path: '', code: 'file.notObject', params: { got } });
  });

  it('a wrong format', () => {
    const error = refusalAfter((json) => { json.format = 'excalidraw'; });
    expect(problemOf(error)).toEqual({ path: 'format', code: 'file.wrongFormat', params: { expected: 'arus.vsm', got: txt('excalidraw') } });
  });

  it('a missing format', () => {
    expect(problemOf(refusalAfter((json) => { delete json.format; }))).toEqual({
      path: 'format', code: 'file.wrongFormat', params: { expected: 'arus.vsm', got: { kind: 'nothing' } },
    });
  });

  it('a newer schemaVersion', () => {
    const error = refusalAfter((json) => { json.schemaVersion = 3; });
    expect(problemOf(error)).toEqual({ path: 'schemaVersion', code: 'file.newerSchema', params: { version: 3, newest: 2 } });
  });

  it('a node without an id', () => {
    const error = refusalAfter((json) => { delete json.states.current.nodes[2].id; });
    expect(problemOf(error)).toEqual({ path: 'states.current.nodes[2].id', code: 'value.missing', params: {} });
  });

  it('an id that is not text', () => {
    expect(problemOf(refusalAfter((json) => { json.states.current.edges[1].id = 42; }))).toEqual({
      path: 'states.current.edges[1].id', code: 'value.wrongShape', params: { expected: 'text', got: num('42') },
    });
  });

  it('duplicate node ids', () => {
    expect(problemOf(refusalAfter((json) => { json.states.current.nodes[3].id = 'p1'; }))).toEqual({
      path: 'states.current.nodes[3].id', code: 'state.duplicateNodeId', params: { id: 'p1', firstIndex: 1 },
    });
  });

  it('duplicate edge ids', () => {
    let id = '';
    const error = refusalAfter((json) => {
      id = json.states.current.edges[0].id;
      json.states.current.edges[2].id = id;
    });
    expect(problemOf(error)).toEqual({ path: 'states.current.edges[2].id', code: 'state.duplicateEdgeId', params: { id, firstIndex: 0 } });
  });

  it('an edge id that is also a node id', () => {
    expect(problemOf(refusalAfter((json) => { json.states.current.edges[0].id = 'p2'; }))).toEqual({
      path: 'states.current.edges[0].id', code: 'state.edgeIdIsNodeId', params: { id: 'p2', nodeIndex: 3 },
    });
  });

  it('an edge to a missing node', () => {
    const error = refusalAfter((json) => {
      json.states.current.edges.push({ id: 'e7', type: 'push', source: 'p1', target: 'p9' });
    });
    expect(problemOf(error)).toEqual({
      path: 'states.current.edges[4].target', code: 'state.edgeToMissingNode', params: { edge: 'e7', node: 'p9' },
    });
  });

  it('an edge from a missing node', () => {
    expect(refusalAfter((json) => { json.states.current.edges[0].source = 'ghost'; }).path).toBe('states.current.edges[0].source');
  });

  it('an unknown node type, naming it', () => {
    const error = refusalAfter((json) => { json.states.current.nodes[1].type = 'robot'; });
    expect(problemOf(error)).toEqual({ path: 'states.current.nodes[1].type', code: 'node.unknownType', params: { got: txt('robot') } });
  });

  it('an unknown edge type, naming it', () => {
    const error = refusalAfter((json) => { json.states.current.edges[0].type = 'teleport'; });
    expect(problemOf(error)).toEqual({ path: 'states.current.edges[0].type', code: 'edge.unknownType', params: { got: txt('teleport') } });
  });

  it('a node with no type', () => {
    expect(problemOf(refusalAfter((json) => { delete json.states.current.nodes[0].type; }))).toEqual({
      path: 'states.current.nodes[0].type', code: 'node.missingType', params: {},
    });
  });

  it('a percentage above 100', () => {
    expect(problemOf(refusalAfter((json) => { json.states.current.nodes[1].data.uptimePct = 150; }))).toEqual({
      path: 'states.current.nodes[1].data.uptimePct', code: 'value.aboveMax',
      params: { what: 'percent', max: { value: 100, unit: 'percent' }, got: num('150') },
    });
  });

  it('a negative time', () => {
    expect(problemOf(refusalAfter((json) => { json.states.current.nodes[1].data.cycleTimeSec = -5; }))).toEqual({
      path: 'states.current.nodes[1].data.cycleTimeSec', code: 'value.belowMin',
      params: { what: 'seconds', min: { value: 0, unit: 'sec' }, exclusive: false, got: num('-5') },
    });
  });

  it('a negative count and a fractional count', () => {
    expect(problemOf(refusalAfter((json) => { json.states.current.nodes[2].data.quantity = -1; }))).toEqual({
      path: 'states.current.nodes[2].data.quantity', code: 'value.belowMin',
      params: { what: 'count', min: { value: 0, unit: 'count' }, exclusive: false, got: num('-1') },
    });
    expect(problemOf(refusalAfter((json) => { json.states.current.nodes[1].data.operators = 2.5; }))).toEqual({
      path: 'states.current.nodes[1].data.operators', code: 'value.notWhole', params: { what: 'count', got: num('2.5') },
    });
  });

  it('Infinity (1e999 in JSON) where a number belongs', () => {
    const text = fileOf(validJson()).replace('"uptimePct": 85', '"uptimePct": 1e999');
    expect(problemOf(refusal(() => parseDocumentText(text)))).toEqual({
      path: 'states.current.nodes[1].data.uptimePct', code: 'value.aboveMax',
      params: { what: 'percent', max: { value: 100, unit: 'percent' }, got: num('Infinity') },
    });
  });

  it('a string where a number belongs', () => {
    expect(problemOf(refusalAfter((json) => { json.states.current.nodes[3].data.cycleTimeSec = '45 s'; }))).toEqual({
      path: 'states.current.nodes[3].data.cycleTimeSec', code: 'value.notNumber', params: { what: 'seconds', got: txt('45 s') },
    });
    expect(problemOf(refusalAfter((json) => { json.states.current.nodes[4].data.demandPerMonth = '18400'; }))).toEqual({
      path: 'states.current.nodes[4].data.demandPerMonth', code: 'value.notNumber', params: { what: 'number', got: txt('18400') },
    });
  });

  it('a position that is not a number', () => {
    expect(problemOf(refusalAfter((json) => { json.states.current.nodes[0].position.x = 'left'; }))).toEqual({
      path: 'states.current.nodes[0].position.x', code: 'value.notNumber', params: { what: 'position', got: txt('left') },
    });
  });

  it('a material-flow loop, naming the nodes on it', () => {
    // p1 → i1 → p2 is in the line already; p2 → p1 closes the loop.
    const error = refusalAfter((json) => {
      json.states.current.edges.push({ id: 'back', type: 'push', source: 'p2', target: 'p1' });
    });
    expect(problemOf(error)).toEqual({ path: 'states.current', code: 'state.materialLoop', params: { ids: ['p1', 'i1', 'p2'] } });
  });

  it('a loop in the future state, naming that state', () => {
    const error = refusalAfter((json) => {
      json.states.future = JSON.parse(JSON.stringify(json.states.current));
      json.states.future.edges.push({ id: 'back', type: 'material', source: 'c1', target: 's1' });
    });
    expect(error.path).toBe('states.future');
    expect(error.code).toBe('state.materialLoop');
  });

  it('a kaizen burst whose stepId points nowhere', () => {
    const error = refusalAfter((json) => { json.states.current.nodes.push(aKaizen({ stepId: 'p9' }, { id: 'k1' })); });
    expect(problemOf(error)).toEqual({
      path: 'states.current.nodes[5].data.stepId', code: 'state.refToMissingNode', params: { type: 'kaizen', nodeId: 'k1', ref: 'p9' },
    });
  });

  it('a label of 10,000 characters, with its path', () => {
    const error = refusalAfter((json) => { json.states.current.nodes[1].data.name = 'x'.repeat(10_000); });
    expect(problemOf(error)).toEqual({ path: 'states.current.nodes[1].data.name', code: 'value.tooLong', params: { length: 10_000, limit: 200 } });
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u200bjavascript:alert(1)',
    'javascript://%0aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'javascript&colon;alert(1)',
    '//evil.example/',
    'https://ok.example/\u0000',
  ])('the link %j', (link) => {
    const error = refusalAfter((json) => { json.states.current.nodes[1].data.link = link; });
    expect(error.path).toBe('states.current.nodes[1].data.link');
    expect(error.code).toBe('value.unsafeLink');
  });

  it('an impossible due date', () => {
    const error = refusalAfter((json) => { json.states.current.nodes.push(aKaizen({ dueDate: '2025-02-30' })); });
    expect(problemOf(error)).toEqual({ path: 'states.current.nodes[5].data.dueDate', code: 'value.notDate', params: { got: txt('2025-02-30') } });
  });

  it('an unknown waste tag', () => {
    expect(problemOf(refusalAfter((json) => { json.states.current.nodes[1].data.wasteTags = ['waiting', 'laziness']; }))).toEqual({
      path: 'states.current.nodes[1].data.wasteTags', code: 'value.unknownWaste', params: { got: txt('laziness') },
    });
  });

  it('settings that do not fit in a day', () => {
    // 3 shifts × 30,000 s = 90,000 s, more than the 86,400 s of a day.
    const error = refusalAfter((json) => {
      json.states.current.settings.availableSecondsPerShift = 30_000;
      json.states.current.settings.shiftsPerDay = 3;
    });
    expect(problemOf(error)).toEqual({ path: 'states.current.settings', code: 'settings.dayTooLong', params: { perDaySec: 90_000, limitSec: 86_400 } });
  });

  it('no shifts a day', () => {
    expect(problemOf(refusalAfter((json) => { json.states.current.settings.shiftsPerDay = 0; }))).toEqual({
      path: 'states.current.settings.shiftsPerDay', code: 'value.belowMin',
      params: { what: 'shifts', min: { value: 1, unit: 'count' }, exclusive: false, got: num('0') },
    });
  });

  it('nodes that are not a list, and states that are missing', () => {
    expect(problemOf(refusalAfter((json) => { json.states.current.nodes = {}; }))).toEqual({
      path: 'states.current.nodes', code: 'value.wrongShape', params: { expected: 'nodes', got: { kind: 'object' } },
    });
    expect(problemOf(refusalAfter((json) => { delete json.states; }))).toEqual({ path: 'states', code: 'value.missing', params: {} });
    expect(problemOf(refusalAfter((json) => { delete json.states.current; }))).toEqual({ path: 'states.current', code: 'value.missing', params: {} });
  });

  /** A document text whose one node is given as raw JSON text, so it can hold a `__proto__` key. */
  const withNode = (node: string) =>
    `{"format": "arus.vsm", "schemaVersion": 1, "title": "t", "states": {"current": {"nodes": [${node}], "edges": []}}}`;

  it.each([
    ['at the top level', '{"__proto__": {"polluted": 1}, "format": "arus.vsm"}', '__proto__'],
    ['in a node', withNode('{"id": "p1", "type": "process", "position": {"x": 0, "y": 0}, "__proto__": {"polluted": 1}}'), 'states.current.nodes[0].__proto__'],
    ['in node data', withNode('{"id": "p1", "type": "process", "position": {"x": 0, "y": 0}, "data": {"constructor": {"prototype": {"polluted": 1}}}}'), 'states.current.nodes[0].data.constructor'],
    ['deep in an unknown field of data', withNode('{"id": "p1", "type": "process", "position": {"x": 0, "y": 0}, "data": {"extra": {"a": [{"prototype": 1}]}}}'), 'states.current.nodes[0].data.extra.a[0].prototype'],
  ])('the forbidden key %s', (_where, text, path) => {
    const error = refusal(() => parseDocumentText(text));
    expect(error.path).toBe(path);
    expect(error.code).toBe('value.forbiddenKey');
    expect(error.params).toEqual({ key: path.slice(path.lastIndexOf('.') + 1) });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('the forbidden key in an edge, in settings and in the future state', () => {
    expect(refusalAfter((json) => { json.states.current.edges[0].data = { prototype: 1 }; }).path).toBe('states.current.edges[0].data.prototype');
    expect(refusalAfter((json) => { json.states.current.settings.constructor = 1; }).path).toBe('states.current.settings.constructor');
    expect(refusalAfter((json) => { json.states.future = { nodes: [], edges: [], constructor: 'x' }; }).path).toBe('states.future.constructor');
  });

  it('a 50 MB file quickly, without parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const text = ' '.repeat(50 * 1024 * 1024);
    const started = performance.now();
    const error = refusal(() => parseDocumentText(text));
    const elapsedMs = performance.now() - started;
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    // 50 × 1,048,576 = 52,428,800 bytes; the limit is 20 MB = 20,971,520 bytes.
    expect(problemOf(error)).toEqual({ path: '', code: 'file.tooLarge', params: { sizeBytes: 52_428_800, limitBytes: 20_971_520 } });
    expect(elapsedMs).toBeLessThan(50);
  });

  it('a file of exactly 20 MB is not refused for its size', () => {
    expect(() => parseDocumentText(fileOf(validJson()), MAX_FILE_BYTES)).not.toThrow();
  });

  it('a file whose reported size is over the limit, even if its text is short', () => {
    // 20 MB = 20,971,520 bytes; one more byte is refused.
    expect(refusal(() => parseDocumentText('{}', MAX_FILE_BYTES + 1)).params).toEqual({ sizeBytes: 20_971_521, limitBytes: 20_971_520 });
  });

  it('a file just over the limit in UTF-8 bytes though under it in characters', () => {
    // 7,000,000 × "é€" = 14,000,000 characters but 2 + 3 = 5 bytes each: 35,000,000 bytes (33.4 MB).
    const error = refusal(() => parseDocumentText('é€'.repeat(7_000_000)));
    expect(error.params).toEqual({ sizeBytes: 35_000_000, limitBytes: 20_971_520 });
  });

  it('JSON nested very deeply, without a stack overflow', () => {
    const depth = 100_000;
    const text = fileOf(validJson()).replace('"name": "Stamping"', `"name": "Stamping", "extra": ${'['.repeat(depth)}${']'.repeat(depth)}`);
    const error = refusal(() => parseDocumentText(text));
    expect(error.path).toMatch(/^states\.current\.nodes\[1\]\.data\.extra(\[0\])+$/);
    expect(error.problem).toEqual({ code: 'value.tooDeep', params: { limit: 100 } });
  });
});

describe('validateDocument', () => {
  it('refuses NaN and Infinity in known and unknown fields alike', () => {
    const json = validJson();
    json.states.current.nodes[1].data.scrapPct = Number.NaN;
    expect(problemOf(refusal(() => validateDocument(json)))).toEqual({
      path: 'states.current.nodes[1].data.scrapPct', code: 'value.notNumber', params: { what: 'percent', got: num('NaN') },
    });
    const other = validJson();
    other.states.current.extra = { weight: -Infinity };
    expect(problemOf(refusal(() => validateDocument(other)))).toEqual({
      path: 'states.current.extra.weight', code: 'value.notFinite', params: { got: num('-Infinity') },
    });
  });

  it('refuses values that are not plain JSON data', () => {
    const json = validJson();
    json.states.current.nodes[0].data.when = new Date(0);
    expect(refusal(() => validateDocument(json)).path).toBe('states.current.nodes[0].data.when');
    expect(problemOf(refusal(() => validateDocument(() => 1)))).toEqual({ path: '', code: 'value.notPlainJson', params: { got: { kind: 'other' } } });
  });

  it('refuses a cyclic object with a message instead of running forever', () => {
    const json = validJson();
    json.states.current.nodes[0].data.self = json;
    expect(refusal(() => validateDocument(json)).code).toBe('value.tooDeep');
  });

  it('keeps unknown fields at every level on a round trip', () => {
    const json = validJson();
    json.appVersion = '9.9';
    json.states.extra = [1, 2];
    json.states.current.lane = 'north';
    json.states.current.settings.holidays = ['2024-12-25'];
    json.states.current.viewport = { x: 1, y: 2, zoom: 0.5, fitted: true };
    json.states.current.nodes[1].selected = true;
    json.states.current.nodes[1].position.z = 3;
    json.states.current.nodes[1].data.colour = { fill: '#ffcc00', nested: { deep: [null, true, 'x'] } };
    json.states.current.edges[0].animated = true;
    json.states.current.edges[0].data = { label: 'daily', weightKg: 12 };
    const once = parseDocumentText(fileOf(json));
    expect(once).toEqual(json);
    expect(parseDocumentText(serializeDocument(once))).toEqual(json);
  });

  it('gives fresh objects, sharing nothing with its input', () => {
    const json = validJson();
    json.states.current.nodes[1].data.colour = { fill: 'red' };
    const doc = validateDocument(json);
    (doc.states.current.nodes[1]!.data as Record<string, any>).colour.fill = 'blue';
    doc.states.current.nodes[1]!.position.x = 999;
    expect(json.states.current.nodes[1].data.colour.fill).toBe('red');
    expect(json.states.current.nodes[1].position.x).toBe(200);
  });

  it('does not write step defaults, but fills settings, title and future when missing', () => {
    const json = validJson();
    delete json.title;
    delete json.states.future;
    delete json.states.current.settings;
    const doc = validateDocument(json);
    const welding = doc.states.current.nodes[3]!.data as Record<string, unknown>;
    expect(welding).toEqual({ name: 'Welding', cycleTimeSec: 39 });
    expect(doc.states.current.settings).toEqual(DEFAULT_SETTINGS);
    expect(doc.title).toBe('');
    expect(doc.states.future).toBeNull();
  });

  it('fills only the missing keys of partial settings', () => {
    const json = validJson();
    json.states.current.settings = { shiftsPerDay: 1 };
    expect(validateDocument(json).states.current.settings).toEqual({ ...DEFAULT_SETTINGS, shiftsPerDay: 1 });
  });

  it('accepts a node without data as empty data', () => {
    const json = validJson();
    json.states.current.nodes.push({ id: 'post', type: 'kanban-post', position: { x: 0, y: 0 } });
    expect(validateDocument(json).states.current.nodes[5]!.data).toEqual({});
  });
});

describe('validateMapState (paste of a fragment)', () => {
  it('accepts a fragment and puts the path in front of messages', () => {
    const p1 = aProcess({}, { id: 'p1' });
    const state = aState({ nodes: [p1, aCustomer({}, { id: 'c1' })], edges: [anEdge(p1, 'c1', { id: 'e1' })] });
    expect(validateMapState(state)).toEqual(state);
    const broken = { ...state, edges: [anEdge('p1', 'nowhere', { id: 'e1' })] };
    expect(problemOf(refusal(() => validateMapState(broken, 'clipboard')))).toEqual({
      path: 'clipboard.edges[0].target', code: 'state.edgeToMissingNode', params: { edge: 'e1', node: 'nowhere' },
    });
    expect(refusal(() => validateMapState({ nodes: [{ __proto__: null, id: 'x', prototype: 1 }], edges: [] })).path).toBe(
      'nodes[0].prototype',
    );
  });

  it('refuses a loop in a fragment', () => {
    const a = aProcess({}, { id: 'a' });
    const b = aProcess({}, { id: 'b' });
    const state = aState({ nodes: [a, b], edges: [anEdge(a, b), anEdge(b, a, { type: 'material' })] });
    // The loop is named from the node that comes first in the fragment, a.
    expect(problemOf(refusal(() => validateMapState(state)))).toEqual({ path: '', code: 'state.materialLoop', params: { ids: ['a', 'b'] } });
  });
});

describe('validateFieldValue (one inspector field)', () => {
  it.each([
    ['process', 'uptimePct', 85, true],
    ['process', 'uptimePct', 100.5, false],
    ['process', 'operators', 3, true],
    ['process', 'operators', 1.5, false],
    ['process', 'cycleTimeSec', '45', false],
    ['process', 'kind', 'inspection', true],
    ['process', 'kind', 'magic', false],
    ['process', 'link', 'javascript:alert(1)', false],
    ['process', 'wasteTags', ['waiting', 'motion'], true],
    ['process', 'wasteTags', ['waiting', 'waiting'], false],
    ['kaizen', 'dueDate', '2025-12-31', true],
    ['kaizen', 'dueDate', '31/12/2025', false],
    ['kaizen', 'stepId', 'p1', true],
    ['transport', 'mode', 'rail', true],
  ] as const)('%s.%s = %j → ok %s', (type, key, value, ok) => {
    expect(validateFieldValue(type, key, value).ok).toBe(ok);
  });

  it('allows long text up to 5,000 characters in a note', () => {
    expect(validateFieldValue('note', 'text', 'y'.repeat(5_000)).ok).toBe(true);
    expect(validateFieldValue('note', 'text', 'y'.repeat(5_001))).toEqual({
      ok: false,
      message: { code: 'value.tooLong', params: { length: 5_001, limit: 5_000 } },
    });
  });

  it('explains a refusal without a path', () => {
    expect(validateFieldValue('process', 'uptimePct', 150)).toEqual({
      ok: false, message: { code: 'value.aboveMax', params: { what: 'percent', max: { value: 100, unit: 'percent' }, got: num('150') } },
    });
  });

  it('refuses a field the symbol does not have, and takes undefined as clearing a field', () => {
    expect(validateFieldValue('inventory', 'cycleTimeSec', 5)).toEqual({
      ok: false, message: { code: 'field.unknown', params: { key: 'cycleTimeSec', type: 'inventory' } },
    });
    expect(validateFieldValue('process', 'uptimePct', undefined)).toEqual({ ok: true, value: undefined });
  });

  it('checks edge fields too', () => {
    expect(validateEdgeFieldValue('distanceM', 12.5)).toEqual({ ok: true, value: 12.5 });
    expect(validateEdgeFieldValue('rework', 'yes')).toEqual({ ok: false, message: { code: 'value.notBoolean', params: { got: txt('yes') } } });
  });
});

describe('serializeDocument', () => {
  it('writes pretty JSON in the document key order, ending with a newline', () => {
    const doc = aDocument({ title: 'Bracket' });
    const text = serializeDocument(doc);
    expect(text.startsWith('{\n  "format": "arus.vsm",\n  "schemaVersion": 2,\n  "title": "Bracket",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(parseDocumentText(text)).toEqual(doc);
  });
});
