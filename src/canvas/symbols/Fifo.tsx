/** FIFO lane: two lines with "FIFO" between them, max under it. */
import { memo } from 'react';
import { type GlyphProps, type NodeSize, type SymbolNodeProps, SvgGlyph, thin } from './shared';
import { StockNode } from './stock';

export const size: NodeSize = { width: 150, height: 100 };

export function Glyph(props: GlyphProps) {
  return (
    <SvgGlyph viewWidth={96} viewHeight={40} {...props}>
      <path d="M2 5 H94 M2 35 H94" />
      <text x="44" y="26" textAnchor="middle" fontSize="17" fontWeight="800" fontFamily="system-ui, sans-serif" fill="currentColor" stroke="none">
        FIFO
      </text>
      <path d="M72 20 H88 M83 15 L88 20 L83 25" style={thin(0.8)} />
    </SvgGlyph>
  );
}

function FifoNodeView({ id, data, isConnectable }: SymbolNodeProps<'fifo'>) {
  return <StockNode id={id} type="fifo" data={data} isConnectable={isConnectable} width={size.width} glyph={<Glyph width={140} />} />;
}

export const NodeComponent = memo(FifoNodeView);
NodeComponent.displayName = 'FifoNode';
