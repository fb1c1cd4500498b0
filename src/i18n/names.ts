/**
 * How the panels name a step of the flow in the UI language. The analysis names an unnamed
 * symbol by its English kind ("Inventory"); the panels show the kind in the reader's language
 * ("Persediaan") and a named step by the name the team gave it.
 */
import { NODE_SYMBOLS, nodeSymbol } from '../domain/symbols';
import type { VsmNodeType } from '../domain/types';
import type { Language } from './language';
import { MESSAGES } from './messages';

const KIND_BY_ENGLISH_NAME = new Map(NODE_SYMBOLS.map((symbol) => [symbol.name.en, symbol]));

/**
 * A step's name in `lang`: the team's label, else its symbol's name. `type` is the symbol type
 * when known; without it a label equal to a symbol's English name is taken as that kind.
 */
export function stepName(label: string | null | undefined, lang: Language, type?: VsmNodeType): string {
  const text = (label ?? '').trim();
  if (text === '') return type === undefined ? MESSAGES[lang].metrics.unnamedStep : nodeSymbol(type).name[lang];
  const kind = type === undefined ? KIND_BY_ENGLISH_NAME.get(text) : nodeSymbol(type);
  return kind !== undefined && kind.name.en === text ? kind.name[lang] : text;
}
