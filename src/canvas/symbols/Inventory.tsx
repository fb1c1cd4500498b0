/** Inventory: a triangle with "I"; quantity and days under it. */
import { memo } from 'react';
import { type GlyphProps, type NodeSize, type SymbolNodeProps, SvgGlyph } from './shared';
import { StockNode } from './stock';

export const size: NodeSize = { width: 96, height: 120 };

export function Glyph(props: GlyphProps) {
  return (
    <SvgGlyph viewWidth={60} viewHeight={52} {...props}>
      <path d="M30 3 L57 49 H3 Z" fill="#fff" />
      <text x="30" y="43" textAnchor="middle" fontSize="26" fontWeight="700" fontFamily="Georgia, 'Times New Roman', serif" fill="currentColor" stroke="none">
        I
      </text>
    </SvgGlyph>
  );
}

function InventoryNodeView({ id, data, isConnectable }: SymbolNodeProps<'inventory'>) {
  return <StockNode id={id} type="inventory" data={data} isConnectable={isConnectable} width={size.width} glyph={<Glyph width={78} />} />;
}

export const NodeComponent = memo(InventoryNodeView);
NodeComponent.displayName = 'InventoryNode';
