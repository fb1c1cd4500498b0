/** A finite, non-negative number, else undefined: the analyzer reads only sane numbers and never throws on the rest. */
export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}
