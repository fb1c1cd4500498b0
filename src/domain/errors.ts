import { message as makeMessage, type Got, type Message, type MessageCode, type MessageParams } from './messages';
import type { NumberLimit } from './limits';

/**
 * The one error type that reading a map can throw. `path` points into the document the way a
 * person reads it (`states.current.nodes[3].data.uptimePct`, empty for the whole file); `message`
 * is the problem as a code with parameters, which views render in the reader's language
 * (`src/i18n/domain`) with the file and the path in front. `Error.message` is only a technical
 * string for logs: nothing shown to a person comes from it.
 */
export class DocumentError extends Error {
  /** Where the problem is; '' for the file as a whole. */
  readonly path: string;
  /** What is wrong, without the path. */
  readonly problem: Message;
  /** The file's name, when the error was read from one (`documentFile.ts`). */
  readonly file: string | undefined;

  constructor(path: string, problem: Message, file?: string) {
    super(`${file === undefined ? '' : `${file}: `}${path === '' ? '' : `${path}: `}${problem.code} ${JSON.stringify(problem.params)}`);
    this.name = 'DocumentError';
    this.path = path;
    this.problem = problem;
    this.file = file;
  }

  get code(): MessageCode {
    return this.problem.code;
  }

  get params(): Message['params'] {
    return this.problem.params;
  }

  /** The same problem, read from the file `file`. */
  inFile(file: string): DocumentError {
    return new DocumentError(this.path, this.problem, file);
  }
}

/** Throws a DocumentError at `path` with the code and its parameters. */
export function refuse<C extends MessageCode>(path: string, code: C, params: MessageParams[C]): never {
  throw new DocumentError(path, makeMessage(code, params));
}

/** A path segment: an object key or an array index. */
export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Appends segments to a path: `nodes` + 3 + `data` → `nodes[3].data`; odd keys are quoted. */
export function joinPath(base: string, segments: readonly PathSegment[]): string {
  let path = base;
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) path += path === '' ? segment : `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}

const SHOWN_TEXT_CHARS = 40;

/** A short, safe description of a value for a message: its kind, and for numbers and text the value as written. */
export function describeValue(value: unknown): Got {
  if (value === undefined) return { kind: 'nothing' };
  if (value === null) return { kind: 'null' };
  if (typeof value === 'number') return { kind: 'number', text: Object.is(value, -0) ? '0' : String(value) };
  if (typeof value === 'boolean') return { kind: 'boolean', text: String(value) };
  if (typeof value === 'string') {
    return { kind: 'text', text: value.length > SHOWN_TEXT_CHARS ? `${value.slice(0, SHOWN_TEXT_CHARS - 3)}…` : value };
  }
  if (Array.isArray(value)) return { kind: 'list' };
  if (typeof value === 'object') return { kind: 'object' };
  return { kind: 'other' };
}

/** Checks a number against its limit; null when it is fine, else the problem (which names the limit). */
export function checkNumber(limit: NumberLimit, value: unknown): Message | null {
  const { what } = limit;
  // NaN is not a number a person meant; ±Infinity is a number beyond any limit.
  if (typeof value !== 'number' || Number.isNaN(value)) return makeMessage('value.notNumber', { what, got: describeValue(value) });
  if (value < limit.min || (limit.minExclusive === true && value === limit.min)) {
    const min = { value: limit.min, unit: limit.unit };
    return makeMessage('value.belowMin', { what, min, exclusive: limit.minExclusive === true, got: describeValue(value) });
  }
  if (value > limit.max) return makeMessage('value.aboveMax', { what, max: { value: limit.max, unit: limit.unit }, got: describeValue(value) });
  if (limit.whole === true && !Number.isInteger(value)) return makeMessage('value.notWhole', { what, got: describeValue(value) });
  return null;
}
