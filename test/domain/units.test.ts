// @vitest-environment node
import { message } from '../../src/domain/messages';
import { renderMessage } from '../../src/i18n/domain';
import { formatDuration, parseDuration, parseNumber } from '../../src/domain/units';
import { formatterFor } from '../../src/i18n/format';

describe('parseDuration into seconds', () => {
  it.each([
    ['45', 45],
    ['45 s', 45],
    ['45s', 45],
    ['45 sec', 45],
    ['45 detik', 45],
    ['10 min', 600], // 10 × 60
    ['10 menit', 600],
    ['1.5 h', 5_400], // 1.5 × 3,600
    ['1,5 h', 5_400], // Indonesian decimal comma
    ['1,5 jam', 5_400],
    ['1 h 30 min', 5_400], // 3,600 + 1,800
    ['1h30min', 5_400],
    ['1.1 h', 3_960], // 3,960, without floating-point dust
    ['2 d', 172_800], // 2 × 86,400 calendar seconds
    ['  0  ', 0],
    ['0.5', 0.5],
    ['12 H', 43_200],
  ])('%j → %d s', (input, seconds) => {
    expect(parseDuration(input, 'sec')).toEqual({ ok: true, value: seconds });
  });

  it.each([
    ['45 dtk', 45],
    ['45 detik', 45],
    ['10 mnt', 600],
    ['2 jam 30 menit', 9_000], // 7,200 + 1,800
    ['1 hari', 86_400],
    ['0,5 hari', 43_200],
    ['1.234,5 dtk', 1_234.5], // Indonesian thousands and decimals
  ])('reads Indonesian units: %j → %d s', (input, seconds) => {
    expect(parseDuration(input, 'sec')).toEqual({ ok: true, value: seconds });
  });

  it('reads back what the app shows in either language, no-break spaces included', () => {
    // The one formatter shows 3,900 s as "1 h 5 min" / "1 jam 5 mnt", 62 s as "62 s" / "62 dtk",
    // 23.6 days as "23.6 days" / "23,6 hari", always joining number and unit with a no-break space.
    for (const lang of ['en', 'id'] as const) {
      const f = formatterFor(lang);
      expect(parseDuration(f.time(3_900), 'sec')).toEqual({ ok: true, value: 3_900 });
      expect(parseDuration(f.time(62), 'sec')).toEqual({ ok: true, value: 62 });
      expect(parseDuration(f.time(59.6), 'sec')).toEqual({ ok: true, value: 59.6 });
      expect(parseDuration(f.days(23.6), 'days')).toEqual({ ok: true, value: 23.6 });
    }
  });

  it('converts days with the seconds per day the caller passes', () => {
    // A 2-shift plant: 27,600 s × 2 = 55,200 s in a working day; 2 d = 110,400 s.
    expect(parseDuration('2 d', 'sec', 55_200)).toEqual({ ok: true, value: 110_400 });
  });
});

describe('parseDuration into days', () => {
  it.each([
    ['2', 2],
    ['2 d', 2],
    ['2,5 hari', 2.5],
    ['12 h', 0.5], // 43,200 / 86,400
    ['1 d 12 h', 1.5],
  ])('%j → %d d (calendar days)', (input, days) => {
    expect(parseDuration(input, 'days')).toEqual({ ok: true, value: days });
  });

  it('uses working seconds per day when the caller passes them', () => {
    // 27,600 s = one 7 h 40 min shift; with 55,200 s a day that is half a day.
    expect(parseDuration('7 h 40 min', 'days', 55_200)).toEqual({ ok: true, value: 0.5 });
    expect(parseDuration('460 min', 'days', 55_200)).toEqual({ ok: true, value: 0.5 });
  });
});

