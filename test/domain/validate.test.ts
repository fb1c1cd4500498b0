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
    expect(error.message).toBe('the file is not valid JSON: unexpected "}" at line 2, column 12');
    expect(error.path).toBe('');
  });

  it('JSON cut off in the middle', () => {
    expect(refusal(() => parseDocumentText('{"format": "arus.vsm", "states": {')).message).toMatch(/not valid JSON: .*ends too early/);
  });

  it('a trailing comma, naming where', () => {
    // `{"a": 1,}`: the `}` after the comma is at column 9.
    expect(refusal(() => parseDocumentText('{"a": 1,}')).message).toBe(
      'the file is not valid JSON: expected a quoted key, found "}" at line 1, column 9',
    );
  });

  it('an empty file', () => {
    expect(refusal(() => parseDocumentText('  \n')).message).toBe('the file is empty');
  });

  it.each([
    ['[1, 2]', 'a list'],
    ['"a map"', '"a map"'],
    ['null', 'null'],
    ['42', '42'],
  ])('JSON that is not an object: %s', (text, shown) => {
    expect(refusal(() => parseDocumentText(text)).message).toBe(`a map file holds one JSON object, got ${shown}`);
  });

  it('a wrong format', () => {
    const error = refusalAfter((json) => { json.format = 'excalidraw'; });
    expect(error.path).toBe('format');
    expect(error.message).toBe('format: this is not an Arus map: format must be "arus.vsm", got "excalidraw"');
  });

  it('a missing format', () => {
    expect(refusalAfter((json) => { delete json.format; }).message).toMatch(/^format: this is not an Arus map.*got nothing$/);
  });

  it('a newer schemaVersion', () => {
    const error = refusalAfter((json) => { json.schemaVersion = 3; });
    expect(error.path).toBe('schemaVersion');
    expect(error.message).toContain('made by a newer Arus (schema 3); this version reads up to schema 1');
  });

  it('a node without an id', () => {
    const error = refusalAfter((json) => { delete json.states.current.nodes[2].id; });
    expect(error.message).toBe('states.current.nodes[2].id: is missing');
  });

  it('an id that is not text', () => {
    expect(refusalAfter((json) => { json.states.current.edges[1].id = 42; }).message).toBe(
      'states.current.edges[1].id: must be text, got 42',
    );
  });

  it('duplicate node ids', () => {
    expect(refusalAfter((json) => { json.states.current.nodes[3].id = 'p1'; }).message).toBe(
      'states.current.nodes[3].id: duplicate node id "p1": nodes[1] has it too',
    );
  });

  it('duplicate edge ids', () => {
    const error = refusalAfter((json) => {
      json.states.current.edges[2].id = json.states.current.edges[0].id;
    });
    expect(error.path).toBe('states.current.edges[2].id');
    expect(error.message).toMatch(/duplicate edge id ".*": edges\[0\] has it too$/);
  });

  it('an edge id that is also a node id', () => {
    expect(refusalAfter((json) => { json.states.current.edges[0].id = 'p2'; }).message).toBe(
      'states.current.edges[0].id: edge id "p2" is also the id of nodes[3]',
    );
  });

  it('an edge to a missing node', () => {
    const error = refusalAfter((json) => {
      json.states.current.edges.push({ id: 'e7', type: 'push', source: 'p1', target: 'p9' });
    });
    expect(error.message).toBe('states.current.edges[4].target: edge "e7" points to missing node "p9"');
  });

  it('an edge from a missing node', () => {
    expect(refusalAfter((json) => { json.states.current.edges[0].source = 'ghost'; }).path).toBe('states.current.edges[0].source');
  });

  it('an unknown node type, naming it', () => {
    const error = refusalAfter((json) => { json.states.current.nodes[1].type = 'robot'; });
    expect(error.path).toBe('states.current.nodes[1].type');
    expect(error.message).toMatch(/^states\.current\.nodes\[1\]\.type: unknown node type "robot"; known types: process, /);
  });

  it('an unknown edge type, naming it', () => {
    const error = refusalAfter((json) => { json.states.current.edges[0].type = 'teleport'; });
    expect(error.message).toMatch(/^states\.current\.edges\[0\]\.type: unknown edge type "teleport"; known types: push, /);
  });

  it('a node with no type', () => {
    expect(refusalAfter((json) => { delete json.states.current.nodes[0].type; }).message).toBe(
      'states.current.nodes[0].type: is missing: every node needs a type',
    );
  });

  it('a percentage above 100', () => {
    expect(refusalAfter((json) => { json.states.current.nodes[1].data.uptimePct = 150; }).message).toBe(
      'states.current.nodes[1].data.uptimePct: must be 0 to 100, got 150',
    );
  });

  it('a negative time', () => {
    expect(refusalAfter((json) => { json.states.current.nodes[1].data.cycleTimeSec = -5; }).message).toBe(
      'states.current.nodes[1].data.cycleTimeSec: must be a time in seconds, 0 or more, got -5',
    );
  });

  it('a negative count and a fractional count', () => {
    expect(refusalAfter((json) => { json.states.current.nodes[2].data.quantity = -1; }).message).toBe(
      'states.current.nodes[2].data.quantity: must be a whole number, 0 or more, got -1',
    );
    expect(refusalAfter((json) => { json.states.current.nodes[1].data.operators = 2.5; }).message).toBe(
      'states.current.nodes[1].data.operators: must be a whole number, 0 or more, got 2.5',
    );
  });

  it('Infinity (1e999 in JSON) where a number belongs', () => {
    const text = fileOf(validJson()).replace('"uptimePct": 85', '"uptimePct": 1e999');
    expect(refusal(() => parseDocumentText(text)).message).toBe(
      'states.current.nodes[1].data.uptimePct: must be 0 to 100, got Infinity',
    );
  });

  it('a string where a number belongs', () => {
    expect(refusalAfter((json) => { json.states.current.nodes[3].data.cycleTimeSec = '45 s'; }).message).toBe(
      'states.current.nodes[3].data.cycleTimeSec: must be a time in seconds, 0 or more, got "45 s"',
    );
    expect(refusalAfter((json) => { json.states.current.nodes[4].data.demandPerMonth = '18400'; }).message).toBe(
      'states.current.nodes[4].data.demandPerMonth: must be a number, 0 or more, got "18400"',
    );
  });

  it('a position that is not a number', () => {
    expect(refusalAfter((json) => { json.states.current.nodes[0].position.x = 'left'; }).message).toBe(
      'states.current.nodes[0].position.x: must be a number, got "left"',
    );
  });

  it('a material-flow loop, naming the nodes on it', () => {
    // p1 → i1 → p2 is in the line already; p2 → p1 closes the loop.
    const error = refusalAfter((json) => {
      json.states.current.edges.push({ id: 'back', type: 'push', source: 'p2', target: 'p1' });
    });
    expect(error.path).toBe('states.current');
    expect(error.message).toBe('states.current: the material flow has a loop: p1 → i1 → p2 → p1; mark the return edge as rework');
  });

  it('a loop in the future state, naming that state', () => {
    const error = refusalAfter((json) => {
      json.states.future = JSON.parse(JSON.stringify(json.states.current));
      json.states.future.edges.push({ id: 'back', type: 'material', source: 'c1', target: 's1' });
    });
    expect(error.message).toMatch(/^states\.future: the material flow has a loop: /);
  });

  it('a kaizen burst whose stepId points nowhere', () => {
    const error = refusalAfter((json) => { json.states.current.nodes.push(aKaizen({ stepId: 'p9' }, { id: 'k1' })); });
    expect(error.message).toBe('states.current.nodes[5].data.stepId: kaizen burst "k1" points to missing node "p9"');
  });

  it('a label of 10,000 characters, with its path', () => {
    const error = refusalAfter((json) => { json.states.current.nodes[1].data.name = 'x'.repeat(10_000); });
    expect(error.message).toBe('states.current.nodes[1].data.name: is too long: 10,000 characters, the limit is 200');
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
    expect(error.message).toContain('must be an http, https or mailto link');
  });

  it('an impossible due date', () => {
    const error = refusalAfter((json) => { json.states.current.nodes.push(aKaizen({ dueDate: '2025-02-30' })); });
    expect(error.message).toBe('states.current.nodes[5].data.dueDate: must be a date as YYYY-MM-DD, got "2025-02-30"');
  });

  it('an unknown waste tag', () => {
    expect(refusalAfter((json) => { json.states.current.nodes[1].data.wasteTags = ['waiting', 'laziness']; }).message).toMatch(
      /^states\.current\.nodes\[1\]\.data\.wasteTags: lists an unknown waste "laziness"; known: defects, /,
    );
  });

  it('settings that do not fit in a day', () => {
    // 3 shifts × 30,000 s = 90,000 s, more than the 86,400 s of a day.
    const error = refusalAfter((json) => {
      json.states.current.settings.availableSecondsPerShift = 30_000;
      json.states.current.settings.shiftsPerDay = 3;
    });
    expect(error.message).toBe(
      'states.current.settings: available time per day is 90,000 s (seconds per shift × shifts); a day has only 86,400 s',
    );
  });

  it('no shifts a day', () => {
    expect(refusalAfter((json) => { json.states.current.settings.shiftsPerDay = 0; }).message).toBe(
      'states.current.settings.shiftsPerDay: must be a whole number from 1 to 24, got 0',
    );
  });

  it('nodes that are not a list, and states that are missing', () => {
    expect(refusalAfter((json) => { json.states.current.nodes = {}; }).message).toBe(
      'states.current.nodes: must be a list of nodes, got an object',
    );
    expect(refusalAfter((json) => { delete json.states; }).message).toBe('states: is missing');
    expect(refusalAfter((json) => { delete json.states.current; }).message).toBe('states.current: is missing');
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
    expect(error.message).toMatch(/the key "(__proto__|constructor|prototype)" is not allowed/);
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
    // 52,428,800 bytes = 50 MB; the limit is 20 MB.
    expect(error.message).toBe('the file is 50 MB (52,428,800 bytes); files up to 20 MB can be opened');
    expect(elapsedMs).toBeLessThan(50);
  });

  it('a file of exactly 20 MB is not refused for its size', () => {
    expect(() => parseDocumentText(fileOf(validJson()), MAX_FILE_BYTES)).not.toThrow();
  });

  it('a file whose reported size is over the limit, even if its text is short', () => {
    // 20 MB = 20,971,520 bytes; one more byte is refused.
    expect(refusal(() => parseDocumentText('{}', MAX_FILE_BYTES + 1)).message).toBe(
      'the file is just over 20 MB (20,971,521 bytes); files up to 20 MB can be opened',
    );
  });

  it('a file just over the limit in UTF-8 bytes though under it in characters', () => {
    // 7,000,000 × "é€" = 14,000,000 characters but 2 + 3 = 5 bytes each: 35,000,000 bytes (33.4 MB).
    const error = refusal(() => parseDocumentText('é€'.repeat(7_000_000)));
    expect(error.message).toBe('the file is 33.4 MB (35,000,000 bytes); files up to 20 MB can be opened');
  });

  it('JSON nested very deeply, without a stack overflow', () => {
    const depth = 100_000;
    const text = fileOf(validJson()).replace('"name": "Stamping"', `"name": "Stamping", "extra": ${'['.repeat(depth)}${']'.repeat(depth)}`);
    expect(refusal(() => parseDocumentText(text)).message).toMatch(/^states\.current\.nodes\[1\]\.data\.extra(\[0\])+: is nested more than 100 levels deep$/);
  });
});

