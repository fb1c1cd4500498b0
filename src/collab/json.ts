import { FORBIDDEN_KEYS, MAX_NESTING } from '../domain/schema';

/**
 * Plain JSON values in and out of a Y.Doc. Yjs hands back the very object it stores, and a
 * peer may have stored anything, so every value is copied on the way in and on the way out into
 * fresh objects, without `__proto__`-like keys, non-finite numbers or non-JSON values.
 */

/** A fresh copy of `value` if it is plain JSON data, else `undefined`. Keys holding `undefined` are left out. */
export function copyJson(value: unknown, depth = 0): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? (Object.is(value, -0) ? 0 : value) : undefined;
  if (typeof value !== 'object' || depth >= MAX_NESTING) return undefined;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value as unknown[]) {
      const copy = copyJson(item, depth + 1);
      if (copy === undefined) return undefined;
      out.push(copy);
    }
    return out;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item: unknown = (value as Record<string, unknown>)[key];
    if (item === undefined) continue;
    if (FORBIDDEN_KEYS.has(key)) return undefined;
    const copy = copyJson(item, depth + 1);
    if (copy === undefined) return undefined;
    out[key] = copy;
  }
  return out;
}

/** Deep equality of plain JSON values (key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => jsonEqual(item, other[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => Object.hasOwn(right, key) && jsonEqual(left[key], right[key]));
}
