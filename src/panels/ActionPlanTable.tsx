import { useMemo, useState } from 'react';
import {
  filterActions, isOverdue, NO_FILTER, ownersOf, sortActions, type ActionFilter, type ActionRow, type ActionSortKey,
} from '../domain/actionPlan';
import { fieldsOf } from '../domain/fields';
import { WASTE_NAMES } from '../i18n/wastes';
import { KAIZEN_STATUSES, type KaizenData, type KaizenStatus } from '../domain/types';
import { useFormatter, useLanguage } from '../i18n';
import { ACTION_PLAN_TEXT } from '../i18n/actionPlan';
import { nodeText } from '../i18n/domain/common';
import { CommitField } from './FieldInput';
import { parseNodeField } from './inspector/parseField';
import './panels.css';

export type ActionPatch = Partial<Pick<KaizenData, 'owner' | 'dueDate' | 'status'>>;

export interface ActionPlanTableProps {
  rows: readonly ActionRow[];
  /** YYYY-MM-DD where the person is: rows due before it and not done are marked overdue. */
  today: string;
  /** The panel's words beyond the column names (filters, sorting, empty plan). */
  text: ActionPlanPanelText;
  onEdit(row: ActionRow, patch: ActionPatch): void;
  /** Shows the row's burst on the map. */
  onShow(row: ActionRow): void;
}

export interface ActionPlanPanelText {
  filterStatus: string;
  filterOwner: string;
  all: string;
  noOwner: string;
  overdueOnly: string;
  overdue: string;
  sortBy: (column: string) => string;
  showOnMap: (title: string) => string;
  empty: string;
  noneMatch: string;
  count: (shown: number, total: number) => string;
}

const KAIZEN_FIELDS = fieldsOf('kaizen');
const field = (key: string) => KAIZEN_FIELDS.find((f) => f.key === key)!;
const SORTABLE: Partial<Record<string, ActionSortKey>> = { title: 'title', owner: 'owner', dueDate: 'dueDate', status: 'status', state: 'state' };

/**
 * The action plan as a table: every kaizen burst of both states, sorted and filtered by status,
 * owner and due date, rows past their date marked (in words, not colour alone). Owner, due date
 * and status are edited in place; each change is one command, so one undo step.
 */
export function ActionPlanTable({ rows, today, text, onEdit, onShow }: ActionPlanTableProps) {
  const language = useLanguage();
  const format = useFormatter();
  const t = ACTION_PLAN_TEXT[language];
  const [filter, setFilter] = useState<ActionFilter>(NO_FILTER);
  const [sort, setSort] = useState<{ key: ActionSortKey; direction: 'asc' | 'desc' } | null>(null);
  const owners = useMemo(() => ownersOf(rows), [rows]);
  const shown = useMemo(() => {
    const filtered = filterActions(rows, filter, today);
    return sort ? sortActions(filtered, sort.key, sort.direction) : filtered;
  }, [rows, filter, sort, today]);

  const toggleSort = (key: ActionSortKey) =>
    setSort((current) => (current?.key === key ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: 'asc' }));

  if (rows.length === 0) return <p className="action-plan-empty">{text.empty}</p>;
  return (
    <div className="action-plan">
      <div className="action-plan-filters" role="group">
        <label>
          {text.filterStatus}
          <select value={filter.status} onChange={(e) => setFilter({ ...filter, status: e.target.value as KaizenStatus | 'all' })}>
            <option value="all">{text.all}</option>
            {KAIZEN_STATUSES.map((status) => <option key={status} value={status}>{t.status[status]}</option>)}
          </select>
        </label>
        <label>
          {text.filterOwner}
          <select value={filter.owner} onChange={(e) => setFilter({ ...filter, owner: e.target.value })}>
            <option value="all">{text.all}</option>
            {owners.map((owner) => <option key={owner} value={owner}>{owner}</option>)}
            <option value="">{text.noOwner}</option>
          </select>
        </label>
        <label className="action-plan-check">
          <input type="checkbox" checked={filter.overdueOnly} onChange={(e) => setFilter({ ...filter, overdueOnly: e.target.checked })} />
          {text.overdueOnly}
        </label>
        <span className="action-plan-count" role="status">{text.count(shown.length, rows.length)}</span>
      </div>
      <table className="action-plan-table">
        <thead>
          <tr>
            {(['title', 'waste', 'step', 'owner', 'dueDate', 'status', 'state'] as const).map((column) => {
              const key = SORTABLE[column];
              const sorted = key && sort?.key === key ? sort.direction : null;
              return (
                <th key={column} scope="col" aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}>
                  {key ? (
                    <button type="button" className="action-plan-sort" onClick={() => toggleSort(key)} title={text.sortBy(t.columns[column])}>
                      {t.columns[column]}{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                    </button>
                  ) : t.columns[column]}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {shown.length === 0 && (
            <tr><td colSpan={7} className="action-plan-none">{text.noneMatch}</td></tr>
          )}
          {shown.map((row) => {
            const late = isOverdue(row, today);
            const key = `${row.state}-${row.id}`;
            const title = row.title.trim() === '' ? t.untitled : row.title;
            return (
              <tr key={key} className={late ? 'overdue' : undefined} data-testid={`action-${key}`}>
                <td>
                  <button type="button" className="action-plan-title" onClick={() => onShow(row)} title={text.showOnMap(title)}>{title}</button>
                  {row.targetNote !== '' && <div className="action-plan-target">{row.targetNote}</div>}
                </td>
                <td>{row.waste ? WASTE_NAMES[row.waste][language] : ''}</td>
                <td>{row.step ? nodeText(row.step, language) : ''}</td>
                <td>
                  <CommitField
                    id={`${key}-owner`}
                    label={`${t.columns.owner}: ${title}`}
                    displayValue={row.owner}
                    storedValue={row.owner === '' ? undefined : row.owner}
                    parse={(input) => parseNodeField('kaizen', field('owner'), input, 0)}
                    onCommit={(value) => onEdit(row, { owner: value as string | undefined })}
                  />
                </td>
                <td>
                  <CommitField
                    id={`${key}-due`}
                    label={`${t.columns.dueDate}: ${title}`}
                    type="date"
                    displayValue={row.dueDate}
                    storedValue={row.dueDate === '' ? undefined : row.dueDate}
                    parse={(input) => parseNodeField('kaizen', field('dueDate'), input, 0)}
                    onCommit={(value) => onEdit(row, { dueDate: value as string | undefined })}
                  />
                  {late && <span className="overdue-tag">{text.overdue} · {format.date(row.dueDate)}</span>}
                </td>
                <td>
                  <label className="visually-hidden" htmlFor={`${key}-status`}>{`${t.columns.status}: ${title}`}</label>
                  <select id={`${key}-status`} value={row.status} onChange={(e) => onEdit(row, { status: e.target.value as KaizenStatus })}>
                    {KAIZEN_STATUSES.map((status) => <option key={status} value={status}>{t.status[status]}</option>)}
                  </select>
                </td>
                <td>{t.state[row.state]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
