/** Inventory: a triangle with "I"; quantity and days under it. */
import { memo } from 'react';
import { type GlyphProps, type NodeSize, type SymbolNodeProps, SvgGlyph } from './shared';
import { StockNode, StockSvg } from './stock';
import type { SymbolSvgProps } from './svg';

export const size: NodeSize = { width: 96, height: 120 };

const VIEW = { viewWidth: 60, viewHeight: 52 };
const GLYPH_WIDTH_PX = 78;

function Shape() {
  return (
    <>
      <path d="M30 3 L57 49 H3 Z" fill="#fff" />
      <text x="30" y="43" textAnchor="middle" fontSize="26" fontWeight="700" fontFamily="Georgia, 'Times New Roman', serif" fill="currentColor" stroke="none">
        I
      </text>
    </>
  );
}

export function Glyph(props: GlyphProps) {
  return (
    <SvgGlyph {...VIEW} {...props}>
      <Shape />
    </SvgGlyph>
  );
}

/** The triangle with quantity and days under it, for the exports. */
export function Svg(props: SymbolSvgProps<'inventory'>) {
  return <StockSvg {...props} size={size} {...VIEW} glyphWidth={GLYPH_WIDTH_PX} draw={() => <Shape />} />;
}

function InventoryNodeView({ id, data, isConnectable, height }: SymbolNodeProps<'inventory'>) {
  return (
    <StockNode
      id={id} type="inventory" data={data} isConnectable={isConnectable} width={size.width} height={height}
      glyph={<Glyph width={GLYPH_WIDTH_PX} />} farGlyphInCss
    />
  );
}

export const NodeComponent = memo(InventoryNodeView);
NodeComponent.displayName = 'InventoryNode';
