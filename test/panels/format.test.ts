import { missingReason, wrapLabel } from '../../src/panels/format';

describe('helpers of the panels', () => {
  it('finds the warning that says why a metric is missing, through what it depends on', () => {
    const offFlow = 'Off the flow (no material path to a customer): Paint. They count for loads but not for lead time.';
    const noDemand = 'No customer on the map: no daily demand and no takt time, so process loads are not computed.';
    const stock = 'Waiting time, lead time, value-added ratio and inventory turns are not computed: stock without days.';
    const source = { warnings: [offFlow, noDemand, stock], errors: [] };
    expect(missingReason(source, 'taktTimeSec')).toBe(noDemand);
    // Lead time: the warning saying it is not computed, not the one that merely mentions it.
    expect(missingReason(source, 'leadTimeDays')).toBe(stock);
    expect(missingReason(source, 'inventoryTurns')).toBe(stock);
    // Operators needed has no warning of its own: it inherits the takt reason.
    expect(missingReason(source, 'operatorsNeeded')).toBe(noDemand);
    expect(missingReason({ warnings: [], errors: ['Loop in the material flow: A → B → A'] }, 'leadTimeDays'))
      .toBe('Loop in the material flow: A → B → A');
  });

  it('wraps a long label into two lines and marks the cut', () => {
    expect(wrapLabel('Final assembly and packing line', 12)).toEqual(['Final', 'assembly…']);
    expect(wrapLabel('Welding', 12)).toEqual(['Welding']);
    expect(wrapLabel('Supercalifragilistic', 8)).toEqual(['Superca…']);
  });
});