describe('parseDuration refuses', () => {
  it.each([
    ['', message('input.enterTime', {})],
    ['   ', message('input.enterTime', {})],
    ['-5', message('input.negativeTime', {})],
    ['-5 min', message('input.negativeTime', {})],
    ['abc', message('input.notTime', { text: 'abc' })],
    ['10 parsecs', message('input.unknownUnit', { unit: 'parsecs' })],
    ['1 h 30', message('input.notTime', { text: '1 h 30' })],
    ['1.2.3 s', message('input.notNumber', { text: '1.2.3' })],
    ['1,500 s', message('input.ambiguousSeparator', { text: '1,500', asDecimal: 1.5, asWhole: 1500 })],
    ['NaN', message('input.notTime', { text: 'NaN' })],
    ['Infinity', message('input.notTime', { text: 'Infinity' })],
    ['1e3', message('input.unknownUnit', { unit: 'e' })],
  ])('%j', (input, problem) => {
    expect(parseDuration(input, 'sec')).toEqual({ ok: false, message: problem });
  });

  it('a very long input without trying to read it', () => {
    expect(parseDuration('1 s '.repeat(1_000), 'sec')).toEqual({ ok: false, message: message('input.timeTooLong', {}) });
  });

  it('says why in both languages', () => {
    const why = (input: string, lang: 'en' | 'id') => {
      const result = parseDuration(input, 'sec');
      return result.ok ? '' : renderMessage(result.message, lang);
    };
    expect(why('abc', 'en')).toBe('could not read "abc" as a time; try 45 s, 10 min, 1.5 h or 2 d');
    expect(why('abc', 'id')).toBe('"abc" tidak terbaca sebagai waktu; contoh 45 dtk, 10 mnt, 1,5 jam atau 2 hari');
    expect(why('1,500 s', 'en')).toBe('"1,500" could mean 1.5 or 1500: write it without a thousands separator (1500) or as 1.5');
    expect(why('1,500 s', 'id')).toBe('"1,500" bisa berarti 1,5 atau 1500: tulis tanpa pemisah ribuan (1500) atau sebagai 1,5');
    expect(why('10 parsecs', 'id')).toBe('satuan "parsecs" tidak dikenal; pakai dtk, mnt, jam atau hari');
  });
});

describe('parseNumber', () => {
  it.each([
    ['42', 42],
    ['3.25', 3.25],
    ['3,25', 3.25],
    ['0,125', 0.125], // a leading 0 is never a thousands group
    ['1234.567', 1_234.567], // four digits before the point: not a thousands group
    ['18,400', null],
    ['18.400', null],
    ['18,400.5', 18_400.5], // English thousands and decimals
    ['18.400,5', 18_400.5], // Indonesian thousands and decimals
    ['1,234,567', 1_234_567],
    ['1.234.567', 1_234_567],
    ['-2,5', -2.5],
    [' 7 ', 7],
    ['7.', 7],
  ])('%j → %s', (input, value) => {
    const result = parseNumber(input);
    if (value === null) {
      // 18,400 / 18.400: 18.4 in one language, 18400 in the other.
      expect(result).toEqual({ ok: false, message: message('input.ambiguousSeparator', { text: input, asDecimal: 18.4, asWhole: 18_400 }) });
    } else {
      expect(result).toEqual({ ok: true, value });
    }
  });

  it.each(['', 'abc', '1,2,3', '1..2', '12 kg', '0x10', '1e5'])('refuses %j', (input) => {
    expect(parseNumber(input).ok).toBe(false);
  });
});

describe('formatDuration', () => {
  it.each([
    [45, '45 s'],
    [0, '0 s'],
    [0.25, '0.25 s'],
    [59.4, '59.4 s'],
    [90, '1.5 min'],
    [600, '10 min'],
    [5_400, '1.5 h'],
    [360_000, '100 h'], // a week-long changeover stays in hours: a day's length depends on the plant
  ])('%d s → %s', (seconds, text) => {
    expect(formatDuration(seconds, 'sec')).toBe(text);
  });

  it.each([
    [2.3, '2.3 d'],
    [7.608695, '7.6 d'], // 7,000 / 920 parts a day
    [0.0123, '0.012 d'],
    [123.4, '123 d'],
  ])('%d d → %s', (days, text) => {
    expect(formatDuration(days, 'days')).toBe(text);
  });

  it('shows a dash for a number that is not finite', () => {
    expect(formatDuration(Number.NaN, 'sec')).toBe('–');
  });

  it('reads back what it writes', () => {
    for (const seconds of [45, 600, 5_400, 90]) {
      expect(parseDuration(formatDuration(seconds, 'sec'), 'sec')).toEqual({ ok: true, value: seconds });
    }
  });
});
