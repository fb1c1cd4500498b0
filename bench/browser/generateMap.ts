import { DEFAULT_SETTINGS, type MapState, type VsmEdge, type VsmNode } from '../../src/domain/types';

/**
 * A map of about `symbolCount` symbols for the browser benchmark: a supplier, rows of
 * process → inventory pairs joined by push arrows, and a customer. Laid out in rows of 10
 * pairs, the way a long value stream wraps on a wall.
 */
export function generateBenchMap(symbolCount: number): MapState {
  const nodes: VsmNode[] = [];
  const edges: VsmEdge[] = [];
  const pairs = Math.max(1, Math.floor((symbolCount - 2) / 2));
  const columnWidth = 520;
  const rowHeight = 360;
  nodes.push({ id: 's', type: 'supplier', position: { x: -400, y: 0 }, data: { name: 'Steel Co.' } });
  let previous = 's';
  for (let i = 0; i < pairs; i++) {
    const x = (i % 10) * columnWidth;
    const y = Math.floor(i / 10) * rowHeight;
    const processId = `p${i}`;
    const stockId = `i${i}`;
    nodes.push({
      id: processId,
      type: 'process',
      position: { x, y },
      data: { name: `Step ${i + 1}`, cycleTimeSec: 30 + (i % 7) * 5, changeoverSec: 600, uptimePct: 90, operators: 1 },
    });
    nodes.push({ id: stockId, type: 'inventory', position: { x: x + 280, y: y + 20 }, data: { quantity: 100 + i } });
    edges.push({ id: `e${i}a`, type: 'push', source: previous, target: processId });
    edges.push({ id: `e${i}b`, type: 'push', source: processId, target: stockId });
    previous = stockId;
  }
  nodes.push({ id: 'c', type: 'customer', position: { x: 10 * columnWidth, y: 0 }, data: { name: 'Assembler', demandPerDay: 920 } });
  edges.push({ id: 'ec', type: 'shipment', source: previous, target: 'c' });
  return { settings: { ...DEFAULT_SETTINGS }, nodes, edges, viewport: { x: 0, y: 0, zoom: 1 } };
}

/** Reads `?n=` from the page URL. */
export function symbolCountFromUrl(): number {
  return Number(new URLSearchParams(location.search).get('n') ?? 100);
}

declare global {
  interface Window {
    /** ms from navigation start to the first frame painted with every node on screen. */
    __benchReady?: number;
    __benchSymbols?: number;
  }
}

/** Marks the page ready once every node and edge of the map is in the DOM and painted. */
export function markReadyWhenRendered(nodeCount: number, edgeCount: number): void {
  const check = () => {
    const nodesShown = document.querySelectorAll('.react-flow__node').length;
    const edgesShown = document.querySelectorAll('.react-flow__edge').length;
    if (nodesShown >= nodeCount && edgesShown >= edgeCount) {
      // The frame after this one has painted what is in the DOM now.
      requestAnimationFrame(() => { window.__benchReady = performance.now(); });
      window.__benchSymbols = nodesShown;
    } else {
      requestAnimationFrame(check);
    }
  };
  requestAnimationFrame(check);
}
