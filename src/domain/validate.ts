import { DocumentError, describeValue, joinPath, refuse } from './errors';
import { EDGE_FIELDS, fieldsOf } from './fields';
import { IdIndex } from './analysis/idIndex';
import { findMaterialLoop } from './graph';
import { MAX_FILE_BYTES, SETTINGS_LIMITS } from './limits';
import { message, type JsonProblem, type Message } from './messages';
import { migrate, type RawDocument } from './migrations';
import {
  checkFormat, cleanJson, dayTooLong, documentSchema, fieldCheck, mapStateSchema, settingCheck, toDocumentError,
} from './schema';
import { NODE_TYPES, type MapSettings, type MapState, type VsmDocument, type VsmNodeType } from './types';

export { MAX_FILE_BYTES } from './limits';

/**
 * Every way into the document model goes through here: file text, an already-parsed value,
 * a pasted fragment, one inspector field. Input is untrusted (spec section 8); the only thing
 * these functions throw is a DocumentError whose code says what is wrong and whose path says where.
 *
 * Validation does not write defaults for step data (uptime 100, machines 1, operators 1): the
 * analyzer applies them, so a file says only what the team measured. Missing `settings` (or
 * keys in it) do get DEFAULT_SETTINGS, a missing `title` becomes '' and a missing `future`
 * becomes null, so the rest of the app can rely on those being there.
 */

/** Reads a map file's text (`fileSizeBytes` when the caller knows it) into a valid document. */
export function parseDocumentText(text: string, fileSizeBytes?: number): VsmDocument {
  // Callers in plain JavaScript (a drop handler, a script) may hand over anything.
  if (typeof text !== 'string') refuse('', 'file.notText', { got: describeValue(text) });
  // Refused before anything is parsed: a string's length in UTF-16 units never exceeds its bytes.
  const sizeBytes = Math.max(fileSizeBytes ?? 0, utf8Length(text, MAX_FILE_BYTES));
  if (sizeBytes > MAX_FILE_BYTES) refuse('', 'file.tooLarge', { sizeBytes, limitBytes: MAX_FILE_BYTES });
  // Editors on Windows like to start UTF-8 files with a byte order mark; JSON.parse does not.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') refuse('', 'file.empty', {});
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    const { offset, problem } = locateJsonError(body);
    const { line, column } = lineAndColumn(body, offset);
    refuse('', 'file.notJson', { line, column, problem });
  }
  // JSON.parse made fresh plain objects that nobody else holds: checked in place, not copied.
  return checkDocument(parsed, true);
}

/** Checks an already-parsed value (migrating older schema versions first) into a fresh document. */
export function validateDocument(value: unknown): VsmDocument {
  return checkDocument(value, false);
}

function checkDocument(value: unknown, inPlace: boolean): VsmDocument {
  const { value: clean, nonFinite } = cleanJson(value, '', inPlace);
  if (clean === null || typeof clean !== 'object' || Array.isArray(clean)) {
    refuse('', 'file.notObject', { got: describeValue(clean) });
  }
  const raw = clean as RawDocument;
  const formatProblem = checkFormat(raw.format);
  if (formatProblem !== null) throw new DocumentError('format', formatProblem);
  const { doc: migrated } = migrate(raw);
  const result = documentSchema.safeParse(migrated);
  if (!result.success) throw toDocumentError(result.error, '');
  throwIfNonFinite(nonFinite);
  const doc = result.data as unknown as VsmDocument;
  checkState(doc.states.current, 'states.current');
  if (doc.states.future) checkState(doc.states.future, 'states.future');
  return doc;
}

/** Checks one map state, e.g. a pasted fragment; `path` prefixes every message. */
export function validateMapState(value: unknown, path = ''): MapState {
  const { value: clean, nonFinite } = cleanJson(value, path);
  const result = mapStateSchema.safeParse(clean);
  if (!result.success) throw toDocumentError(result.error, path);
  throwIfNonFinite(nonFinite);
  const state = result.data as unknown as MapState;
  checkState(state, path);
  return state;
}

export type FieldResult = { ok: true; value: unknown } | { ok: false; message: Message };

/**
 * Checks one field value of a node for the inspector, by the same rules as a file. `undefined`
 * is fine and means "clear the field". A `nodeRef` is only checked for shape: whether the node
 * exists is for the caller, which knows the map.
 */