describe('validateDocument', () => {
  it('refuses NaN and Infinity in known and unknown fields alike', () => {
    const json = validJson();
    json.states.current.nodes[1].data.scrapPct = Number.NaN;
    expect(refusal(() => validateDocument(json)).message).toBe('states.current.nodes[1].data.scrapPct: must be 0 to 100, got NaN');
    const other = validJson();
    other.states.current.extra = { weight: -Infinity };
    expect(refusal(() => validateDocument(other)).message).toBe('states.current.extra.weight: must be a finite number, got -Infinity');
  });

  it('refuses values that are not plain JSON data', () => {
    const json = validJson();
    json.states.current.nodes[0].data.when = new Date(0);
    expect(refusal(() => validateDocument(json)).path).toBe('states.current.nodes[0].data.when');
    expect(refusal(() => validateDocument(() => 1)).message).toBe('must be plain JSON data, got a function');
  });

  it('refuses a cyclic object with a message instead of running forever', () => {
    const json = validJson();
    json.states.current.nodes[0].data.self = json;
    expect(refusal(() => validateDocument(json)).message).toMatch(/is nested more than 100 levels deep$/);
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
    expect(refusal(() => validateMapState(broken, 'clipboard')).message).toBe(
      'clipboard.edges[0].target: edge "e1" points to missing node "nowhere"',
    );
    expect(refusal(() => validateMapState({ nodes: [{ __proto__: null, id: 'x', prototype: 1 }], edges: [] })).path).toBe(
      'nodes[0].prototype',
    );
  });

  it('refuses a loop in a fragment', () => {
    const a = aProcess({}, { id: 'a' });
    const b = aProcess({}, { id: 'b' });
    const state = aState({ nodes: [a, b], edges: [anEdge(a, b), anEdge(b, a, { type: 'material' })] });
    // The loop is named from the node that comes first in the fragment, a.
    expect(refusal(() => validateMapState(state)).message).toBe('the material flow has a loop: a → b → a; mark the return edge as rework');
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
      message: 'is too long: 5,001 characters, the limit is 5,000',
    });
  });

  it('explains a refusal without a path', () => {
    expect(validateFieldValue('process', 'uptimePct', 150)).toEqual({ ok: false, message: 'must be 0 to 100, got 150' });
  });

  it('refuses a field the symbol does not have, and takes undefined as clearing a field', () => {
    expect(validateFieldValue('inventory', 'cycleTimeSec', 5)).toEqual({ ok: false, message: '"cycleTimeSec" is not a field of inventory' });
    expect(validateFieldValue('process', 'uptimePct', undefined)).toEqual({ ok: true, value: undefined });
  });

  it('checks edge fields too', () => {
    expect(validateEdgeFieldValue('distanceM', 12.5)).toEqual({ ok: true, value: 12.5 });
    expect(validateEdgeFieldValue('rework', 'yes')).toEqual({ ok: false, message: 'must be true or false, got "yes"' });
  });
});

describe('serializeDocument', () => {
  it('writes pretty JSON in the document key order, ending with a newline', () => {
    const doc = aDocument({ title: 'Bracket' });
    const text = serializeDocument(doc);
    expect(text.startsWith('{\n  "format": "arus.vsm",\n  "schemaVersion": 1,\n  "title": "Bracket",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(parseDocumentText(text)).toEqual(doc);
  });
});
