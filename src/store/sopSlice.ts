import { castDraft, type Draft } from 'immer';
import { newId } from '../collab';
import { MAX_SOP_ITEMS } from '../domain/limits';
import { message } from '../domain/messages';
import { emptySopItem, SOP_ITEM_LIMITS, SOP_TEXT_LIMITS } from '../domain/sop';
import { checkSopText } from '../domain/sopSchema';
import type { SopDraft, SopListKey, SopTextKey } from '../domain/types';
import { commit, type EditorDraft, type EditorSliceCreator } from './internal';
import type { SopSlice } from './types';

/** Short prefixes of new list items (`p-…` a procedure step), as generated drafts number them. */
const ITEM_PREFIX: Record<SopListKey, string> = { roles: 'r', procedure: 'p', standards: 's', checklist: 'c', revisions: 'v' };

/**
 * The SOP drafts' commands. Each is one undo step; the first edit of a step that has no stored
 * draft stores `base` (the draft generated from the map, in the words on screen) with the edit,
 * in the same step, so undoing it shows the generated draft again. Texts over their limit are
 * refused with the domain's message, and nothing changes.
 */
export const createSopSlice: EditorSliceCreator<SopSlice> = (set, get) => {
  /** The draft of `stepId` in the recipe, stored from `base` when the team had none. */
  const draftOf = (draft: EditorDraft, stepId: string, base: SopDraft): Draft<SopDraft> => {
    draft.document.sops ??= {};
    const sops = draft.document.sops;
    if (!Object.hasOwn(sops, stepId)) sops[stepId] = castDraft(structuredClone(base));
    return sops[stepId]!;
  };

  const refused = (problem: ReturnType<typeof checkSopText>): boolean => {
    if (problem === null) return false;
    get().showMessage('error', { message: problem });
    return true;
  };

  const listOf = <L extends SopListKey>(sop: Draft<SopDraft>, list: L) => sop[list] as unknown as Array<Record<string, string>>;

  return {
    setSopText: (stepId, key, value, base) => {
      if (refused(checkSopText(value, SOP_TEXT_LIMITS[key as SopTextKey]))) return;
      commit(set, get, (draft) => {
        const sop = draftOf(draft, stepId, base);
        if (sop[key] !== value) sop[key] = value;
      });
    },

    setSopItem: (stepId, list, itemId, fieldKey, value, base) => {
      const field = fieldKey as string;
      const limit = (SOP_ITEM_LIMITS[list] as Record<string, number>)[field];
      if (limit === undefined) return;
      if (refused(checkSopText(value, limit))) return;
      commit(set, get, (draft) => {
        const item = listOf(draftOf(draft, stepId, base), list).find((entry) => entry.id === itemId);
        if (item && item[field] !== value) item[field] = value;
      });
    },

    addSopItem: (stepId, list, index, base) => {
      const stored = get().document.sops?.[stepId] ?? base;
      if (stored[list].length >= MAX_SOP_ITEMS) {
        get().showMessage('error', { message: message('value.tooManyItems', { count: stored[list].length + 1, limit: MAX_SOP_ITEMS }) });
        return null;
      }
      const id = newId(ITEM_PREFIX[list]);
      commit(set, get, (draft) => {
        const items = listOf(draftOf(draft, stepId, base), list);
        const at = Math.max(0, Math.min(index, items.length));
        items.splice(at, 0, emptySopItem(list, id) as unknown as Record<string, string>);
      });
      return id;
    },

    removeSopItem: (stepId, list, itemId, base) => {
      commit(set, get, (draft) => {
        const items = listOf(draftOf(draft, stepId, base), list);
        const at = items.findIndex((entry) => entry.id === itemId);
        if (at >= 0) items.splice(at, 1);
      });
    },

    moveSopItem: (stepId, list, itemId, offset, base) => {
      commit(set, get, (draft) => {
        const items = listOf(draftOf(draft, stepId, base), list);
        const from = items.findIndex((entry) => entry.id === itemId);
        const to = from + offset;
        if (from < 0 || to < 0 || to >= items.length) return;
        const [item] = items.splice(from, 1);
        items.splice(to, 0, item!);
      });
    },

    replaceSopList: (stepId, list, items, base) => {
      commit(set, get, (draft) => {
        const sop = draftOf(draft, stepId, base);
        (sop as unknown as Record<string, unknown>)[list] = castDraft(structuredClone(items));
      });
    },

    discardSop: (stepId) => {
      commit(set, get, (draft) => {
        const sops = draft.document.sops;
        if (sops && Object.hasOwn(sops, stepId)) delete sops[stepId];
      });
    },
  };
};
