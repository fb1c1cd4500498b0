/** Kanban path: a dashed arrow (the way kanban cards travel). */
import { memo } from 'react';
import { arrowHeadPoints, type Router } from './geometry';
import { type EdgeGlyphProps, type EdgeLook, EdgeSample, type EdgeSvgProps, EdgeSvgView, type VsmEdgeProps, VsmEdgeView } from './base';

function KanbanPathShape({ router }: { router: Router }) {
  const route = router(12);
  return (
    <g>
      <path d={route.path} fill="none" stroke="#111" strokeWidth={2.5} strokeDasharray="10 7" strokeLinecap="butt" />
      <polygon points={arrowHeadPoints(route.tip, route.dir, 14, 7)} fill="#111" />
    </g>
  );
}

export const look: EdgeLook = { type: 'kanban-path', shape: KanbanPathShape, route: 'step', widthPx: 2.5, labelOffsetY: -14 };

function KanbanPathEdgeView(props: VsmEdgeProps) {
  return <VsmEdgeView look={look} props={props} />;
}

export const EdgeComponent = memo(KanbanPathEdgeView);
EdgeComponent.displayName = 'KanbanPathEdge';

export function Glyph(props: EdgeGlyphProps) {
  return <EdgeSample look={look} {...props} />;
}

/** The arrow drawn as plain SVG along its route, for the exports. */
export function Svg(props: EdgeSvgProps) {
  return <EdgeSvgView look={look} {...props} />;
}
