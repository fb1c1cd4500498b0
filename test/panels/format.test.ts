import { wrapLabel } from '../../src/panels/format';

describe('helpers of the panels', () => {
  it('wraps a long label into two lines and marks the cut', () => {
    expect(wrapLabel('Final assembly and packing line', 12)).toEqual(['Final', 'assembly…']);
    expect(wrapLabel('Welding', 12)).toEqual(['Welding']);
    expect(wrapLabel('Supercalifragilistic', 8)).toEqual(['Superca…']);
  });
});
