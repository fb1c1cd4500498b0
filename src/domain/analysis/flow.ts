import type { VsmNode } from '../types';
import { CUSTOMER, OTHER, type MapContext } from './context';
import { nodeList } from './labels';
import { analysisMessage, type AnalysisMessage } from '../messages';

/**
 * Marks the nodes on the flow: those with a material path to a customer (customers included).
 * Without a customer every material symbol counts as on the flow. Warns about material symbols
 * off the flow. O(nodes + edges), loops allowed.
 */
export function markOnFlow(ctx: MapContext, warnings: AnalysisMessage[]): Uint8Array {
  const { nodes, kind, inStart, inList, edgeSource } = ctx;
  const count = nodes.length;
  const onFlow = new Uint8Array(count);
  if (!ctx.demand.hasCustomer) {
    for (let i = 0; i < count; i++) if (kind[i] !== OTHER) onFlow[i] = 1;
    return onFlow;
  }
  const stack = new Int32Array(count);
  let top = 0;
  for (let i = 0; i < count; i++) {
    if (kind[i] === CUSTOMER) {
      onFlow[i] = 1;
      stack[top++] = i;
    }
  }
  while (top > 0) {
    const i = stack[--top]!;
    for (let k = inStart[i]!; k < inStart[i + 1]!; k++) {
      const s = edgeSource[inList[k]!]!;
      if (onFlow[s] === 0) {
        onFlow[s] = 1;
        stack[top++] = s;
      }
    }
  }
  const off: VsmNode[] = [];
  for (let i = 0; i < count; i++) if (onFlow[i] === 0 && kind[i] !== OTHER) off.push(nodes[i]!);
  if (off.length > 0) {
    warnings.push(analysisMessage('analysis.offFlow', { nodes: nodeList(off) }));
  }
  return onFlow;
}
