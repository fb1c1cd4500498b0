/**
 * English UI words that must not appear when the editor speaks Bahasa Indonesia, built from the
 * app's own dictionaries: the words of every English entry, minus words a translated Indonesian
 * entry uses too ("data", "total") and the terms docs/glossary.md keeps in English in Indonesian
 * (lead time, takt, kanban …). An entry whose Indonesian is a copy of the English counts as
 * untranslated unless its words are in that kept list.
 */
import { HOME_TEXT } from '../../src/app/home/strings';
import { ROOM_TEXT } from '../../src/app/room/strings';
import { SHORTCUT_DESCRIPTIONS } from '../../src/app/shortcuts';
import { FIELDS_BY_TYPE } from '../../src/domain/fields';
import { WASTE_NAMES } from '../../src/i18n/wastes';
import { formatterFor } from '../../src/i18n/format';
import { MESSAGES } from '../../src/i18n/messages';
import { INSPECTOR_TEXT, OPTION_TEXT } from '../../src/panels/inspector/strings';
import { ARROW_NAMES, FIELD_LABELS, SYMBOL_NAMES } from '../../src/i18n/symbols';

/**
 * Kept in English in Indonesian on purpose (docs/glossary.md), plus key names printed on the
 * keyboard and names of things (file formats, systems).
 */
export const KEPT_IN_ENGLISH = new Set([
  // docs/glossary.md: lean terms Indonesian practitioners keep
  'lead', 'time', 'takt', 'kaizen', 'burst', 'kanban', 'supermarket', 'fifo', 'bottleneck', 'uptime',
  'changeover', 'pacemaker', 'operator', 'batch', 'scrap', 'shift', 'see', 'heijunka',
  // words spelt the same in both languages
  'status', 'target', 'transit', 'label', 'total',
  // keys and names
  'enter', 'tab', 'ctrl', 'alt', 'delete', 'backspace', 'escape', 'esc', 'json', 'png', 'ppic', 'mrp', 'erp', 'rty', 'ppm',
]);

type Pair = [en: unknown, id: unknown];

/** Strings a dictionary entry can produce: the string, or a function called with sample arguments. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'function') return [];
  const out: string[] = [];
  for (const args of [['x', 'x', 'x'], [2, 2, 2], ['working', 2, 2], ['calendar', 2, 2]]) {
    try {
      const result: unknown = (value as (...a: unknown[]) => unknown)(...args);
      if (typeof result === 'string') out.push(result);
    } catch {
      // Arguments of another type: the other samples cover it.
    }
  }
  return out;
}

/** Leaf pairs of two dictionaries of the same shape. */
function pairsOf(en: unknown, id: unknown, out: Pair[] = []): Pair[] {
  if (en !== null && typeof en === 'object' && id !== null && typeof id === 'object') {
    for (const key of new Set([...Object.keys(en), ...Object.keys(id)])) {
      pairsOf((en as Record<string, unknown>)[key], (id as Record<string, unknown>)[key], out);
    }
  } else {
    out.push([en, id]);
  }
  return out;
}

const words = (text: string): string[] => text.toLowerCase().split(/[^\p{L}]+/u).filter((word) => word.length >= 3);

function allPairs(): Pair[] {
  const pairs: Pair[] = [
    ...pairsOf(MESSAGES.en, MESSAGES.id),
    ...pairsOf(INSPECTOR_TEXT.en, INSPECTOR_TEXT.id),
    ...pairsOf(OPTION_TEXT.en, OPTION_TEXT.id),
    ...pairsOf(ROOM_TEXT.en, ROOM_TEXT.id),
    ...pairsOf(HOME_TEXT.en, HOME_TEXT.id),
  ];
  for (const entry of Object.values(SHORTCUT_DESCRIPTIONS)) pairs.push([entry.en, entry.id]);
  for (const name of [...Object.values(SYMBOL_NAMES), ...Object.values(ARROW_NAMES)]) pairs.push([name.en, name.id]);
  // The formatter's unit words and month names.
  const [en, id] = [formatterFor('en'), formatterFor('id')];
  pairs.push([en.days(2), id.days(2)], [en.days(1), id.days(1)], [en.units(2), id.units(2)], [en.time(3_900), id.time(3_900)], [en.time(630), id.time(630)]);
  for (let month = 1; month <= 12; month += 1) {
    const date = `2026-${String(month).padStart(2, '0')}-01`;
    pairs.push([en.date(date), id.date(date)]);
  }
  for (const name of Object.values(WASTE_NAMES)) pairs.push([name.en, name.id]);
  for (const label of Object.values(FIELD_LABELS)) pairs.push([label.en, label.id]);
  // The data box of processes and work cells (the only one with short labels).
  for (const field of FIELDS_BY_TYPE.process) {
    if (field.short !== undefined) pairs.push([field.short, MESSAGES.id.canvas.dataBoxLabels[field.key] ?? field.short]);
  }
  return pairs;
}

/** Lower-case English words that only the English UI uses. */
export function englishOnlyWords(): Set<string> {
  const pairs = allPairs().map(([en, id]) => [texts(en), texts(id)] as const);
  const translated = pairs.filter(([en, id]) => en.join('\n') !== id.join('\n'));
  const indonesian = new Set(translated.flatMap(([, id]) => id.flatMap(words)));
  const english = new Set<string>();
  for (const [en] of pairs) {
    for (const word of en.flatMap(words)) {
      if (!indonesian.has(word) && !KEPT_IN_ENGLISH.has(word)) english.add(word);
    }
  }
  return english;
}

/** The English-only words in `text`, each with a little context. */
export function findEnglish(text: string, english: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const lower = text.toLowerCase();
  for (const match of lower.matchAll(/\p{L}+/gu)) {
    if (!english.has(match[0])) continue;
    const at = match.index;
    found.push(`"${match[0]}" in "…${text.slice(Math.max(0, at - 30), at + match[0].length + 30).replace(/\s+/g, ' ')}…"`);
  }
  return found;
}
