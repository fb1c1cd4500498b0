/** Drawing pieces shared by several glyphs, in their own view-box units. */

/** Factory outline with a three-tooth saw roof, in a 80 × 48 view box (supplier, customer). */
export const FACTORY_PATH = 'M3 45 V19 L28 5 V19 L53 5 V19 L77 5 V45 Z';

/** Head and shoulders in a 40 × 40 view box. */
export function OperatorShape() {
  return (
    <g fill="currentColor" stroke="none">
      <circle cx="20" cy="11" r="8" />
      <path d="M5 38 C5 26 11 22 20 22 C29 22 35 26 35 38 Z" />
    </g>
  );
}

/** Kanban card with the top-right corner cut, in a 48 × 36 view box. */
export const CARD_PATH = 'M4 4 H34 L44 14 V32 H4 Z';

/** A thick U: the cell layout, in a 48 × 48 view box. */
export const CELL_PATH = 'M5 7 H18 V29 H30 V7 H43 V42 H5 Z';
