/** Electronic information: a thin arrow with a zig-zag (lightning) in the middle. */
import { memo } from 'react';
import { arrowHeadPoints, type Router, zigZagPath } from './geometry';
import { type EdgeGlyphProps, type EdgeLook, EdgeSample, type EdgeSvgProps, EdgeSvgView, type VsmEdgeProps, VsmEdgeView } from './base';

function ElectronicInfoShape({ router }: { router: Router }) {
  const route = router(12);
  return (
    <g>
      <path d={zigZagPath(route.source, route.tip, 12)} fill="none" stroke="#111" strokeWidth={2.5} strokeLinejoin="miter" />
      <polygon points={arrowHeadPoints(route.tip, route.dir, 14, 6)} fill="#111" />
    </g>
  );
}

export const look: EdgeLook = { type: 'electronic-info', shape: ElectronicInfoShape, route: 'straight', widthPx: 2.5, labelOffsetY: -18 };

function ElectronicInfoEdgeView(props: VsmEdgeProps) {
  return <VsmEdgeView look={look} props={props} />;
}

export const EdgeComponent = memo(ElectronicInfoEdgeView);
EdgeComponent.displayName = 'ElectronicInfoEdge';

export function Glyph(props: EdgeGlyphProps) {
  return <EdgeSample look={look} {...props} />;
}

/** The arrow drawn as plain SVG along its route, for the exports. */
export function Svg(props: EdgeSvgProps) {
  return <EdgeSvgView look={look} {...props} />;
}
