/**
 * The UI language: English or Bahasa Indonesia (spec sections 1 and 2). Plain TypeScript, so
 * panels, shell and tests share one definition; the choice lives in localStorage.
 */
export type Language = 'en' | 'id';

export const LANGUAGES: readonly Language[] = ['en', 'id'];

/** localStorage key of the chosen language. */
export const LANGUAGE_STORAGE_KEY = 'arus:language';

/** The language a browser asks for: any `id…` tag (id, id-ID) is Indonesian, all else English. */
export function languageFromTag(tag: string | undefined | null): Language {
  return typeof tag === 'string' && /^id\b/i.test(tag) ? 'id' : 'en';
}

/** The remembered choice, else the browser's language. Never throws (private mode, no storage). */
export function initialLanguage(): Language {
  try {
    const saved = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    if (saved === 'en' || saved === 'id') return saved;
  } catch {
    // Storage refused: fall back to the browser's language.
  }
  return languageFromTag(globalThis.navigator?.language);
}

/** Remembers the choice; a refused write only means it is asked again next time. */
export function rememberLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Nothing to lose but the preference.
  }
}
