/** Push arrow: a thick arrow striped black and white (material pushed to the next step). */
import { memo } from 'react';
import { arrowHeadPoints, type Router } from './geometry';
import { type EdgeGlyphProps, type EdgeLook, EdgeSample, type EdgeSvgProps, EdgeSvgView, type VsmEdgeProps, VsmEdgeView } from './base';

function PushShape({ router }: { router: Router }) {
  const route = router(20);
  return (
    <g>
      <path d={route.path} fill="none" stroke="#111" strokeWidth={12} strokeLinejoin="miter" />
      <path d={route.path} fill="none" stroke="#fff" strokeWidth={7} strokeDasharray="9 9" strokeLinejoin="miter" />
      <polygon points={arrowHeadPoints(route.tip, route.dir, 22, 14)} fill="#111" />
    </g>
  );
}

export const look: EdgeLook = { type: 'push', shape: PushShape, route: 'step', widthPx: 12, labelOffsetY: -22 };

function PushEdgeView(props: VsmEdgeProps) {
  return <VsmEdgeView look={look} props={props} />;
}

export const EdgeComponent = memo(PushEdgeView);
EdgeComponent.displayName = 'PushEdge';

export function Glyph(props: EdgeGlyphProps) {
  return <EdgeSample look={look} {...props} />;
}

/** The arrow drawn as plain SVG along its route, for the exports. */
export function Svg(props: EdgeSvgProps) {
  return <EdgeSvgView look={look} {...props} />;
}
