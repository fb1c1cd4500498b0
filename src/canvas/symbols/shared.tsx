/** Building blocks every symbol module uses: glyph frame, handles, node frame, data box. */
import type { CSSProperties, ReactNode } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import type { NodeDataByType, VsmNodeType } from '../../domain/types';
import { plainSpaces } from '../../i18n/format';
import { MESSAGES, type Messages } from '../../i18n/messages';
import { type SymbolLocale, useSymbolContext } from './context';
import { symbolName } from '../../i18n/symbols';

/** A React Flow node of one VSM type (React Flow wants an index signature on data). */
export type FlowNode<T extends VsmNodeType> = Node<NodeDataByType[T] & Record<string, unknown>, T>;
export type SymbolNodeProps<T extends VsmNodeType> = NodeProps<FlowNode<T>>;

export interface NodeSize { width: number; height: number }

export interface GlyphProps {
  /** Width and height in px when both are the same (palette icons). */
  size?: number;
  width?: number;
  height?: number;
  /** Accessible name; without it the glyph is decorative. */
  title?: string;
  className?: string;
}

interface SvgGlyphProps extends GlyphProps {
  /** View box width and height: the glyph's own drawing units. */
  viewWidth: number;
  viewHeight: number;
  children: ReactNode;
}

/**
 * The `<svg>` around a glyph. Strokes are sized in screen pixels (1.5 px in a palette icon,
 * up to 3.5 px on the canvas) so small icons stay crisp and large ones read from across a room.
 * Children inherit that width; thinner details use `calc(var(--sw) * k)`.
 */
export function SvgGlyph({ size, width, height, title, className, viewWidth, viewHeight, children }: SvgGlyphProps) {
  const aspect = viewWidth / viewHeight;
  const w = width ?? (height !== undefined ? height * aspect : size ?? 48);
  const h = height ?? (width !== undefined ? width / aspect : size ?? 48);
  const strokePx = Math.min(3.5, Math.max(1.5, Math.min(w, h) / 22));
  // view-box units per screen pixel; with "meet" the tighter side decides the scale
  const unitsPerPx = Math.max(viewWidth / w, viewHeight / h);
  const strokeUnits = Math.round(strokePx * unitsPerPx * 100) / 100;
  return (
    <svg
      className={className ? `arus-glyph ${className}` : 'arus-glyph'}
      width={w}
      height={h}
      viewBox={`0 0 ${viewWidth} ${viewHeight}`}
      fill="none"
      stroke="currentColor"
      strokeLinejoin="round"
      strokeLinecap="round"
      style={{ '--sw': strokeUnits, strokeWidth: strokeUnits } as CSSProperties}
      role={title ? 'img' : undefined}
      aria-hidden={title ? undefined : true}
      aria-label={title}
      focusable="false"
    >
      {title ? <title>{title}</title> : null}
      {children}
    </svg>
  );
}

/** Sizes a detail's stroke relative to the main stroke; the canvas and the exports each have one. */
export type Thin = (k: number) => { strokeWidth: string | number };

/** Stroke width relative to the glyph's main stroke (k = 0.5 is half as thick). */
export function thin(k: number): { strokeWidth: string } {
  return { strokeWidth: `calc(var(--sw) * ${k})` };
}

/** Four grab handles, ids t r b l; all sources because the canvas connects in loose mode. */
export function Handles({ isConnectable }: { isConnectable: boolean }) {
  return (
    <>
      <Handle className="arus-handle" type="source" id="t" position={Position.Top} isConnectable={isConnectable} />
      <Handle className="arus-handle" type="source" id="r" position={Position.Right} isConnectable={isConnectable} />
      <Handle className="arus-handle" type="source" id="b" position={Position.Bottom} isConnectable={isConnectable} />
      <Handle className="arus-handle" type="source" id="l" position={Position.Left} isConnectable={isConnectable} />
    </>
  );
}

/** "Process: Stamping", or just "Process" without a name. */
export function symbolLabel(type: VsmNodeType, locale: SymbolLocale, text?: string): string {
  const name = symbolName(type, locale);
  return text ? `${name}: ${text}` : name;
}

interface NodeFrameProps {
  type: VsmNodeType;
  /** The user's label for the aria-label ("Process: Stamping"). */
  label?: string;
  isConnectable: boolean;
  width?: number;
  /** A fixed height: the simple form keeps the size the full drawing was measured at. */
  height?: number;
  className?: string;
  children: ReactNode;
}

/** The root of every canvas symbol: handles, accessible name, a type class for styling. */
export function NodeFrame({ type, label, isConnectable, width, height, className, children }: NodeFrameProps) {
  const { locale } = useSymbolContext();
  return (
    <div
      className={`arus-node arus-node--${type}${className ? ` ${className}` : ''}`}
      role="group"
      aria-label={plainSpaces(symbolLabel(type, locale, label))}
      style={width !== undefined || height !== undefined ? { width, height } : undefined}
    >
      {children}
      <Handles isConnectable={isConnectable} />
    </div>
  );
}

export interface DataRow {
  key: string;
  label: string;
  value: string;
}

/**
 * The data box under a symbol: a term and its value per filled field, nothing when all are
 * empty. Terms and values are the grid's cells, without an element per row: fewer elements
 * for the browser to lay out and paint on every frame.
 */
export function DataBox({ rows, className }: { rows: readonly DataRow[]; className?: string }) {
  if (rows.length === 0) return null;
  return (
    <dl className={className ? `arus-databox ${className}` : 'arus-databox'}>
      {rows.map((row) => [
        <dt key={`${row.key}-term`}>{row.label}</dt>,
        <dd key={row.key} data-field={row.key}>{row.value}</dd>,
      ])}
    </dl>
  );
}

/** A one- or two-line label that wraps and ends in an ellipsis; the full text is its tooltip. */
export function Label({ text, className, placeholder }: { text?: string; className?: string; placeholder?: string }) {
  if (!text) {
    return placeholder ? <div className={`arus-label arus-label--placeholder ${className ?? ''}`}>{placeholder}</div> : null;
  }
  return (
    <div className={`arus-label ${className ?? ''}`} title={text}>
      {text}
    </div>
  );
}

/** The fixed words of the symbols (badges, units of demand, kaizen status) in the canvas language. */
export function canvasText(locale: SymbolLocale): Messages['canvas'] {
  return MESSAGES[locale].canvas;
}