export function validateFieldValue(type: VsmNodeType, key: string, value: unknown): FieldResult {
  if (!(NODE_TYPES as readonly string[]).includes(type)) return { ok: false, message: message('field.unknownNodeType', { got: describeValue(type) }) };
  const spec = key === 'originId'
    ? { key, kind: 'nodeRef' as const, label: { en: 'Origin', id: 'Asal' } }
    : fieldsOf(type).find((field) => field.key === key);
  if (!spec) return { ok: false, message: message('field.unknown', { key: String(key), type }) };
  return checkField(fieldCheck(spec), value);
}

/** The same as validateFieldValue for the data of an edge (`label`, `rework`, `distanceM`, `transitDays`). */
export function validateEdgeFieldValue(key: string, value: unknown): FieldResult {
  const spec = EDGE_FIELDS.find((field) => field.key === key);
  if (!spec) return { ok: false, message: message('field.unknownEdgeField', { key: String(key) }) };
  return checkField(fieldCheck(spec), value);
}

/**
 * Checks one setting typed in the settings form, by the same limits as a file, and against the
 * other settings of the map (seconds per shift × shifts must fit in a day).
 */
export function validateSettingValue(key: keyof MapSettings, value: unknown, settings: MapSettings): FieldResult {
  const checked = checkField(settingCheck(key), value);
  if (!checked.ok || value === undefined) return checked;
  const next = { ...settings, [key]: value } as MapSettings;
  const problem = key in SETTINGS_LIMITS ? dayTooLong(next.availableSecondsPerShift, next.shiftsPerDay) : null;
  return problem === null ? checked : { ok: false, message: problem };
}

function checkField(check: (value: unknown) => Message | null, value: unknown): FieldResult {
  if (value === undefined) return { ok: true, value: undefined };
  const problem = check(value);
  if (problem !== null) return { ok: false, message: problem };
  return { ok: true, value: Array.isArray(value) ? [...(value as unknown[])] : value };
}

/** The document as file text: pretty JSON, keys in the order the document has them. */
export function serializeDocument(doc: VsmDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function throwIfNonFinite(nonFinite: { path: string; value: number } | null): void {
  // Only unknown fields get here: known ones were refused by the schema with their own rule.
  if (nonFinite) refuse(nonFinite.path, 'value.notFinite', { got: describeValue(nonFinite.value) });
}

/** The fields of each node type that name another node (a kaizen burst's step). */
const NODE_REF_FIELDS = Object.fromEntries(
  NODE_TYPES.map((type) => [type, fieldsOf(type).filter((field) => field.kind === 'nodeRef').map((field) => field.key)]),
) as Record<VsmNodeType, string[]>;

/** Rules across a whole state: unique ids, edges and references to nodes that exist, no loop. */
function checkState(state: MapState, path: string): void {
  // Ids in a hash table on one Int32Array (the analyzer's): a Map of 20,000 ids costs far more.
  const nodeAt = new IdIndex(state.nodes);
  if (nodeAt.duplicates) {
    const [i, first] = firstDuplicate(state.nodes)!;
    refuse(joinPath(path, ['nodes', i, 'id']), 'state.duplicateNodeId', { id: state.nodes[i]!.id, firstIndex: first });
  }
  const edgeAt = new IdIndex(state.edges);
  const [duplicateEdge, firstEdge] = edgeAt.duplicates ? firstDuplicate(state.edges)! : [-1, -1];
  state.edges.forEach((edge, i) => {
    if (i === duplicateEdge) refuse(joinPath(path, ['edges', i, 'id']), 'state.duplicateEdgeId', { id: edge.id, firstIndex: firstEdge });
    // One id space for the map, so a selection of ids can never mean two things.
    const node = nodeAt.get(edge.id);
    if (node !== undefined) refuse(joinPath(path, ['edges', i, 'id']), 'state.edgeIdIsNodeId', { id: edge.id, nodeIndex: node });
    for (const end of ['source', 'target'] as const) {
      if (nodeAt.get(edge[end]) === undefined) {
        refuse(joinPath(path, ['edges', i, end]), 'state.edgeToMissingNode', { edge: edge.id, node: edge[end] });
      }
    }
  });
  state.nodes.forEach((node, i) => {
    const data = node.data as Record<string, unknown>;
    for (const key of NODE_REF_FIELDS[node.type]) {
      const ref = data[key];
      if (typeof ref !== 'string' || nodeAt.get(ref) !== undefined) continue;
      refuse(joinPath(path, ['nodes', i, 'data', key]), 'state.refToMissingNode', { type: node.type, nodeId: node.id, ref });
    }
  });
  const found = findMaterialLoop(state, nodeAt);
  if (found) {
    // Start the loop at its node that comes first in the file, so the message reads stably.
    const start = found.reduce((best, id, i) => (nodeAt.get(id)! < nodeAt.get(found[best]!)! ? i : best), 0);
    const loop = [...found.slice(start), ...found.slice(0, start)];
    refuse(path, 'state.materialLoop', { ids: loop });
  }
}

/** The first item whose id an earlier item has: [its index, the earlier one's]; null when ids are unique. */
function firstDuplicate(items: readonly { id: string }[]): [number, number] | null {
  const seen = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const first = seen.get(items[i]!.id);
    if (first !== undefined) return [i, first];
    seen.set(items[i]!.id, i);
  }
  return null;
}

