/** What the four stock symbols show under their glyph: quantity, days, max, note. */
import type { ReactNode } from 'react';
import type { StockData, VsmNodeType } from '../../domain/types';
import { type SymbolLocale, useSymbolContext } from './context';
import { formatterFor } from '../../i18n/format';
import { isShown, textOf } from './format';
import { canvasText, NodeFrame, type NodeSize, type Thin } from './shared';
import { SvgGlyphAndLines, type SvgLine, type SymbolSvgProps } from './svg';

/** The lines of a stock, formatted; the canvas and the exports show the same. */
export interface StockLines {
  quantity?: string;
  days?: string;
  /** The days come from the analysis, not from the team. */
  daysComputed: boolean;
  max?: string;
  note?: string;
}

export function stockLines(id: string, data: StockData, locale: SymbolLocale, stockDaysById?: ReadonlyMap<string, number>): StockLines {
  const f = formatterFor(locale);
  // Days the team typed win over days the analysis computed (spec: days overrides).
  const days = isShown(data.days) ? data.days : stockDaysById?.get(id);
  const lines: StockLines = { daysComputed: !isShown(data.days) };
  if (isShown(data.quantity)) lines.quantity = f.count(data.quantity);
  if (days !== undefined && Number.isFinite(days)) lines.days = f.days(days);
  if (isShown(data.maxQuantity)) lines.max = `${canvasText(locale).max} ${f.count(data.maxQuantity)}`;
  const note = textOf(data.note);
  if (note !== undefined) lines.note = note;
  return lines;
}

interface StockNodeProps {
  id: string;
  type: VsmNodeType;
  data: StockData;
  isConnectable: boolean;
  width: number;
  /** The height React Flow measured: the simple form keeps it, so nothing is measured again. */
  height?: number;
  glyph: ReactNode;
  /** The simple form draws the glyph as a CSS background (`.arus-stock__far-glyph`), no elements. */
  farGlyphInCss?: boolean;
}

/** A stock's glyph with its lines under it; zoomed out, the glyph and the quantity, large. */
export function StockNode({ id, type, data, isConnectable, width, height, glyph, farGlyphInCss = false }: StockNodeProps) {
  const { locale, stockDaysById, far } = useSymbolContext();
  const { quantity, days, daysComputed, max, note } = stockLines(id, data, locale, stockDaysById);
  const label = [quantity, days].filter(Boolean).join(', ');
  if (far === true) {
    return (
      <NodeFrame type={type} label={label || undefined} isConnectable={isConnectable} width={width} height={height}>
        {farGlyphInCss ? <div className="arus-stock__far-glyph" /> : <div className="arus-stock__glyph">{glyph}</div>}
        {quantity !== undefined ? <div className="arus-stock__far-quantity arus-far" data-field="quantity">{quantity}</div> : null}
      </NodeFrame>
    );
  }
  return (
    <NodeFrame type={type} label={label || undefined} isConnectable={isConnectable} width={width}>
      <div className="arus-stock__glyph">{glyph}</div>
      {quantity !== undefined ? <div className="arus-stock__quantity" data-field="quantity">{quantity}</div> : null}
      {days !== undefined ? (
        <div className={`arus-stock__days${daysComputed ? ' is-computed' : ''}`} data-field="days">{days}</div>
      ) : null}
      {max !== undefined ? <div className="arus-stock__max" data-field="maxQuantity">{max}</div> : null}
      {note !== undefined ? <div className="arus-stock__note arus-label" title={note}>{note}</div> : null}
    </NodeFrame>
  );
}

interface StockSvgProps extends SymbolSvgProps<'inventory' | 'supermarket' | 'fifo' | 'buffer'> {
  size: NodeSize;
  viewWidth: number;
  viewHeight: number;
  glyphWidth: number;
  draw: (thin: Thin) => ReactNode;
}

/** A stock for the exports: its glyph, then quantity, days, max and note. */
export function StockSvg({ node, locale, stockDaysById, ...glyph }: StockSvgProps) {
  const { quantity, days, max, note } = stockLines(node.id, node.data, locale, stockDaysById);
  const lines: SvgLine[] = [];
  if (quantity !== undefined) lines.push({ text: quantity, field: 'quantity', bold: true });
  if (days !== undefined) lines.push({ text: days, field: 'days' });
  if (max !== undefined) lines.push({ text: max, field: 'maxQuantity' });
  if (note !== undefined) lines.push({ text: note, field: 'note' });
  return <SvgGlyphAndLines node={node} lines={lines} {...glyph} />;
}
