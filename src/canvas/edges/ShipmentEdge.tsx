/** Shipment arrow: a wide hollow arrow (finished goods out, raw material in). */
import { memo } from 'react';
import { arrowHeadPoints, type Router } from './geometry';
import { type EdgeGlyphProps, type EdgeLook, EdgeSample, type EdgeSvgProps, EdgeSvgView, type VsmEdgeProps, VsmEdgeView } from './base';

const HEAD_LENGTH_PX = 26;

function ShipmentShape({ router }: { router: Router }) {
  const route = router(HEAD_LENGTH_PX);
  // the white core runs a little into the head so the band and head read as one outline
  const core = router(HEAD_LENGTH_PX - 5);
  return (
    <g>
      <path d={route.path} fill="none" stroke="#111" strokeWidth={16} strokeLinejoin="miter" />
      <polygon points={arrowHeadPoints(route.tip, route.dir, HEAD_LENGTH_PX, 18)} fill="#fff" stroke="#111" strokeWidth={3} strokeLinejoin="miter" />
      <path d={core.path} fill="none" stroke="#fff" strokeWidth={10} strokeLinejoin="miter" />
    </g>
  );
}

export const look: EdgeLook = { type: 'shipment', shape: ShipmentShape, route: 'step', widthPx: 16, labelOffsetY: -24 };

function ShipmentEdgeView(props: VsmEdgeProps) {
  return <VsmEdgeView look={look} props={props} />;
}

export const EdgeComponent = memo(ShipmentEdgeView);
EdgeComponent.displayName = 'ShipmentEdge';

export function Glyph(props: EdgeGlyphProps) {
  return <EdgeSample look={look} {...props} />;
}

/** The arrow drawn as plain SVG along its route, for the exports. */
export function Svg(props: EdgeSvgProps) {
  return <EdgeSvgView look={look} {...props} />;
}
