import { memo } from 'react';
import { nodeSize, symbolSvg, type SymbolLocale } from '../../canvas/registry';
import type { MapPicture as Picture } from '../../io/mapLibrary';

const MARGIN_PX = 40;

/**
 * A small picture of a map: its first symbols drawn by their own SVG drawings (the ones the
 * exports use) and straight lines for the arrows, scaled into the box. React SVG, so the
 * team's text stays text; at this size names cannot be read, so CSS hides the text.
 */
export const MapPicture = memo(function MapPicture({ picture, locale, label }: { picture: Picture | null; locale: SymbolLocale; label: string }) {
  const nodes = picture?.nodes ?? [];
  if (nodes.length === 0) {
    return <svg className="map-picture" viewBox="0 0 160 90" role="img" aria-label={label} />;
  }
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const centres = new Map<string, { x: number; y: number }>();
  for (const node of nodes) {
    const size = nodeSize(node.type);
    const width = node.width ?? size.width;
    const height = node.height ?? size.height;
    minX = Math.min(minX, node.position.x);
    minY = Math.min(minY, node.position.y);
    maxX = Math.max(maxX, node.position.x + width);
    maxY = Math.max(maxY, node.position.y + height);
    centres.set(node.id, { x: node.position.x + width / 2, y: node.position.y + height / 2 });
  }
  const viewBox = [minX - MARGIN_PX, minY - MARGIN_PX, maxX - minX + 2 * MARGIN_PX, maxY - minY + 2 * MARGIN_PX].join(' ');
  return (
    <svg className="map-picture" viewBox={viewBox} preserveAspectRatio="xMidYMid meet" role="img" aria-label={label}>
      <g stroke="#5b6470" strokeWidth={4}>
        {picture!.edges.map((edge, index) => {
          const from = centres.get(edge.source);
          const to = centres.get(edge.target);
          return from && to ? <line key={index} x1={from.x} y1={from.y} x2={to.x} y2={to.y} /> : null;
        })}
      </g>
      {nodes.map((node) => symbolSvg(node, locale))}
    </svg>
  );
});
