import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { initialLanguage, rememberLanguage, type Language } from './language';
import { MESSAGES } from './messages';

interface LanguageContextValue {
  language: Language;
  setLanguage(language: Language): void;
}

// Without a provider (panel tests, embedding) everything speaks English.
const LanguageContext = createContext<LanguageContextValue>({ language: 'en', setLanguage: () => {} });

/**
 * Holds the UI language for the app: starts from localStorage or the browser, remembers each
 * change and keeps `<html lang>` (so screen readers pronounce the right language) and the
 * browser tab's title in step.
 */
export function LanguageProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
  const [language, setLanguage] = useState<Language>(() => initial ?? initialLanguage());
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = MESSAGES[language].app.documentTitle;
  }, [language]);
  const value = useMemo<LanguageContextValue>(() => ({
    language,
    setLanguage: (next) => {
      rememberLanguage(next);
      setLanguage(next);
    },
  }), [language]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

/** The current UI language ('en' without a provider). */
export function useLanguage(): Language {
  return useContext(LanguageContext).language;
}

/** Changes (and remembers) the UI language. */
export function useSetLanguage(): (language: Language) => void {
  return useContext(LanguageContext).setLanguage;
}
