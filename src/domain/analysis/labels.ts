import { nodeSymbol } from '../symbols';
import type { VsmNode } from '../types';

/** A node's label: its name or title, else the symbol's English name. */
export function labelOf(node: VsmNode): string {
  const data = node.data as { name?: unknown; title?: unknown };
  const text = typeof data.name === 'string' ? data.name : typeof data.title === 'string' ? data.title : '';
  const trimmed = text.trim();
  return trimmed === '' ? nodeSymbol(node.type).name.en : trimmed;
}

const MESSAGE_LABEL_CHARS = 60;

/** A node as a message names it: `"Stamping" (p1)`; long labels are cut so messages stay readable. */
export function nameOf(node: VsmNode): string {
  const label = labelOf(node);
  const short = label.length > MESSAGE_LABEL_CHARS ? `${label.slice(0, MESSAGE_LABEL_CHARS - 1)}…` : label;
  return `"${short}" (${node.id})`;
}

const LISTED_NAMES = 5;

/** Names a few nodes and counts the rest, so one warning stays one line on a map of 10,000 steps. */
export function nameList(nodes: readonly VsmNode[]): string {
  const shown = nodes.slice(0, LISTED_NAMES).map(nameOf).join(', ');
  const more = nodes.length - LISTED_NAMES;
  return more > 0 ? `${shown} and ${more} more` : shown;
}

/** A number for a message: at most two decimals, thousands separated by commas (1,234.5). */
export function fmt(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  // Most figures are small: the plain number string, no separators to add.
  if (rounded > -1000 && rounded < 1000) return String(rounded);
  if (!Number.isFinite(rounded)) return String(rounded);
  const text = String(Math.abs(rounded));
  const dot = text.indexOf('.');
  const whole = dot < 0 ? text : text.slice(0, dot);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${dot < 0 ? '' : text.slice(dot)}`;
}

/** A share 0..1 as a percentage for a message: 0.456 → "45.6 %". */
export function pct(share: number): string {
  return `${fmt(share * 100)} %`;
}
