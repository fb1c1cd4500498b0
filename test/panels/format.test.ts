import { formatCount, formatDays, formatDecimal, formatPercent, formatSec, wrapLabel } from '../../src/panels/format';

// The panels join number and unit with a no-break space; compare with plain spaces.
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('formatting for the panels', () => {
  it('shows seconds whole from 100 s and with one decimal below', () => {
    expect(plain(formatSec(60))).toBe('60 s');
    expect(plain(formatSec(59.64))).toBe('59.6 s');
    expect(plain(formatSec(188.4))).toBe('188 s');
    expect(plain(formatSec(12_345))).toBe('12,345 s');
  });

  it('shows days with one decimal and never rounds a small wait to zero', () => {
    expect(plain(formatDays(23.6034))).toBe('23.6 d');
    expect(plain(formatDays(5))).toBe('5.0 d');
    expect(plain(formatDays(0))).toBe('0 d');
    // 188 s of processing over a 55,200 s day = 0.003406 d: two significant digits.
    expect(plain(formatDays(188 / 55_200))).toBe('0.0034 d');
  });

  it('shows ratios as percent with precision that suits their size', () => {
    expect(plain(formatPercent(0.000221))).toBe('0.02 %'); // 0.0221 % → two decimals
    expect(plain(formatPercent(62 / 60))).toBe('103 %'); // 103.3 % → whole
    expect(plain(formatPercent(0.069))).toBe('6.9 %');
    expect(plain(formatPercent(0))).toBe('0 %');
    expect(plain(formatPercent(0.00001))).toBe('< 0.01 %'); // 0.001 % is not zero
  });

  it('groups thousands in counts and keeps one decimal in small fractional numbers', () => {
    expect(formatCount(21_712)).toBe('21,712');
    expect(formatCount(45.4545)).toBe('45.5');
    expect(formatDecimal(188 / 60)).toBe('3.1');
  });

  it('shows a dash for a missing or non-finite number', () => {
    for (const format of [formatSec, formatDays, formatPercent, formatCount, formatDecimal]) {
      expect(format(null)).toBe('—');
      expect(format(Number.NaN)).toBe('—');
    }
  });

  it('wraps a long label into two lines and marks the cut', () => {
    expect(wrapLabel('Final assembly and packing line', 12)).toEqual(['Final', 'assembly…']);
    expect(wrapLabel('Welding', 12)).toEqual(['Welding']);
    expect(wrapLabel('Supercalifragilistic', 8)).toEqual(['Superca…']);
  });
});
