/** What every edge type shares: routing, the selection halo, rework styling, the label. */
import type { ComponentType } from 'react';
import { BaseEdge, type Edge, type EdgeProps } from '@xyflow/react';
import type { EdgeData, VsmEdge, VsmEdgeType } from '../../domain/types';
import { useSymbolContext } from '../symbols/context';
import type { SymbolLocale } from '../symbols/context';
import { formatterFor } from '../../i18n/format';
import { isShown, textOf } from '../symbols/format';
import { canvasText } from '../symbols/shared';
import { arrowHeadPoints, type EdgeEnds, type Router, type RouteStyle, routerFor, sampleRouter } from './geometry';

/** A React Flow edge of one VSM type (React Flow wants an index signature on data). */
export type FlowEdge<T extends VsmEdgeType = VsmEdgeType> = Edge<EdgeData & Record<string, unknown>, T>;
export type VsmEdgeProps<T extends VsmEdgeType = VsmEdgeType> = EdgeProps<FlowEdge<T>>;

/** Draws one edge type along a route; used on the canvas and in the palette sample. */
export type EdgeShape = ComponentType<{ router: Router }>;

export interface EdgeLook {
  type: VsmEdgeType;
  shape: EdgeShape;
  route: RouteStyle;
  /** Stroke width of the main line in px, for the selection halo. */
  widthPx: number;
  /** Where the label sits relative to the path's middle: clear of thick arrows and glyphs. */
  labelOffsetY: number;
}

const MAX_LABEL_CHARS = 40;

/** The text shown beside an edge: its label, distance and transit days, joined. */
export function edgeLabelText(type: VsmEdgeType, data: EdgeData | undefined, locale: SymbolLocale): string {
  if (!data) return '';
  const f = formatterFor(locale);
  const parts: string[] = [];
  if (data.rework === true) parts.push(canvasText(locale).rework);
  const label = textOf(data.label);
  if (label) parts.push(label);
  if (isShown(data.distanceM)) parts.push(f.quantity(data.distanceM, 'm'));
  if (type === 'shipment' && isShown(data.transitDays)) parts.push(f.days(data.transitDays));
  return parts.join(' · ');
}

/** A text label with a white halo so it reads over lines and stripes; long text is cut short. */
export function EdgeLabel({ x, y, text }: { x: number; y: number; text: string }) {
  if (!text) return null;
  const shown = text.length > MAX_LABEL_CHARS ? `${text.slice(0, MAX_LABEL_CHARS - 1)}…` : text;
  return (
    <text className="arus-edge__label" x={x} y={y} textAnchor="middle" dominantBaseline="central">
      {shown !== text ? <title>{text}</title> : null}
      {shown}
    </text>
  );
}

/** The dashed red curve of a rework loop, whatever the edge type. */
export function ReworkShape({ router }: { router: Router }) {
  const route = router(12);
  return (
    <g className="arus-edge__rework">
      <path d={route.path} fill="none" stroke="#dc2626" strokeWidth={3} strokeDasharray="9 6" />
      <polygon points={arrowHeadPoints(route.tip, route.dir, 14, 7)} fill="#dc2626" />
    </g>
  );
}

/** Renders an edge look for React Flow: halo and hit area, the shape, the label. */
export function VsmEdgeView({ look, props }: { look: EdgeLook; props: VsmEdgeProps }) {
  const { locale } = useSymbolContext();
  const rework = props.data?.rework === true;
  const router = routerFor(rework ? 'curve' : look.route, props);
  const full = router(0);
  const Shape = rework ? ReworkShape : look.shape;
  const text = edgeLabelText(look.type, props.data, locale);
  return (
    <g className={`arus-edge arus-edge--${look.type}${rework ? ' is-rework' : ''}`}>
      <BaseEdge
        id={props.id}
        path={full.path}
        className="arus-edge__halo"
        style={{ strokeWidth: (rework ? 3 : look.widthPx) + 10 }}
        interactionWidth={Math.max(24, look.widthPx + 12)}
      />
      <Shape router={router} />
      <EdgeLabel x={full.labelX} y={full.labelY + (rework ? -14 : look.labelOffsetY)} text={text} />
    </g>
  );
}

/** A short sample of an edge type for the palette's flow-type picker. */
export function EdgeSample({ look, width = 64, title }: { look: EdgeLook; width?: number; title?: string }) {
  const Shape = look.shape;
  return (
    <svg
      className="arus-edge-glyph"
      width={width}
      height={(width * 32) / 96}
      viewBox="0 0 96 32"
      role={title ? 'img' : undefined}
      aria-hidden={title ? undefined : true}
      aria-label={title}
      focusable="false"
    >
      {title ? <title>{title}</title> : null}
      <Shape router={sampleRouter(4, 92, 16)} />
    </svg>
  );
}

export interface EdgeGlyphProps {
  width?: number;
  title?: string;
}

/** What an edge's export drawing needs: the edge, where it starts and ends, the language of its label. */
export interface EdgeSvgProps {
  edge: VsmEdge;
  ends: EdgeEnds;
  locale: SymbolLocale;
}

const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/**
 * An edge for the exports: the same shape along the same route as on the canvas (so the picture
 * matches the screen), and its label with the canvas's white halo written as attributes, since
 * an exported SVG has none of the canvas's CSS. The label goes in as a text node.
 */
export function EdgeSvgView({ look, edge, ends, locale }: EdgeSvgProps & { look: EdgeLook }) {
  const rework = edge.data?.rework === true;
  const router = routerFor(rework ? 'curve' : look.route, ends);
  const full = router(0);
  const Shape = rework ? ReworkShape : look.shape;
  const text = edgeLabelText(look.type, edge.data, locale);
  const shown = text.length > MAX_LABEL_CHARS ? `${text.slice(0, MAX_LABEL_CHARS - 1)}…` : text;
  return (
    <g className={`arus-svg-edge arus-svg-edge--${look.type}`} data-type={look.type} data-id={edge.id}>
      <Shape router={router} />
      {shown ? (
        <text
          x={Math.round(full.labelX * 100) / 100}
          y={Math.round((full.labelY + (rework ? -14 : look.labelOffsetY)) * 100) / 100}
          textAnchor="middle" dominantBaseline="central"
          fontFamily={LABEL_FONT} fontSize={15} fontWeight={600}
          fill={rework ? '#b91c1c' : '#111'} stroke="#fff" strokeWidth={5} strokeLinejoin="round" paintOrder="stroke"
          data-field="label"
        >
          {shown}
        </text>
      ) : null}
    </g>
  );
}
