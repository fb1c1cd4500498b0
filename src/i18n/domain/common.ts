/** Helpers both message modules use: how a node and a list of nodes read in a sentence. */
import type { NodeList, NodeRef } from '../../domain/messages';
import { formatterFor } from '../format';
import type { Language } from '../language';
import { symbolName } from '../symbols';

/** A node as a message names it: its name, or its symbol's name in `lang` and its id (`Proses p1`). */
export function nodeText(ref: NodeRef, lang: Language): string {
  // A blank name reads as no name: the symbol and the id still say which one.
  return ref.name !== null && ref.name.trim() !== '' ? ref.name : `${symbolName(ref.type, lang)} ${ref.id}`;
}

/** A few nodes and how many more: `A, B, C and 3 more` / `A, B, C dan 3 lainnya`. */
export function nodeListText(list: NodeList, lang: Language): string {
  const names = list.nodes.map((ref) => nodeText(ref, lang)).join(', ');
  if (list.more <= 0) return names;
  const more = formatterFor(lang).count(list.more);
  return lang === 'en' ? `${names} and ${more} more` : `${names} dan ${more} lainnya`;
}
