/** The kanban symbols: a glyph with the card quantity under it. */
import type { ReactNode } from 'react';
import type { KanbanData, VsmNodeType } from '../../domain/types';
import { type SymbolLocale, useSymbolContext } from './context';
import { formatterFor } from '../../i18n/format';
import { isShown } from './format';
import { NodeFrame, type NodeSize, type Thin } from './shared';
import { SvgGlyphAndLines, type SymbolSvgProps } from './svg';

/** The card's quantity as a data box shows it, or undefined. */
function quantityText(data: KanbanData, locale: SymbolLocale): string | undefined {
  return isShown(data.quantity) ? formatterFor(locale).count(data.quantity) : undefined;
}

interface KanbanNodeProps {
  type: VsmNodeType;
  data: KanbanData;
  isConnectable: boolean;
  width: number;
  glyph: ReactNode;
}

export function KanbanNode({ type, data, isConnectable, width, glyph }: KanbanNodeProps) {
  const { locale } = useSymbolContext();
  const quantity = quantityText(data, locale);
  return (
    <NodeFrame type={type} label={quantity} isConnectable={isConnectable} width={width}>
      <div className="arus-stock__glyph">{glyph}</div>
      {quantity !== undefined ? (
        <div className="arus-stock__lines">
          <div className="arus-stock__quantity" data-field="quantity">{quantity}</div>
        </div>
      ) : null}
    </NodeFrame>
  );
}

interface KanbanSvgProps extends SymbolSvgProps<'kanban-production' | 'kanban-withdrawal' | 'kanban-signal'> {
  size: NodeSize;
  viewWidth: number;
  viewHeight: number;
  glyphWidth: number;
  draw: (thin: Thin) => ReactNode;
}

/** A kanban card for the exports: its glyph and the quantity under it. */
export function KanbanSvg({ node, locale, stockDaysById: _days, ...glyph }: KanbanSvgProps) {
  const quantity = quantityText(node.data, locale);
  return <SvgGlyphAndLines node={node} lines={quantity === undefined ? [] : [{ text: quantity, field: 'quantity', bold: true }]} {...glyph} />;
}
