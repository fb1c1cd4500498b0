/** FIFO lane: two lines with "FIFO" between them, max under it. */
import { memo } from 'react';
import { type GlyphProps, type NodeSize, type SymbolNodeProps, SvgGlyph, type Thin, thin } from './shared';
import { StockNode, StockSvg } from './stock';
import type { SymbolSvgProps } from './svg';

export const size: NodeSize = { width: 150, height: 100 };

const VIEW = { viewWidth: 96, viewHeight: 40 };
const GLYPH_WIDTH_PX = 140;

function Shape({ thin }: { thin: Thin }) {
  return (
    <>
      <path d="M2 5 H94 M2 35 H94" />
      <text x="44" y="26" textAnchor="middle" fontSize="17" fontWeight="800" fontFamily="system-ui, sans-serif" fill="currentColor" stroke="none">
        FIFO
      </text>
      <path d="M72 20 H88 M83 15 L88 20 L83 25" style={thin(0.8)} />
    </>
  );
}

export function Glyph(props: GlyphProps) {
  return (
    <SvgGlyph {...VIEW} {...props}>
      <Shape thin={thin} />
    </SvgGlyph>
  );
}

/** The lane with quantity, days and max under it, for the exports. */
export function Svg(props: SymbolSvgProps<'fifo'>) {
  return <StockSvg {...props} size={size} {...VIEW} glyphWidth={GLYPH_WIDTH_PX} draw={(fixed) => <Shape thin={fixed} />} />;
}

function FifoNodeView({ id, data, isConnectable, height }: SymbolNodeProps<'fifo'>) {
  return <StockNode id={id} type="fifo" data={data} isConnectable={isConnectable} width={size.width} height={height} glyph={<Glyph width={GLYPH_WIDTH_PX} />} />;
}

export const NodeComponent = memo(FifoNodeView);
NodeComponent.displayName = 'FifoNode';