/** UTF-8 size of a string, stopping early once it is known to be over `limitBytes`, or under it. */
function utf8Length(text: string, limitBytes: number): number {
  if (text.length > limitBytes) return text.length;
  // A UTF-16 unit is at most 3 bytes in UTF-8 (a surrogate pair, two units, is 4): a text of at
  // most a third of the limit in units is under it, however it is written. Counted no further.
  if (text.length * 3 <= limitBytes) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/** Where JSON text goes wrong: an offset into the text and what was found there. */
export interface JsonError {
  offset: number;
  problem: JsonProblem;
}

/**
 * Finds where JSON text goes wrong, for a message with line and column that reads the same in
 * every browser (their JSON.parse messages differ). Only runs after JSON.parse has failed.
 */
export function locateJsonError(text: string): JsonError {
  const n = text.length;
  const stack: string[] = [];
  let i = 0;
  const skipSpace = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  // A character is shown as JSON writes it, so a quote or a control character stays visible.
  const found = () => JSON.stringify(text[i]);
  const unexpected = (kind: 'unexpected' | 'expectedKey' | 'expectedColon' | 'textAfterEnd' = 'unexpected'): JsonError =>
    i >= n ? { offset: n, problem: { kind: 'endsEarly' } } : { offset: i, problem: { kind, found: found() } };
  const readString = (): JsonError | null => {
    const start = i;
    i++; // the opening quote
    while (i < n) {
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        i++;
        return null;
      }
      if (code === 0x5c) {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text)) return { offset: i, problem: { kind: 'badEscape' } };
        i = ESCAPE.lastIndex;
      } else if (code < 0x20) {
        return { offset: i, problem: { kind: 'controlInText' } };
      } else i++;
    }
    return { offset: start, problem: { kind: 'unclosedText' } };
  };
  const readKey = () => {
    skipSpace();
    if (text[i] !== '"') return unexpected('expectedKey');
    const bad = readString();
    if (bad) return bad;
    skipSpace();
    if (text[i] !== ':') return unexpected('expectedColon');
    i++;
    return null;
  };

  for (;;) {
    // Expecting a value.
    skipSpace();
    const c = text[i];
    let containerOpened = false;
    if (c === '{' || c === '[') {
      i++;
      skipSpace();
      if (text[i] === (c === '{' ? '}' : ']')) i++;
      else {
        stack.push(c);
        containerOpened = true;
        if (c === '{') {
          const bad = readKey();
          if (bad) return bad;
        }
      }
    } else if (c === '"') {
      const bad = readString();
      if (bad) return bad;
    } else if (text.startsWith('true', i) || text.startsWith('null', i)) i += 4;
    else if (text.startsWith('false', i)) i += 5;
    else {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return unexpected();
      i = NUMBER.lastIndex;
    }
    if (containerOpened) continue;
    // After a value: close containers, or a comma and the next value.
    for (;;) {
      skipSpace();
      const top = stack[stack.length - 1];
      if (top === undefined) {
        return i < n ? unexpected('textAfterEnd') : { offset: 0, problem: { kind: 'unreadable' } };
      }
      if (text[i] === (top === '{' ? '}' : ']')) {
        i++;
        stack.pop();
        continue;
      }
      if (text[i] !== ',') {
        if (i >= n) return { offset: n, problem: { kind: 'endsEarly' } };
        return { offset: i, problem: { kind: 'expectedCommaOr', close: top === '{' ? '}' : ']', found: found() } };
      }
      i++;
      if (top === '{') {
        const bad = readKey();
        if (bad) return bad;
      }
      break;
    }
  }
}
