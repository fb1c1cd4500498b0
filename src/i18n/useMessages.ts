import { useLanguage } from './LanguageContext';
import { MESSAGES, type Messages } from './messages';

/** The UI text of the current language. */
export function useMessages(): Messages {
  return MESSAGES[useLanguage()];
}
