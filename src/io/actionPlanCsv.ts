import Papa from 'papaparse';
import type { ActionRow } from '../domain/actionPlan';
import { WASTE_NAMES } from '../i18n/wastes';
import { ACTION_COLUMNS, ACTION_PLAN_TEXT } from '../i18n/actionPlan';
import { nodeText } from '../i18n/domain/common';
import type { Language } from '../i18n/language';

/**
 * The action plan as CSV, for a spreadsheet: headers in the chosen language, UTF-8 with a byte
 * order mark (so a spreadsheet shows Indonesian text right), CRLF lines, quoting by papaparse.
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is escaped: text from
 * users is text. Dates stay ISO (YYYY-MM-DD), which every spreadsheet reads as a date.
 */
export function actionPlanCsv(rows: readonly ActionRow[], lang: Language): string {
  const t = ACTION_PLAN_TEXT[lang];
  const cell = (row: ActionRow, column: (typeof ACTION_COLUMNS)[number]): string => {
    switch (column) {
      case 'title': return row.title;
      case 'waste': return row.waste ? WASTE_NAMES[row.waste][lang] : '';
      case 'step': return row.step ? nodeText(row.step, lang) : '';
      case 'owner': return row.owner;
      case 'dueDate': return row.dueDate;
      case 'status': return t.status[row.status];
      case 'targetNote': return row.targetNote;
      case 'state': return t.state[row.state];
    }
  };
  const csv = Papa.unparse(
    { fields: ACTION_COLUMNS.map((column) => t.columns[column]), data: rows.map((row) => ACTION_COLUMNS.map((column) => cell(row, column))) },
    { newline: '\r\n', escapeFormulae: true },
  );
  return `\uFEFF${csv}\r\n`;
}
