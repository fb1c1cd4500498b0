/** Safety/buffer stock: stacked boxes; quantity and days under them. */
import { memo } from 'react';
import { type GlyphProps, type NodeSize, type SymbolNodeProps, SvgGlyph } from './shared';
import { StockNode, StockSvg } from './stock';
import type { SymbolSvgProps } from './svg';

export const size: NodeSize = { width: 96, height: 130 };

const VIEW = { viewWidth: 48, viewHeight: 48 };
const GLYPH_WIDTH_PX = 72;

function Shape() {
  return (
    <>
      <rect x="14" y="4" width="20" height="12" fill="#fff" />
      <rect x="14" y="18" width="20" height="12" fill="#fff" />
      <rect x="14" y="32" width="20" height="12" fill="#fff" />
      <path d="M14 4 H34 V7 H14 Z M14 18 H34 V21 H14 Z M14 32 H34 V35 H14 Z" fill="currentColor" />
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

/** The stacked boxes with quantity and days under them, for the exports. */
export function Svg(props: SymbolSvgProps<'buffer'>) {
  return <StockSvg {...props} size={size} {...VIEW} glyphWidth={GLYPH_WIDTH_PX} draw={() => <Shape />} />;
}

function BufferNodeView({ id, data, isConnectable, height }: SymbolNodeProps<'buffer'>) {
  return <StockNode id={id} type="buffer" data={data} isConnectable={isConnectable} width={size.width} height={height} glyph={<Glyph width={GLYPH_WIDTH_PX} />} />;
}

export const NodeComponent = memo(BufferNodeView);
NodeComponent.displayName = 'BufferNode';
