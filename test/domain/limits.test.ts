// @vitest-environment node
/* eslint-disable @typescript-eslint/no-explicit-any */
import { DocumentError } from '../../src/domain/errors';
import { FIELDS_BY_TYPE } from '../../src/domain/fields';
import { LIMITS_BY_KIND, SECONDS_PER_YEAR, SETTINGS_LIMITS, numberLimitOf } from '../../src/domain/limits';
import { parseDocumentText, validateFieldValue, validateSettingValue } from '../../src/domain/validate';
import { DEFAULT_SETTINGS } from '../../src/domain/types';
import { renderDocumentError } from '../../src/i18n/domain';
import { plainSpaces } from '../../src/i18n/format';
import { parseNodeField } from '../../src/panels/inspector/parseField';
import { aCustomer, aDocument, aLine, aProcess, anInventory, aNode } from '../fixtures/builders';
import { FIELD_LABELS } from '../../src/i18n/symbols';

function validJson(): Record<string, any> {
  const doc = aDocument({
    current: aLine(
      aProcess({ name: 'Stamping', cycleTimeSec: 1 }, { id: 'p1' }),
      anInventory({ quantity: 4_600 }, { id: 'i1' }),
      aNode('quality', { ppm: 1200 }, { id: 'q1' }),
      aCustomer({ demandPerDay: 920 }, { id: 'c1' }),
    ),
  });
  return JSON.parse(JSON.stringify(doc)) as Record<string, any>;
}

/** The refusal of a valid map after `change`, as data and in English. */
function refusalAfter(change: (json: Record<string, any>) => void, text?: (file: string) => string) {
  const json = validJson();
  change(json);
  const file = JSON.stringify(json, null, 2);
  try {
    parseDocumentText(text ? text(file) : file);
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    return { path: error.path, code: error.code, params: error.params, en: plainSpaces(renderDocumentError(error, 'en')) };
  }
  throw new Error('expected a refusal');
}

describe('upper bounds on every number of a map (one table in domain/limits.ts)', () => {
  it('refuses a node at x = 1e308, naming the path and the limit of ±1,000,000 px', () => {
    expect(refusalAfter((json) => { json.states.current.nodes[0].position.x = 1e308; })).toEqual({
      path: 'states.current.nodes[0].position.x',
      code: 'value.aboveMax',
      params: { what: 'position', max: { value: 1e6, unit: 'number' }, got: { kind: 'number', text: '1e+308' } },
      en: 'states.current.nodes[0].position.x: must be a position in px of at most 1,000,000, got 1e+308',
    });
    expect(refusalAfter((json) => { json.states.current.nodes[0].position.y = -2e6; }).code).toBe('value.belowMin');
  });

  it('refuses a 300-digit time and Infinity, naming the limit', () => {
    // 1 and 300 zeros is valid JSON: 1e300 s. The limit is a year, 365 × 86,400 = 31,536,000 s = 8,760 h.
    const digits = refusalAfter(() => {}, (file) => file.replace('"cycleTimeSec": 1', `"cycleTimeSec": 1${'0'.repeat(300)}`));
    expect(digits.en).toBe('states.current.nodes[0].data.cycleTimeSec: must be a time in seconds of at most 8,760 h, got 1e+300');
    const infinite = refusalAfter(() => {}, (file) => file.replace('"quantity": 4600', '"quantity": 1e999'));
    expect(infinite.en).toBe('states.current.nodes[1].data.quantity: must be a whole number of at most 1,000,000,000, got Infinity');
  });

  it('refuses defects above a million ppm, a huge size and a zoom of 0 or a thousand', () => {
    expect(refusalAfter((json) => { json.states.current.nodes[2].data.ppm = 2e6; }).en).toBe(
      'states.current.nodes[2].data.ppm: must be a defect rate of at most 1,000,000 ppm, got 2000000',
    );
    expect(refusalAfter((json) => { json.states.current.nodes[0].width = 1e7; }).path).toBe('states.current.nodes[0].width');
    expect(refusalAfter((json) => { json.states.current.viewport = { x: 0, y: 0, zoom: 0 }; }).en).toBe(
      'states.current.viewport.zoom: must be a zoom factor above 0, got 0',
    );
    expect(refusalAfter((json) => { json.states.current.viewport = { x: 0, y: 0, zoom: 1000 }; }).code).toBe('value.aboveMax');
    expect(refusalAfter((json) => { json.states.current.viewport = { x: 1e300, y: 0, zoom: 1 }; }).path).toBe('states.current.viewport.x');
  });

  it('takes one to four shifts a day, in a file and in the settings form alike', () => {
    expect(refusalAfter((json) => { json.states.current.settings.shiftsPerDay = 5; }).en).toBe(
      'states.current.settings.shiftsPerDay: must be a number of shifts of at most 4, got 5',
    );
    // 4 shifts of 6 h = 24 h: a full day, accepted.
    const four = validJson();
    four.states.current.settings = { ...DEFAULT_SETTINGS, shiftsPerDay: 4, availableSecondsPerShift: 21_600 };
    expect(parseDocumentText(JSON.stringify(four)).states.current.settings.shiftsPerDay).toBe(4);
    // The settings form checks by the same table.
    expect(validateSettingValue('shiftsPerDay', 5, DEFAULT_SETTINGS)).toEqual({
      ok: false,
      message: { code: 'value.aboveMax', params: { what: 'shifts', max: { value: 4, unit: 'count' }, got: { kind: 'number', text: '5' } } },
    });
    expect(validateSettingValue('shiftsPerDay', 3, DEFAULT_SETTINGS)).toEqual({ ok: true, value: 3 });
    // 3 shifts × 27,600 s = 82,800 s fits; 4 × 27,600 = 110,400 s does not.
    expect(validateSettingValue('shiftsPerDay', 4, DEFAULT_SETTINGS)).toEqual({
      ok: false, message: { code: 'settings.dayTooLong', params: { perDaySec: 110_400, limitSec: 86_400 } },
    });
    expect(SETTINGS_LIMITS.shiftsPerDay).toMatchObject({ min: 1, max: 4, whole: true });
  });

  it('gives the inspector the same limits as a file', () => {
    const cycleTime = FIELDS_BY_TYPE.process.find((f) => f.key === 'cycleTimeSec')!;
    expect(numberLimitOf(cycleTime)).toEqual(LIMITS_BY_KIND.seconds);
    expect(LIMITS_BY_KIND.seconds.max).toBe(SECONDS_PER_YEAR);
    // 366 d of 86,400 s = 31,622,400 s, a day more than a year.
    expect(parseNodeField('process', cycleTime, '366 d', 86_400)).toEqual({
      ok: false,
      message: { code: 'value.aboveMax', params: { what: 'seconds', max: { value: SECONDS_PER_YEAR, unit: 'sec' }, got: { kind: 'number', text: '31622400' } } },
      field: FIELD_LABELS.cycleTimeSec,
    });
    expect(parseNodeField('process', cycleTime, '365 d', 86_400)).toEqual({ ok: true, value: SECONDS_PER_YEAR });
    expect(validateFieldValue('quality', 'ppm', 1e6).ok).toBe(true);
    expect(validateFieldValue('quality', 'ppm', 1e6 + 1).ok).toBe(false);
  });
});
