import { createContext, useContext } from 'react';

export type SymbolLocale = 'en' | 'id';

/**
 * What the canvas tells every symbol besides its own data. MapCanvas provides it; without a
 * provider symbols speak English and show only stock days typed by the team.
 */
export interface SymbolContextValue {
  locale: SymbolLocale;
  /** Stock days computed by the analysis (quantity / daily demand), by node id. */
  stockDaysById?: ReadonlyMap<string, number>;
  /** A presented map zoomed out: steps show the projector's simple form. */
  far?: boolean;
}

export const SymbolContext = createContext<SymbolContextValue>({ locale: 'en' });

export function useSymbolContext(): SymbolContextValue {
  return useContext(SymbolContext);
}
