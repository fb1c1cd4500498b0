import { analyzeMap } from '../../../src/domain/analysis';
import { IdIndex } from '../../../src/domain/analysis/idIndex';
import { aCustomer, aLine, aProcess } from './build';

const nodesWith = (ids: readonly string[]) => ids.map((id) => ({ id }));

describe('IdIndex', () => {
  it('finds every id of 20,000, and nothing that is not there', () => {
    // Far more ids than slots of a small table: the probing has to walk past collisions.
    const ids = Array.from({ length: 20_000 }, (_, k) => (k % 2 === 0 ? `p${k}` : `node-${k}-${'x'.repeat(k % 7)}`));
    const index = new IdIndex(nodesWith(ids));
    expect(ids.every((id, k) => index.get(id) === k)).toBe(true);
    expect(index.get('p1')).toBeUndefined();
    expect(index.get('')).toBeUndefined();
    expect(index.duplicates).toBe(false);
  });

  it('takes ids as plain strings: prototype names, empty and non-Latin ids', () => {
    const ids = ['__proto__', 'constructor', 'toString', '', 'プレス', '😀'];
    const index = new IdIndex(nodesWith(ids));
    expect(ids.map((id) => index.get(id))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(index.get('hasOwnProperty')).toBeUndefined();
  });

  it('keeps the first node of a duplicated id and says there were duplicates', () => {
    const index = new IdIndex(nodesWith(['a', 'b', 'a']));
    expect(index.get('a')).toBe(0);
    expect(index.duplicates).toBe(true);
  });
});

it('analyses the first node of a duplicated id and warns', () => {
  // p (C/T 30) appears twice; the second (C/T 90) is left out: bottleneck p, load 30 / 60 = 0.5.
  const map = aLine([aProcess('p', { cycleTimeSec: 30 }), aProcess('q', { cycleTimeSec: 40 }), aCustomer('k', { demandPerDay: 920 })]);
  map.nodes.push(aProcess('p', { cycleTimeSec: 90 }));
  const analysis = analyzeMap(map);
  expect(analysis.loads.map((l) => [l.nodeId, l.load])).toEqual([['p', 0.5], ['q', 40 / 60]]);
  expect(analysis.warnings).toContainEqual({ code: 'analysis.duplicateIds', params: { ids: ['p'] }, unavailable: [] });
});
