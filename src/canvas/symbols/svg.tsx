/**
 * Drawing a symbol as plain SVG from the document, for PNG and SVG exports (not the DOM of the
 * canvas). Only SVG elements, renderable by `react-dom/server`; user text goes in as text nodes,
 * which React escapes. Strokes are fixed numbers, not the canvas's CSS variables: other SVG
 * tools do not read those.
 */
import type { ReactElement, ReactNode } from 'react';
import type { NodeOf, VsmNodeType } from '../../domain/types';
import type { SymbolLocale } from './context';
import type { NodeSize, Thin } from './shared';

export interface SymbolSvgProps<T extends VsmNodeType = VsmNodeType> {
  node: NodeOf<T>;
  locale: SymbolLocale;
  /** Stock days computed by the analysis, by node id, as the canvas shows them. */
  stockDaysById?: ReadonlyMap<string, number>;
}

export type SymbolSvg<T extends VsmNodeType> = (props: SymbolSvgProps<T>) => ReactElement;

export const INK = '#111';
export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
/** Stroke of outlines in px, as a symbol on the canvas at zoom 1. */
export const STROKE_PX = 2;
export const NAME_PX = 13;
export const LINE_PX = 12;
/** Line height of text lines, in px. */
export const LEADING_PX = 16;

/** The box a symbol is drawn in: its stored size, else its module's default. */
export function svgSize(node: { width?: number; height?: number }, size: NodeSize): NodeSize {
  return { width: node.width ?? size.width, height: node.height ?? size.height };
}

