// @vitest-environment node
import { fieldsOf, type FieldKey } from '../../src/domain/fields';
import { LIMITS_BY_KIND, PPM_LIMIT, SECONDS_PER_YEAR, SETTINGS_LIMITS, SHIFTS_LIMIT } from '../../src/domain/limits';
import {
  NODE_SYMBOLS, SYMBOL_DEFINITIONS, connectionRulesOf, nodeSymbol, roleOf, type NumberFieldSpec,
} from '../../src/domain/symbols';
import { DEFAULT_SETTINGS, NODE_TYPES, isProcessNode, isStockNode, type VsmNode, type VsmNodeType } from '../../src/domain/types';
import { parseDocumentText, validateFieldValue, validateSettingValue } from '../../src/domain/validate';
import { parseNodeField } from '../../src/panels/inspector/parseField';
import { aDocument, aNode } from '../fixtures/builders';

/** Every number field of every symbol, with its type. */
const NUMBER_FIELDS = NODE_TYPES.flatMap((type) =>
  fieldsOf(type).filter((field): field is NumberFieldSpec<FieldKey> => 'limit' in field).map((field) => ({ type, field })),
);

/** Opens a one-node map whose node has `key: value`; the refusal's code, or 'ok'. */
function openWith(type: VsmNodeType, key: string, value: number): string {
  const doc = aDocument({ current: { nodes: [aNode(type, { [key]: value } as never, { id: 'n1' })] } });
  try {
    parseDocumentText(JSON.stringify(doc));
    return 'ok';
  } catch (error) {
    return (error as { code: string }).code;
  }
}

describe('the symbol registry', () => {
  it('defines every node type once, under its own type, in palette order', () => {
    expect(Object.keys(SYMBOL_DEFINITIONS).sort()).toEqual([...NODE_TYPES].sort());
    for (const [key, definition] of Object.entries(SYMBOL_DEFINITIONS)) expect(definition.type).toBe(key);
    expect(NODE_SYMBOLS.map((s) => s.type).slice(0, 3)).toEqual(['supplier', 'process', 'workcell']);
  });

  it('puts the nine symbols of the material flow in it, and only those', () => {
    const material = NODE_SYMBOLS.filter((s) => s.material).map((s) => s.type).sort();
    expect(material).toEqual(['buffer', 'customer', 'fifo', 'inventory', 'process', 'supermarket', 'supplier', 'transport', 'workcell']);
    // The operator is drawn with the material symbols but floats beside a step.
    expect(nodeSymbol('operator')).toMatchObject({ group: 'material', material: false, role: 'annotation' });
  });

  it('lets the four annotations float: they have no connection rules', () => {
    const floating = NODE_TYPES.filter((type) => connectionRulesOf(type) === null).sort();
    expect(floating).toEqual(['kaizen', 'note', 'operator', 'quality']);
    expect(connectionRulesOf('inventory')).toEqual({ information: 'notTarget', kanbanPath: false, shipment: 'end' });
    expect(connectionRulesOf('supermarket')?.kanbanPath).toBe(true);
  });

  it('gives the analysis a role that agrees with the data each type holds', () => {
    for (const type of NODE_TYPES) {
      const node = aNode(type) as VsmNode;
      expect(isStockNode(node), type).toBe(roleOf(type) === 'stock' || roleOf(type) === 'fifo');
      expect(isProcessNode(node), type).toBe(roleOf(type) === 'step');
    }
    expect(roleOf('fifo')).toBe('fifo');
    expect(roleOf('control')).toBe('information');
  });
});

describe('limits: one range per field for the file, the inspector and the settings', () => {
  it('checks the 40 number fields of the catalog', () => {
    // 11 on a process and on a work cell; 2 on inventory and buffer, 3 on supermarket and FIFO
    // (maxQuantity); 2 on a customer; 1 each on transport, operator, the 3 kanban cards, quality.
    expect(NUMBER_FIELDS.length).toBe(11 * 2 + 2 + 2 + 3 + 3 + 2 + 1 + 1 + 3 + 1);
  });

  it.each(NUMBER_FIELDS.map(({ type, field }) => [`${type}.${field.key}`, type, field] as const))(
    '%s: its max is accepted and max + 1 refused, in a file and by the inspector',
    (_name, type, field) => {
      const { min, max } = field.limit;
      expect(openWith(type, field.key, max)).toBe('ok');
      expect(openWith(type, field.key, max + 1)).toBe('value.aboveMax');
      expect(openWith(type, field.key, min - 1)).toBe('value.belowMin');
      expect(validateFieldValue(type, field.key, max)).toEqual({ ok: true, value: max });
      expect(validateFieldValue(type, field.key, max + 1).ok).toBe(false);
      // The inspector reads typed text through the same check (a number of days for days fields).
      expect(parseNodeField(type, field, String(max), 86_400)).toEqual({ ok: true, value: max });
      expect(parseNodeField(type, field, String(max + 1), 86_400)).toMatchObject({ ok: false, message: { code: 'value.aboveMax' } });
    },
  );

  it('has the numbers worked out in docs/decisions.md', () => {
    const limit = (type: VsmNodeType, key: string) => (fieldsOf(type).find((f) => f.key === key) as NumberFieldSpec).limit;
    // A year of seconds: 365 × 86,400 = 31,536,000.
    expect(limit('process', 'cycleTimeSec').max).toBe(31_536_000);
    expect(SECONDS_PER_YEAR).toBe(31_536_000);
    expect(limit('process', 'uptimePct')).toMatchObject({ min: 0, max: 100 });
    expect(limit('inventory', 'days').max).toBe(3_650);
    expect(limit('quality', 'ppm')).toBe(PPM_LIMIT);
    expect(PPM_LIMIT.max).toBe(1_000_000);
    expect(limit('customer', 'demandPerDay')).toBe(LIMITS_BY_KIND.number);
  });

  it('takes one to four shifts on a process, as the settings form does for the map', () => {
    const shifts = fieldsOf('process').find((f) => f.key === 'shifts') as NumberFieldSpec;
    expect(shifts.limit).toBe(SHIFTS_LIMIT);
    expect(SETTINGS_LIMITS.shiftsPerDay).toBe(SHIFTS_LIMIT);
    expect(SHIFTS_LIMIT).toMatchObject({ min: 1, max: 4, whole: true });
    expect(openWith('process', 'shifts', 5)).toBe('value.aboveMax');
    expect(openWith('process', 'shifts', 0)).toBe('value.belowMin');
    expect(openWith('workcell', 'shifts', 2.5)).toBe('value.notWhole');
    // Four shifts of 6 h = 86,400 s: a full day, so the settings form takes 4 and refuses 5.
    const sixHourShifts = { ...DEFAULT_SETTINGS, availableSecondsPerShift: 21_600 };
    expect(validateSettingValue('shiftsPerDay', 4, sixHourShifts)).toEqual({ ok: true, value: 4 });
    expect(validateSettingValue('shiftsPerDay', 5, sixHourShifts)).toMatchObject({ ok: false, message: { code: 'value.aboveMax' } });
    expect(validateFieldValue('process', 'shifts', 4)).toEqual({ ok: true, value: 4 });
    expect(validateFieldValue('process', 'shifts', 5)).toMatchObject({ ok: false, message: { code: 'value.aboveMax' } });
  });
});
