import { describe, expect, it } from 'vitest';
import { formatterFor, plainSpaces } from '../../src/i18n/format';

const en = formatterFor('en');
const id = formatterFor('id');
const show = (text: string) => plainSpaces(text);

describe('one formatter for the whole app', () => {
  it('shows times as a data box does: seconds up to 10 minutes, never rounded into minutes', () => {
    // 62 s against a takt of 60 s must not read "1 min".
    expect(show(en.time(62))).toBe('62 s');
    expect(show(id.time(62))).toBe('62 dtk');
    expect(show(en.time(59.6))).toBe('59.6 s');
    expect(show(id.time(59.6))).toBe('59,6 dtk');
    expect(show(en.time(600))).toBe('600 s');
  });

  it('shows longer times in two units', () => {
    expect(show(en.time(630))).toBe('10 min 30 s'); // 10 × 60 + 30
    expect(show(en.time(3_900))).toBe('1 h 5 min'); // 3,600 + 5 × 60
    expect(show(id.time(3_900))).toBe('1 jam 5 mnt');
    expect(show(en.time(7_200))).toBe('2 h');
    expect(show(en.time(96_000))).toBe('26 h 40 min'); // 26 × 3,600 = 93,600; + 2,400 = 40 min
  });

  it('shows days with one decimal and stock with grouping, the way each language writes them', () => {
    expect(show(en.days(23.6))).toBe('23.6 days');
    expect(show(id.days(23.6))).toBe('23,6 hari');
    expect(show(en.days(5))).toBe('5.0 days');
    expect(show(en.days(0))).toBe('0 days');
    expect(show(en.days(0.0034))).toBe('0.0034 days');
    expect(show(en.units(17_130))).toBe('17,130 units');
    expect(show(id.units(17_130))).toBe('17.130 unit');
    expect(show(en.units(1))).toBe('1 unit');
  });

  it('shows ratios and percentages', () => {
    expect(en.ratio(0.0123)).toBe('1.2%');
    expect(id.ratio(0.0123)).toBe('1,2%');
    expect(en.ratio(1.03)).toBe('103%');
    expect(show(en.ratio(0.00001))).toBe('< 0.01%');
    expect(id.percent(85)).toBe('85%');
    expect(id.percent(2.5)).toBe('2,5%');
  });

  it('gives small shares and counts the precision that suits their size', () => {
    expect(en.ratio(0.000221)).toBe('0.02%'); // 0.0221 % → two decimals
    expect(en.ratio(62 / 60)).toBe('103%'); // 103.3 % → whole
    expect(en.ratio(0)).toBe('0%');
    expect(en.count(21_712)).toBe('21,712');
    expect(en.count(45.4545)).toBe('45.5');
    expect(en.number(188 / 60)).toBe('3.1');
    expect(id.number(188 / 60)).toBe('3,1');
    // 188 s of processing over a 55,200 s day = 0.003406 days: two significant digits, never 0.
    expect(show(id.days(188 / 55_200))).toBe('0,0034 hari');
  });

  it('shows a dash for what could not be computed, including Infinity and NaN', () => {
    for (const f of [en, id]) {
      expect(f.time(null)).toBe('—');
      expect(f.days(Number.POSITIVE_INFINITY)).toBe('—');
      expect(f.units(Number.NaN)).toBe('—');
    }
  });

  it('writes dates as people of each language do', () => {
    expect(id.date('2026-12-01')).toBe('1 Des 2026');
    expect(en.date('2026-12-01')).toBe('Dec 1, 2026');
    expect(en.date('soon')).toBe('soon');
  });
});
