/**
 * The one error type that reading a map can throw. `path` points into the document the way a
 * person reads it (`states.current.nodes[3].data.uptimePct`, empty for the whole file); the
 * message starts with that path, so it can be shown as it is in a dialog or on a command line.
 */
export class DocumentError extends Error {
  /** Where the problem is; '' for the file as a whole. */
  readonly path: string;
  /** What is wrong, without the path (`must be 0 to 100, got 150`). */
  readonly problem: string;

  constructor(path: string, problem: string) {
    super(path === '' ? problem : `${path}: ${problem}`);
    this.name = 'DocumentError';
    this.path = path;
    this.problem = problem;
  }
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

/** A short, safe description of a value for a message: `150`, `"abc"`, `a list`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'number') return Object.is(value, -0) ? '0' : String(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}…` : value;
    return JSON.stringify(shown);
  }
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
