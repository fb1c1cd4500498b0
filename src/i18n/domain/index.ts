/**
 * Renders the domain's messages (`src/domain/messages.ts`) and names its metrics and waste
 * measures (`src/domain/metrics.ts`) in a language. Plain TypeScript: the panels and the CLI use
 * it alike. Numbers go through the one formatter (`../format.ts`), so `23,6 hari`, `17.130 unit`.
 */
import type { Message, MessageCode, MessageParams } from '../../domain/messages';
import type { MetricKey, WasteMeasureKey } from '../../domain/metrics';
import { formatterFor, type Formatter } from '../format';
import type { Language } from '../language';
import { en } from './en';
import { id } from './id';

export { nodeListText, nodeText } from './common';

/** How one language says every code; a missing code is a compile error. */
export type MessageRenderers = { [C in MessageCode]: (params: MessageParams[C], f: Formatter) => string };

/** Everything the domain needs said in one language. */
export interface DomainTexts {
  messages: MessageRenderers;
  /** The name of each metric, as views label it. */
  metrics: Record<MetricKey, string>;
  /** The name of each absolute waste measure. */
  measures: Record<WasteMeasureKey, string>;
}

export const DOMAIN_TEXTS: Record<Language, DomainTexts> = { en, id };

/** The message as a sentence (or, for the codes of one value, a predicate such as "must be …") in `lang`. */
export function renderMessage(message: Message, lang: Language): string {
  const render = DOMAIN_TEXTS[lang].messages[message.code] as (params: unknown, f: Formatter) => string;
  return render(message.params, formatterFor(lang));
}

/** A problem with its place: `map.json: states.current.edges[6].target: edge "e7" points to missing node "p9"`. */
export function renderLocated(problem: { file?: string; path?: string; message: Message }, lang: Language): string {
  return [problem.file, problem.path, renderMessage(problem.message, lang)].filter((part) => part !== undefined && part !== '').join(': ');
}

/** A DocumentError (or anything with its shape) with its file and path in front. */
export function renderDocumentError(error: { file?: string; path: string; problem: Message }, lang: Language): string {
  return renderLocated({ file: error.file, path: error.path, message: error.problem }, lang);
}

/** The name of a metric in `lang`. */
export function metricName(key: MetricKey, lang: Language): string {
  return DOMAIN_TEXTS[lang].metrics[key];
}

/** The name of a waste measure in `lang`. */
export function measureName(key: WasteMeasureKey, lang: Language): string {
  return DOMAIN_TEXTS[lang].measures[key];
}
