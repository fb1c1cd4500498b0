/**
 * Renders the domain's messages (`src/domain/messages.ts`) in a language. Plain TypeScript: the
 * panels and the CLI use it alike.
 */
import type { Message, MessageCode, MessageParams } from '../../domain/messages';
import { formatterFor, type Formatter } from '../format';
import type { Language } from '../language';
import { en } from './en';
import { id } from './id';

/** How one language says every code; a missing code is a compile error. */
export type MessageRenderers = { [C in MessageCode]: (params: MessageParams[C], f: Formatter) => string };

const RENDERERS: Record<Language, MessageRenderers> = { en, id };

/** The message as a sentence in `lang`. */
export function renderMessage(message: Message, lang: Language): string {
  const render = RENDERERS[lang][message.code] as (params: unknown, f: Formatter) => string;
  return render(message.params, formatterFor(lang));
}
