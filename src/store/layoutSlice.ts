import { layoutEngine } from '../layout/engine';
import { tidyMap, type ArrowSides, type LayoutEngine } from '../layout/tidy';
import type { VsmNode, VsmNodeType, XYPosition } from '../domain/types';
import { activeMapDraft, commit, editWhere, finitePosition, type EditorSliceCreator } from './internal';
import { activeMap } from './selectors';
import type { NodeSize } from './types';

/** The canvas grid the tidy layout snaps to, px (the canvas's own `GRID_PX`). */
export const LAYOUT_GRID_PX = 20;

export interface LayoutSlice {
  /**
   * Moves symbols of the map on screen to `positions` (top-left corners) and puts arrows on the
   * `sides` given; ids not on it are skipped. History: one step, however many change.
   */
  applyLayout: (positions: ReadonlyMap<string, XYPosition>, sides?: ReadonlyMap<string, ArrowSides>) => void;
  /**
   * Arranges the map on screen as a textbook VSM (`tidyMap`): sizes measured on the canvas
   * first, else `sizeOf` of the type. One undo step. Resolves to whether anything moved; false
   * also when the person turned to the other state meanwhile (the layout was for the one before).
   */
  tidyLayout: (sizeOf: (type: VsmNodeType) => NodeSize, engine?: LayoutEngine) => Promise<boolean>;
}

export const createLayoutSlice: EditorSliceCreator<LayoutSlice> = (set, get) => ({
  applyLayout: (positions, sides = new Map()) => {
    commit(set, get, (draft) => {
      const map = activeMapDraft(draft);
      editWhere(map.nodes, (node) => {
        const to = positions.get(node.id);
        if (!to) return false;
        const at = finitePosition(to);
        return node.position.x !== at.x || node.position.y !== at.y;
      }, (node) => {
        node.position = finitePosition(positions.get(node.id)!);
      });
      editWhere(map.edges, (edge) => {
        const to = sides.get(edge.id);
        return to !== undefined && (edge.sourceHandle !== to.sourceHandle || edge.targetHandle !== to.targetHandle);
      }, (edge) => {
        const to = sides.get(edge.id)!;
        if (edge.sourceHandle !== to.sourceHandle) edge.sourceHandle = to.sourceHandle;
        if (edge.targetHandle !== to.targetHandle) edge.targetHandle = to.targetHandle;
      });
    });
  },

  tidyLayout: async (sizeOf, engine) => {
    const before = get();
    if (before.readOnly) return false;
    const state = before.activeState;
    const { measured } = before;
    const size = (node: VsmNode): NodeSize => measured[node.id] ?? sizeOf(node.type);
    const { positions, sides } = await tidyMap(activeMap(before), { sizeOf: size, engine: engine ?? await layoutEngine(), gridPx: LAYOUT_GRID_PX });
    if (get().activeState !== state || (positions.size === 0 && sides.size === 0)) return false;
    const shown = activeMap(get());
    get().applyLayout(positions, sides);
    return activeMap(get()) !== shown;
  },
});
