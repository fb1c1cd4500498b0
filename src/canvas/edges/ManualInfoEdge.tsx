/** Manual information: a thin straight arrow (paper schedules, phone calls). */
import { memo } from 'react';
import { arrowHeadPoints, type Router } from './geometry';
import { type EdgeGlyphProps, type EdgeLook, EdgeSample, type EdgeSvgProps, EdgeSvgView, type VsmEdgeProps, VsmEdgeView } from './base';

function ManualInfoShape({ router }: { router: Router }) {
  const route = router(12);
  return (
    <g>
      <path d={route.path} fill="none" stroke="#111" strokeWidth={2.5} />
      <polygon points={arrowHeadPoints(route.tip, route.dir, 14, 6)} fill="#111" />
    </g>
  );
}

export const look: EdgeLook = { type: 'manual-info', shape: ManualInfoShape, route: 'straight', widthPx: 2.5, labelOffsetY: -14 };

function ManualInfoEdgeView(props: VsmEdgeProps) {
  return <VsmEdgeView look={look} props={props} />;
}

export const EdgeComponent = memo(ManualInfoEdgeView);
EdgeComponent.displayName = 'ManualInfoEdge';

export function Glyph(props: EdgeGlyphProps) {
  return <EdgeSample look={look} {...props} />;
}

/** The arrow drawn as plain SVG along its route, for the exports. */
export function Svg(props: EdgeSvgProps) {
  return <EdgeSvgView look={look} {...props} />;
}
