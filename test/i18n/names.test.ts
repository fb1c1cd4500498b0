import { symbolLabels } from '../../src/i18n';
import { aLine, anEdge, anInventory, aNode, aProcess, aSupplier } from '../fixtures/builders';

describe('symbolLabels', () => {
  // Supplier → Stamping → (unnamed stock) → (unnamed process) → (unnamed stock) → (unnamed process)
  const map = aLine(
    aSupplier({}, { id: 's' }),
    aProcess({ name: 'Stamping' }, { id: 'p1' }),
    anInventory({}, { id: 'i1' }),
    aNode('process', {}, { id: 'p2' }),
    anInventory({}, { id: 'i2' }),
    aNode('process', {}, { id: 'p3' }),
  );

  it('names a stock by the step feeding it, and numbers names that would repeat', () => {
    const labels = symbolLabels(map, 'en');
    expect([...labels.values()]).toEqual(['Supplier', 'Stamping', 'Inventory after Stamping', 'Process 1', 'Inventory after Process 1', 'Process 2']);
  });

  it('speaks Indonesian', () => {
    expect(symbolLabels(map, 'id').get('i1')).toBe('Persediaan setelah Stamping');
    expect(symbolLabels(map, 'id').get('p2')).toBe('Proses 1');
  });

  it('calls a stock no material reaches by its kind: an information arrow feeds nothing', () => {
    const labels = symbolLabels({
      nodes: [aProcess({ name: 'Weld' }, { id: 'p' }), anInventory({}, { id: 'a' }), anInventory({}, { id: 'b' }), aNode('control', { name: 'MRP' }, { id: 'c' })],
      edges: [anEdge('p', 'a', { id: 'e1' }), anEdge('c', 'b', { id: 'e2', type: 'electronic-info' })],
    }, 'en');
    expect([...labels.values()]).toEqual(['Weld', 'Inventory after Weld', 'Inventory', 'MRP']);
  });
});
