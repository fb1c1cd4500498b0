/** Supermarket: shelves open on the side the customer process takes from (an E shape). */
import { memo } from 'react';
import { type GlyphProps, type NodeSize, type SymbolNodeProps, SvgGlyph } from './shared';
import { StockNode, StockSvg } from './stock';
import type { SymbolSvgProps } from './svg';

export const size: NodeSize = { width: 96, height: 130 };

const VIEW = { viewWidth: 48, viewHeight: 48 };
const GLYPH_WIDTH_PX = 72;

function Shape() {
  return <path d="M8 5 H40 V43 H8 M8 17.7 H40 M8 30.3 H40" />;
}

export function Glyph(props: GlyphProps) {
  return (
    <SvgGlyph {...VIEW} {...props}>
      <Shape />
    </SvgGlyph>
  );
}

/** The open shelves with quantity, days and max under them, for the exports. */
export function Svg(props: SymbolSvgProps<'supermarket'>) {
  return <StockSvg {...props} size={size} {...VIEW} glyphWidth={GLYPH_WIDTH_PX} draw={() => <Shape />} />;
}

function SupermarketNodeView({ id, data, isConnectable, height }: SymbolNodeProps<'supermarket'>) {
  return <StockNode id={id} type="supermarket" data={data} isConnectable={isConnectable} width={size.width} height={height} glyph={<Glyph width={GLYPH_WIDTH_PX} />} />;
}

export const NodeComponent = memo(SupermarketNodeView);
NodeComponent.displayName = 'SupermarketNode';
