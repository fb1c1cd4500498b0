import { useLanguage } from './LanguageContext';
import { formatterFor, type Formatter } from './format';

/** The one formatter (numbers, units, dates) in the current UI language. */
export function useFormatter(): Formatter {
  return formatterFor(useLanguage());
}
