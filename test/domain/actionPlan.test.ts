import { readFileSync } from 'node:fs';
import { actionPlan, filterActions, isOverdue, localToday, NO_FILTER, ownersOf, sortActions } from '../../src/domain/actionPlan';
import { parseDocumentText } from '../../src/domain/validate';
import { actionPlanCsv } from '../../src/io/actionPlanCsv';
import { aDocument, aLine, aProcess } from '../fixtures/builders';

const sample = parseDocumentText(readFileSync('public/samples/steering-bracket.json', 'utf8'));
const plan = actionPlan(sample);

describe('the action plan', () => {
  it('has a line for every kaizen burst of both states, with the step it improves', () => {
    // The sample's six bursts are all in the future state.
    expect(plan.map((row) => row.id)).toEqual(['f-kz-changeover', 'f-kz-pull', 'f-kz-cell', 'f-kz-uptime', 'f-kz-heijunka', 'f-kz-milkrun']);
    expect(plan[0]).toMatchObject({
      state: 'future', title: 'Stamping changeover 1 h → 10 min (SMED)', waste: 'waiting', owner: 'Budi Santoso (maintenance)',
      dueDate: '2027-01-29', status: 'doing', targetNote: 'Each part every shift; batch 300',
      step: { id: 'f-stamping', type: 'process', name: 'Stamping' },
    });
    expect(plan[3]!.targetNote).toBe('');
  });

  it('reads a burst with nothing filled in as an open line, and one whose step is gone without a step', () => {
    const doc = aDocument({ current: aLine(aProcess({ name: 'Press' }, { id: 'p1' })) });
    doc.states.current.nodes.push(
      { id: 'k1', type: 'kaizen', position: { x: 0, y: 0 }, data: {} },
      { id: 'k2', type: 'kaizen', position: { x: 0, y: 0 }, data: { stepId: 'gone' } },
    );
    const rows = actionPlan(doc);
    expect(rows.map((r) => [r.id, r.state, r.status, r.title, r.step])).toEqual([
      ['k1', 'current', 'open', '', null],
      ['k2', 'current', 'open', '', null],
    ]);
  });

  it('marks a line overdue when its date has passed and it is not done', () => {
    // On 2027-02-13: changeover (29 Jan, doing) and uptime (12 Feb, open) are late; coils (15 Jan) is done.
    expect(plan.filter((row) => isOverdue(row, '2027-02-13')).map((row) => row.id)).toEqual(['f-kz-changeover', 'f-kz-uptime']);
    // Due today is not late yet.
    expect(isOverdue(plan[3]!, '2027-02-12')).toBe(false);
  });

  it('sorts by due date, status or owner, keeping lines without a value last', () => {
    expect(sortActions(plan, 'dueDate').map((r) => r.dueDate)).toEqual(['2027-01-15', '2027-01-29', '2027-02-12', '2027-02-26', '2027-03-31', '2027-03-31']);
    expect(sortActions(plan, 'dueDate', 'desc').map((r) => r.id).slice(0, 2)).toEqual(['f-kz-cell', 'f-kz-heijunka']);
    expect(sortActions(plan, 'status').map((r) => r.status)).toEqual(['open', 'open', 'open', 'open', 'doing', 'done']);
    const withBlank = [...plan, { ...plan[0]!, id: 'x', owner: '', dueDate: '' }];
    expect(sortActions(withBlank, 'owner').at(-1)!.id).toBe('x');
    expect(sortActions(withBlank, 'dueDate', 'desc').at(-1)!.id).toBe('x');
  });

  it('filters by status, owner (whatever the case) and lateness', () => {
    expect(filterActions(plan, { ...NO_FILTER, status: 'open' }, '2027-01-01')).toHaveLength(4);
    expect(filterActions(plan, { ...NO_FILTER, owner: 'budi santoso (maintenance)' }, '2027-01-01').map((r) => r.id)).toEqual(['f-kz-changeover', 'f-kz-uptime']);
    expect(filterActions(plan, { status: 'open', owner: 'all', overdueOnly: true }, '2027-02-13').map((r) => r.id)).toEqual(['f-kz-uptime']);
    expect(ownersOf(plan)).toEqual(['Agus Pratama (purchasing)', 'Budi Santoso (maintenance)', 'Dewi Lestari (production control)', 'Rina Wijaya (production)']);
  });

  it('takes today as the date where the person is, not in UTC', () => {
    // 23:30 on 31 December in local time is still the 31st.
    expect(localToday(new Date(2026, 11, 31, 23, 30))).toBe('2026-12-31');
  });
});

describe('the action plan as CSV', () => {
  it('starts with a byte order mark, has headers in the chosen language and one line per burst', () => {
    const csv = actionPlanCsv(plan, 'id');
    expect(csv.startsWith('\uFEFFKaizen,Pemborosan,Langkah yang diperbaiki,Penanggung jawab,Tenggat,Status,Target,Kondisi peta\r\n')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(7);
    expect(lines[1]).toBe('Stamping changeover 1 h → 10 min (SMED),Menunggu,Stamping,Budi Santoso (maintenance),2027-01-29,Sedang dikerjakan,Each part every shift; batch 300,Kondisi masa depan');
    // A comma in a cell is quoted.
    expect(lines[2]).toContain('"Signal kanban at 300 pcs; max 1,840 pcs"');
    expect(actionPlanCsv(plan, 'en').split('\r\n')[0]).toBe('\uFEFFKaizen,Waste,Step improved,Owner,Due date,Status,Target,Map state');
  });

  it('keeps text from users as text: quotes, line breaks and a would-be formula', () => {
    const row = { ...plan[0]!, title: 'Say "hi"\nthen =HYPERLINK("x")', owner: '=1+1', targetNote: '@SUM(A1)' };
    const line = actionPlanCsv([row], 'en').slice(1).split('\r\n').slice(1).join('\r\n');
    // A cell starting with = or @ gets a leading apostrophe (and quotes): a spreadsheet shows it, never runs it.
    expect(line).toBe('"Say ""hi""\nthen =HYPERLINK(""x"")",Waiting,Stamping,"\'=1+1",2027-01-29,In progress,"\'@SUM(A1)",Future state\r\n');
  });
});
