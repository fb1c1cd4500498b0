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

/** The canvas settings both pages share, so both fit the map at the same zoom. */
export const SHARED_FLOW = {
  minZoom: 0.1,
  maxZoom: 4,
  fitViewOptions: { padding: 0.15, maxZoom: 1.5 },
  snapGrid: [20, 20] as [number, number],
};

declare global {
  interface Window {
    /** ms from navigation start to the first frame painted with the canvas settled. */
    __benchReady?: number;
    /** Nodes in the DOM when the page was ready. */
    __benchSymbols?: number;
  }
}

/**
 * Marks the page ready once the canvas has settled and painted: nodes and edges in the DOM, every
 * node measured (React Flow hides a node until it is), and the counts the same for 5 frames in a
 * row. Only the symbols in view may be in the DOM, so the full count is not waited for.
 */
export function markReadyWhenRendered(): void {
  let last = '';
  let same = 0;
  const check = () => {
    const nodes = document.querySelectorAll<HTMLElement>('.react-flow__node');
    const edges = document.querySelectorAll('.react-flow__edge').length;
    const unmeasured = [...nodes].some((node) => node.style.visibility === 'hidden');
    const key = `${nodes.length}/${edges}/${document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? ''}`;
    same = key === last && nodes.length > 0 && edges > 0 && !unmeasured ? same + 1 : 0;
    last = key;
    if (same >= 5) {
      // The frame after this one has painted what is in the DOM now.
      requestAnimationFrame(() => { window.__benchReady = performance.now(); });
      window.__benchSymbols = nodes.length;
    } else {
      requestAnimationFrame(check);
    }
  };
  requestAnimationFrame(check);
}