/** The root of every exported symbol: placed at the node's position, its type and id as attributes. */
export function SvgNode({ node, children }: { node: NodeOf<VsmNodeType>; children: ReactNode }) {
  return (
    <g
      className={`arus-svg-node arus-svg-node--${node.type}`}
      data-type={node.type}
      data-id={node.id}
      transform={`translate(${node.position.x} ${node.position.y})`}
      color={INK}
      fontFamily={FONT}
    >
      {children}
    </g>
  );
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * A glyph's drawing (in its own view box) fitted into a box of the export, its strokes
 * STROKE_PX × k wide on the page whatever the scale. `children` gets the `thin` that sizes
 * thinner details.
 */
export function SvgShape({ x, y, width, height, viewWidth, viewHeight, children }: {
  x: number; y: number; width: number; height: number; viewWidth: number; viewHeight: number;
  children: (thin: Thin) => ReactNode;
}) {
  const unitsPerPx = Math.max(viewWidth / width, viewHeight / height);
  const stroke = STROKE_PX * unitsPerPx;
  return (
    <svg
      x={round(x)} y={round(y)} width={round(width)} height={round(height)}
      viewBox={`0 0 ${viewWidth} ${viewHeight}`}
      fill="none" stroke="currentColor" strokeWidth={round(stroke)} strokeLinejoin="round" strokeLinecap="round"
      overflow="visible"
    >
      {children((k) => ({ strokeWidth: round(stroke * k) }))}
    </svg>
  );
}

/**
 * Splits text into lines of about `maxChars` at spaces and line breaks; beyond `maxLines` the
 * last line kept ends in an ellipsis, as does a word too long for a line.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.trim().split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const next = line === '' ? word : `${line} ${word}`;
      if (line !== '' && [...next].length > maxChars) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
  }
  const cut = (line: string) => [...line].slice(0, maxChars - 1).join('') + '…';
  const shown = lines.slice(0, maxLines).map((line) => ([...line].length > maxChars ? cut(line) : line));
  if (lines.length > maxLines) shown[maxLines - 1] = cut(shown[maxLines - 1]!.replace(/…$/, ''));
  return shown;
}

/** About how many characters of `fontPx` text fit in `widthPx` (an average glyph is ~0.55 em wide). */
export function charsIn(widthPx: number, fontPx: number): number {
  return Math.max(4, Math.floor(widthPx / (fontPx * 0.55)));
}

interface SvgTextProps {
  x: number;
  /** Baseline of the first line. */
  y: number;
  lines: readonly string[];
  anchor?: 'start' | 'middle' | 'end';
  fontPx?: number;
  bold?: boolean;
  fill?: string;
  /** The document field the text shows, for readers of the export. */
  field?: string;
}

/** Lines of text, one `<text>` each; the text goes in as a text node. */
export function SvgText({ x, y, lines, anchor = 'middle', fontPx = LINE_PX, bold = false, fill = 'currentColor', field }: SvgTextProps) {
  return (
    <>
      {lines.map((line, i) => (
        <text
          key={i}
          x={round(x)}
          y={round(y + i * LEADING_PX)}
          textAnchor={anchor}
          fontSize={fontPx}
          fontWeight={bold ? 700 : 400}
          fill={fill}
          stroke="none"
          data-field={field}
        >
          {line}
        </text>
      ))}
    </>
  );
}

export interface SvgRow {
  key: string;
  /** Short label (C/T); empty for a text row. */
  label: string;
  value: string;
}

/** Height in px of a data box of `rows` lines. */
export function dataBoxHeight(rows: number): number {
  return rows === 0 ? 0 : rows * LEADING_PX + 8;
}

/** Lines a text row of a data box wraps onto in an export (a delivery note, a demand note). */
const TEXT_ROW_LINES = 3;

/** The data box: a framed list of label and value rows, a text row wrapped; nothing when there are no rows. */
export function SvgDataBox({ x, y, width, rows }: { x: number; y: number; width: number; rows: readonly SvgRow[] }) {
  if (rows.length === 0) return null;
  const maxChars = charsIn(width - 12, LINE_PX);
  // A text row takes the lines it needs (up to three) rather than being cut at one.
  let line = 0;
  const placed = rows.map((row) => {
    const lines = row.label === '' ? wrapText(row.value, maxChars, TEXT_ROW_LINES) : [row.value];
    const baseline = y + (line + 1) * LEADING_PX;
    line += lines.length;
    return { row, lines, baseline };
  });
  return (
    <g className="arus-svg-databox">
      <rect x={x} y={y} width={width} height={dataBoxHeight(line)} fill="#fff" stroke="currentColor" strokeWidth={STROKE_PX / 2} />
      {placed.map(({ row, lines, baseline }) => (row.label === '' ? (
        <SvgText key={row.key} x={x + 6} y={baseline} anchor="start" lines={lines} field={row.key} />
      ) : (
        <g key={row.key} data-field={row.key}>
          <SvgText x={x + 6} y={baseline} anchor="start" lines={[row.label]} />
          <SvgText x={x + width - 6} y={baseline} anchor="end" lines={[row.value]} bold />
        </g>
      )))}
    </g>
  );
}

/** A line of text under a glyph. */
export interface SvgLine {
  text: string;
  field?: string;
  bold?: boolean;
}

interface GlyphAndLinesProps {
  node: NodeOf<VsmNodeType>;
  size: NodeSize;
  /** The glyph's drawing and its view box; drawn `glyphWidth` px wide, centred at the top. */
  viewWidth: number;
  viewHeight: number;
  glyphWidth: number;
  draw: (thin: Thin) => ReactNode;
  lines: readonly SvgLine[];
}

/** A glyph with its text lines under it: stocks, kanban cards, trucks, operators, quality problems. */
export function SvgGlyphAndLines({ node, size, viewWidth, viewHeight, glyphWidth, draw, lines }: GlyphAndLinesProps) {
  const { width } = svgSize(node, size);
  const glyphHeight = (glyphWidth * viewHeight) / viewWidth;
  const maxChars = charsIn(width, LINE_PX);
  const wrapped = lines.map((line) => ({ ...line, rows: wrapText(line.text, maxChars, 2) }));
  let baseline = glyphHeight + 4 + LINE_PX;
  return (
    <SvgNode node={node}>
      <SvgShape x={(width - glyphWidth) / 2} y={0} width={glyphWidth} height={glyphHeight} viewWidth={viewWidth} viewHeight={viewHeight}>
        {draw}
      </SvgShape>
      {wrapped.map((line, i) => {
        const y = baseline;
        baseline += line.rows.length * LEADING_PX;
        return <SvgText key={i} x={width / 2} y={y} lines={line.rows} bold={line.bold} field={line.field} />;
      })}
    </SvgNode>
  );
}
