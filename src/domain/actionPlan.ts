import { nodeRef } from './analysis/labels';
import type { NodeRef } from './messages';
import type { KaizenData, KaizenStatus, StateKey, VsmDocument, WasteId } from './types';

/**
 * The action plan: every kaizen burst of both states as a row, as a workshop leaves with it.
 * Plain data (codes, ids, ISO dates); the panel, the CSV and the command line word it.
 */
export interface ActionRow {
  /** The burst's node id (unique within its state). */
  id: string;
  state: StateKey;
  title: string;
  waste: WasteId | null;
  /** The step it improves, as messages name a node; null when none is set or it is gone. */
  step: NodeRef | null;
  owner: string;
  /** YYYY-MM-DD, or '' when not set. */
  dueDate: string;
  /** A burst without a status is open: nothing is done until someone says so. */
  status: KaizenStatus;
  targetNote: string;
}

/** Rows of the current state first, then the future state's, each in the map's order. */
export function actionPlan(doc: VsmDocument): ActionRow[] {
  const rows: ActionRow[] = [];
  for (const state of ['current', 'future'] as const) {
    const map = doc.states[state];
    if (!map) continue;
    const byId = new Map(map.nodes.map((node) => [node.id, node]));
    for (const node of map.nodes) {
      if (node.type !== 'kaizen') continue;
      const data = node.data as KaizenData;
      const step = data.stepId ? byId.get(data.stepId) : undefined;
      rows.push({
        id: node.id,
        state,
        title: data.title ?? '',
        waste: data.waste ?? null,
        step: step ? nodeRef(step) : null,
        owner: data.owner ?? '',
        dueDate: data.dueDate ?? '',
        status: data.status ?? 'open',
        targetNote: data.targetNote ?? '',
      });
    }
  }
  return rows;
}

/** Late: a due date before `today` (YYYY-MM-DD) on a row not done. ISO dates compare as text. */
export function isOverdue(row: ActionRow, today: string): boolean {
  return row.status !== 'done' && row.dueDate !== '' && row.dueDate < today;
}

/** Today's date where the person is, as YYYY-MM-DD (not UTC: a workshop in Jakarta is UTC+7). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export type ActionSortKey = 'dueDate' | 'owner' | 'status' | 'title' | 'state';

const STATUS_ORDER: Record<KaizenStatus, number> = { open: 0, doing: 1, done: 2 };
const STATE_ORDER: Record<StateKey, number> = { current: 0, future: 1 };

/**
 * Rows sorted by one column; rows with the value unset go last either way (a row without a due
 * date is not the most urgent), and ties keep the map's order.
 */
export function sortActions(rows: readonly ActionRow[], key: ActionSortKey, direction: 'asc' | 'desc' = 'asc'): ActionRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  const value = (row: ActionRow): string | number => {
    switch (key) {
      case 'dueDate': return row.dueDate;
      case 'owner': return row.owner.trim().toLocaleLowerCase();
      case 'title': return row.title.trim().toLocaleLowerCase();
      case 'status': return STATUS_ORDER[row.status];
      case 'state': return STATE_ORDER[row.state];
    }
  };
  return rows
    .map((row, index) => ({ row, index, value: value(row) }))
    .sort((a, b) => {
      const aEmpty = a.value === '';
      const bEmpty = b.value === '';
      if (aEmpty !== bEmpty) return aEmpty ? 1 : -1;
      if (a.value < b.value) return -sign;
      if (a.value > b.value) return sign;
      return a.index - b.index;
    })
    .map(({ row }) => row);
}

export interface ActionFilter {
  status: KaizenStatus | 'all';
  /** An owner as typed (compared trimmed, ignoring case), '' for rows with no owner, or 'all'. */
  owner: string | 'all';
  /** Only rows past their due date and not done. */
  overdueOnly: boolean;
}

export const NO_FILTER: ActionFilter = { status: 'all', owner: 'all', overdueOnly: false };

export function filterActions(rows: readonly ActionRow[], filter: ActionFilter, today: string): ActionRow[] {
  const owner = filter.owner === 'all' ? null : filter.owner.trim().toLocaleLowerCase();
  return rows.filter((row) => (filter.status === 'all' || row.status === filter.status)
    && (owner === null || row.owner.trim().toLocaleLowerCase() === owner)
    && (!filter.overdueOnly || isOverdue(row, today)));
}

/** The owners named in the plan, each once (as first written), for the owner filter. */
export function ownersOf(rows: readonly ActionRow[]): string[] {
  const seen = new Map<string, string>();
  for (const row of rows) {
    const owner = row.owner.trim();
    if (owner !== '' && !seen.has(owner.toLocaleLowerCase())) seen.set(owner.toLocaleLowerCase(), owner);
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}
