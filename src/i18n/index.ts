export { LANGUAGES, LANGUAGE_STORAGE_KEY, initialLanguage, languageFromTag, rememberLanguage, type Language } from './language';
export { LanguageProvider, useLanguage, useSetLanguage } from './LanguageContext';
export { MESSAGES, type Messages } from './messages';
export { useMessages } from './useMessages';
export { MISSING, NBSP, formatterFor, plainSpaces, type Formatter } from './format';
export { useFormatter } from './useFormatter';
export { stepName, symbolLabels } from './names';
