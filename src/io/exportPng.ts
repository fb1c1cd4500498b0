import { toPng } from 'html-to-image';
import { getNodesBounds, type Node } from '@xyflow/react';

/**
 * The whole map as a PNG, not only what is on screen: React Flow's own recipe (bounds of all
 * nodes, a transform that fits them with a margin, html-to-image of `.react-flow__viewport` with that
 * transform). html-to-image is pinned to 1.11.11: later versions leave the edges out.
 */
export interface MapImage {
  dataUrl: string;
  width: number;
  height: number;
  /** True when the map was drawn smaller than asked, to stay within what browsers can draw. */
  scaledDown: boolean;
}

/** Pixels per map unit: twice the screen, crisp on slides and walls. */
const PIXEL_RATIO = 2;
/** Chromium draws canvases up to 32,767 px a side and ~268 M pixels, and past that silently
 * draws nothing; tldraw stays within 8,192 px and 16.7 M pixels, and so do we. */
export const MAX_SIDE_PX = 8_192;
export const MAX_PIXELS = 16_777_216;
const MARGIN = 40;

/** The image size for a map of this size (map units), within the limits. */
export function imageSize(mapWidth: number, mapHeight: number): { width: number; height: number; scaledDown: boolean } {
  const width = (mapWidth + 2 * MARGIN) * PIXEL_RATIO;
  const height = (mapHeight + 2 * MARGIN) * PIXEL_RATIO;
  const scale = Math.min(1, MAX_SIDE_PX / width, MAX_SIDE_PX / height, Math.sqrt(MAX_PIXELS / (width * height)));
  return { width: Math.floor(width * scale), height: Math.floor(height * scale), scaledDown: scale < 1 };
}

/** Draws the nodes and edges inside `viewportElement` (`.react-flow__viewport`) as one PNG. */
export async function exportMapPng(viewportElement: HTMLElement, nodes: Node[]): Promise<MapImage> {
  const bounds = getNodesBounds(nodes);
  const { width, height, scaledDown } = imageSize(bounds.width, bounds.height);
  // Centre the map with the margin kept: getViewportForBounds fits it edge to edge.
  const zoom = Math.min(width / (bounds.width + 2 * MARGIN), height / (bounds.height + 2 * MARGIN));
  const x = (width - bounds.width * zoom) / 2 - bounds.x * zoom;
  const y = (height - bounds.height * zoom) / 2 - bounds.y * zoom;
  const dataUrl = await toPng(viewportElement, {
    backgroundColor: '#ffffff',
    width,
    height,
    // System fonts only: embedding web fonts is what makes html-to-image slow.
    skipFonts: true,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${x}px, ${y}px) scale(${zoom})` },
  });
  return { dataUrl, width, height, scaledDown };
}
