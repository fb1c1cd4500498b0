/** Pull / withdrawal: a line with the circular pull-arrow glyph at its middle. */
import { memo } from 'react';
import { arrowHeadPoints, type Point, type Router } from './geometry';
import { type EdgeGlyphProps, type EdgeLook, EdgeSample, type EdgeSvgProps, EdgeSvgView, type VsmEdgeProps, VsmEdgeView } from './base';

const RADIUS_PX = 13;
/** The arc runs clockwise from -120° to 150°: three quarters of a turn. */
const START_RAD = (-120 * Math.PI) / 180;
const END_RAD = (150 * Math.PI) / 180;

/** The circular arrow of Learning to See's pull symbol, centred on `at`. */
export function PullCircle({ at }: { at: Point }) {
  const start = { x: at.x + RADIUS_PX * Math.cos(START_RAD), y: at.y + RADIUS_PX * Math.sin(START_RAD) };
  const end = { x: at.x + RADIUS_PX * Math.cos(END_RAD), y: at.y + RADIUS_PX * Math.sin(END_RAD) };
  // clockwise tangent at the end of the arc
  const dir = { x: -Math.sin(END_RAD), y: Math.cos(END_RAD) };
  const tip = { x: end.x + dir.x * 5, y: end.y + dir.y * 5 };
  return (
    <g className="arus-edge__pull">
      <circle cx={at.x} cy={at.y} r={RADIUS_PX + 6} fill="#fff" stroke="none" />
      <path
        d={`M${start.x.toFixed(2)} ${start.y.toFixed(2)} A${RADIUS_PX} ${RADIUS_PX} 0 1 1 ${end.x.toFixed(2)} ${end.y.toFixed(2)}`}
        fill="none"
        stroke="#111"
        strokeWidth={4}
      />
      <polygon points={arrowHeadPoints(tip, dir, 11, 8)} fill="#111" />
    </g>
  );
}

function WithdrawalShape({ router }: { router: Router }) {
  const route = router(14);
  const middle = router(0);
  return (
    <g>
      <path d={route.path} fill="none" stroke="#111" strokeWidth={4} />
      <polygon points={arrowHeadPoints(route.tip, route.dir, 16, 9)} fill="#111" />
      <PullCircle at={{ x: middle.labelX, y: middle.labelY }} />
    </g>
  );
}

export const look: EdgeLook = { type: 'withdrawal', shape: WithdrawalShape, route: 'step', widthPx: 4, labelOffsetY: 36 };

function WithdrawalEdgeView(props: VsmEdgeProps) {
  return <VsmEdgeView look={look} props={props} />;
}

export const EdgeComponent = memo(WithdrawalEdgeView);
EdgeComponent.displayName = 'WithdrawalEdge';

export function Glyph(props: EdgeGlyphProps) {
  return <EdgeSample look={look} {...props} />;
}

/** The arrow drawn as plain SVG along its route, for the exports. */
export function Svg(props: EdgeSvgProps) {
  return <EdgeSvgView look={look} {...props} />;
}
