/** Supermarket: shelves open on the side the customer process takes from (an E shape). */
import { memo } from 'react';
import { type GlyphProps, type NodeSize, type SymbolNodeProps, SvgGlyph } from './shared';
import { StockNode } from './stock';

export const size: NodeSize = { width: 96, height: 130 };

export function Glyph(props: GlyphProps) {
  return (
    <SvgGlyph viewWidth={48} viewHeight={48} {...props}>
      <path d="M8 5 H40 V43 H8 M8 17.7 H40 M8 30.3 H40" />
    </SvgGlyph>
  );
}

function SupermarketNodeView({ id, data, isConnectable }: SymbolNodeProps<'supermarket'>) {
  return <StockNode id={id} type="supermarket" data={data} isConnectable={isConnectable} width={size.width} glyph={<Glyph width={72} />} />;
}

export const NodeComponent = memo(SupermarketNodeView);
NodeComponent.displayName = 'SupermarketNode';
