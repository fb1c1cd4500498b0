import type { WasteId } from '../domain/types';
import type { Language } from './language';

/** The eight wastes (DOWNTIME, spec section 5) by id, in both UI languages (docs/glossary.md). */
export const WASTE_NAMES: Record<WasteId, Record<Language, string>> = {
  defects: { en: 'Defects', id: 'Cacat' },
  overproduction: { en: 'Overproduction', id: 'Produksi berlebih' },
  waiting: { en: 'Waiting', id: 'Menunggu' },
  talent: { en: 'Non-utilized talent', id: 'Bakat yang tidak dimanfaatkan' },
  transportation: { en: 'Transportation', id: 'Transportasi' },
  inventory: { en: 'Inventory', id: 'Persediaan' },
  motion: { en: 'Motion', id: 'Gerakan' },
  'extra-processing': { en: 'Extra processing', id: 'Proses berlebih' },
};
