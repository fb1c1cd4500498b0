// @vitest-environment node
import { ROOM_TEXT, colourName } from '../../../src/app/room/strings';
import { PERSON_COLOURS } from '../../../src/collab/presence';
import { englishOnlyWords, findEnglish } from '../../e2e/untranslated';

/** Every leaf of a text table with its path: strings as they are, functions called with samples. */
function leaves(table: unknown, path = ''): Array<[string, unknown]> {
  if (table !== null && typeof table === 'object') {
    return Object.entries(table).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
  }
  return [[path, typeof table === 'function' ? (table as (...args: unknown[]) => unknown)('Sari', 2) : table]];
}

describe('the room text', () => {
  it('has every entry in English and Indonesian, none empty', () => {
    const en = new Map(leaves(ROOM_TEXT.en));
    const id = new Map(leaves(ROOM_TEXT.id));
    expect([...id.keys()]).toEqual([...en.keys()]);
    for (const [key, text] of [...en, ...id]) {
      expect(typeof text, key).toBe('string');
      expect((text as string).trim(), key).not.toBe('');
    }
  });

  it('names every colour of the palette in both languages', () => {
    for (const language of ['en', 'id'] as const) {
      expect(ROOM_TEXT[language].join.colourNames).toHaveLength(PERSON_COLOURS.length);
      expect(new Set(ROOM_TEXT[language].join.colourNames).size).toBe(PERSON_COLOURS.length);
    }
    expect(colourName(ROOM_TEXT.id, '#00695C')).toBe('Hijau toska');
    expect(colourName(ROOM_TEXT.en, '#123456')).toBe('#123456');
  });

  it('has no English word left in the Indonesian', () => {
    const english = englishOnlyWords();
    const found = leaves(ROOM_TEXT.id).flatMap(([, text]) => findEnglish(String(text), english));
    expect(found).toEqual([]);
  });
});
