// @vitest-environment node
import fc from 'fast-check';
import { DocumentError } from '../../src/domain/errors';
import { parseDocumentText, serializeDocument, validateDocument, validateMapState } from '../../src/domain/validate';
import { aCustomer, aDocument, aKaizen, aLine, anEdge, anInventory, aProcess, aSupplier, aTransport } from '../fixtures/builders';

/**
 * Whatever comes in, reading a map either gives a document or throws DocumentError: never a
 * TypeError, a RangeError or a zod error leaking out. Accepted documents are stable: writing
 * one and reading it back gives the same document.
 */

type Outcome = { accepted: true; value: unknown } | { accepted: false; error: unknown };
function attempt(read: () => unknown): Outcome {
  try {
    return { accepted: true, value: read() };
  } catch (error) {
    return { accepted: false, error };
  }
}

function expectDocumentOrDocumentError(read: () => unknown): void {
  const outcome = attempt(read);
  // Plain checks, not expect(): they run thousands of times and expect() is slow in a loop.
  if (!outcome.accepted && !(outcome.error instanceof DocumentError && outcome.error.message.length > 0)) {
    throw new Error(`expected a DocumentError, got ${String(outcome.error)}`, { cause: outcome.error });
  }
}

function expectStable(read: () => unknown): void {
  const outcome = attempt(read);
  if (!outcome.accepted) {
    expect(outcome.error).toBeInstanceOf(DocumentError);
    return;
  }
  const doc = outcome.value as Parameters<typeof serializeDocument>[0];
  expect(parseDocumentText(serializeDocument(doc))).toEqual(doc);
}

/** A valid document touching most symbols and fields, as plain JSON. */
function validJson(): unknown {
  const line = aLine(
    aSupplier({}, { id: 's1' }),
    aTransport({ mode: 'truck', transitDays: 1 }, { id: 't1' }),
    aProcess({ cycleTimeSec: 40, uptimePct: 90, operators: 2, wasteTags: ['waiting'], link: 'https://example.com' }, { id: 'p1' }),
    anInventory({ quantity: 700 }, { id: 'i1' }),
    aCustomer({ demandPerDay: 920 }, { id: 'c1' }),
  );
  line.nodes.push(aKaizen({ stepId: 'p1', waste: 'waiting', dueDate: '2025-06-30', status: 'open' }, { id: 'k1' }));
  line.edges.push(anEdge('p1', 's1', { id: 'order', type: 'electronic-info', data: { label: 'weekly' } }));
  const doc = aDocument({ current: line, future: { ...line, nodes: line.nodes.slice(2, 5), edges: line.edges.slice(2, 4) } });
  return JSON.parse(JSON.stringify(doc));
}

type Path = (string | number)[];
/** Every path to a value inside `value`, the root included. */
function pathsOf(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...at, Array.isArray(value) ? Number(key) : key], out);
  }
  return out;
}

type Mutation =
  | { kind: 'replace'; with: unknown }
  | { kind: 'delete' }
  | { kind: 'forbiddenKey'; key: '__proto__' | 'constructor' | 'prototype' }
  | { kind: 'addField'; key: string; with: unknown };

/** Applies a mutation at a path, on a fresh copy; the root may be replaced too. */
function mutate(doc: unknown, path: Path, mutation: Mutation): unknown {
  const root = { value: JSON.parse(JSON.stringify(doc)) as unknown };
  let parent: Record<string | number, unknown> = root as Record<string, unknown>;
  let key: string | number = 'value';
  for (const segment of path) {
    parent = parent[key] as Record<string | number, unknown>;
    key = segment;
  }
  const target = parent[key];
  switch (mutation.kind) {
    case 'replace':
      parent[key] = mutation.with;
      break;
    case 'delete':
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
      else delete parent[key];
      break;
    case 'forbiddenKey':
      if (target !== null && typeof target === 'object') {
        Object.defineProperty(target, mutation.key, { value: { polluted: true }, enumerable: true, configurable: true, writable: true });
      }
      break;
    case 'addField':
      if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
        Object.defineProperty(target, mutation.key, { value: mutation.with, enumerable: true, configurable: true, writable: true });
      }
      break;
  }
  return root.value;
}

const base = validJson();
const basePaths = pathsOf(base);

const oddNumbers = fc.constantFrom(-1, -0, 0.5, 1e308, 150, 101, Number.MAX_SAFE_INTEGER + 2, 2.5);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), with: fc.oneof(fc.jsonValue(), oddNumbers, fc.string()) }),
  fc.constant({ kind: 'delete' as const }),
  fc.record({ kind: fc.constant('forbiddenKey' as const), key: fc.constantFrom('__proto__' as const, 'constructor' as const, 'prototype' as const) }),
  fc.record({ kind: fc.constant('addField' as const), key: fc.string(), with: fc.jsonValue() }),
);
const mutatedDocument = fc
  .tuple(fc.nat({ max: basePaths.length - 1 }), mutation)
  .map(([index, change]) => mutate(base, basePaths[index]!, change));

// Generous timeouts: these take about a second each, more on a busy machine.
describe('reading untrusted input', { timeout: 30_000 }, () => {
  it('the base document for mutations is valid', () => {
    expect(() => validateDocument(base)).not.toThrow();
  });

  it('arbitrary JSON values: a document or a DocumentError', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectDocumentOrDocumentError(() => validateDocument(value));
        expectDocumentOrDocumentError(() => parseDocumentText(JSON.stringify(value) ?? ''));
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary JavaScript values: a document or a DocumentError', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withBigInt: true }), (value) => {
        expectDocumentOrDocumentError(() => validateDocument(value));
        expectDocumentOrDocumentError(() => validateMapState(value, 'clipboard'));
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary text: a document or a DocumentError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), (text) => {
        expectDocumentOrDocumentError(() => parseDocumentText(text));
      }),
      { numRuns: 200 },
    );
  });

  it('valid documents with one part changed: a stable document or a DocumentError', () => {
    fc.assert(
      fc.property(mutatedDocument, (doc) => {
        expectStable(() => validateDocument(doc));
        expectStable(() => parseDocumentText(JSON.stringify(doc)));
      }),
      { numRuns: 300 },
    );
  });

  it('mutated documents never pollute Object.prototype', () => {
    fc.assert(
      fc.property(mutatedDocument, (doc) => {
        attempt(() => validateDocument(doc));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });
});
