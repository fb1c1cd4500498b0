/** Material move: a plain thick arrow. */
import { memo } from 'react';
import { arrowHeadPoints, type Router } from './geometry';
import { type EdgeGlyphProps, type EdgeLook, EdgeSample, type EdgeSvgProps, EdgeSvgView, type VsmEdgeProps, VsmEdgeView } from './base';

function MaterialShape({ router }: { router: Router }) {
  const route = router(14);
  return (
    <g>
      <path d={route.path} fill="none" stroke="#111" strokeWidth={5} />
      <polygon points={arrowHeadPoints(route.tip, route.dir, 16, 9)} fill="#111" />
    </g>
  );
}

export const look: EdgeLook = { type: 'material', shape: MaterialShape, route: 'step', widthPx: 5, labelOffsetY: -16 };

function MaterialEdgeView(props: VsmEdgeProps) {
  return <VsmEdgeView look={look} props={props} />;
}

export const EdgeComponent = memo(MaterialEdgeView);
EdgeComponent.displayName = 'MaterialEdge';

export function Glyph(props: EdgeGlyphProps) {
  return <EdgeSample look={look} {...props} />;
}

/** The arrow drawn as plain SVG along its route, for the exports. */
export function Svg(props: EdgeSvgProps) {
  return <EdgeSvgView look={look} {...props} />;
}
