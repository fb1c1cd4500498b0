/** Go-see scheduling: a pair of glasses. */
import { memo } from 'react';
import { type GlyphProps, type NodeSize, NodeFrame, type SymbolNodeProps, SvgGlyph } from './shared';
import { SvgGlyphAndLines, type SymbolSvgProps } from './svg';

export const size: NodeSize = { width: 100, height: 48 };

const VIEW = { viewWidth: 64, viewHeight: 30 };
const GLYPH_WIDTH_PX = 96;

function Shape() {
  return (
    <>
      <circle cx="17" cy="18" r="10" fill="#fff" />
      <circle cx="47" cy="18" r="10" fill="#fff" />
      <path d="M27 16 Q32 11 37 16 M7 16 L3 7 M57 16 L61 7" />
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

/** The glasses alone: the symbol has no data. */
export function Svg({ node }: SymbolSvgProps<'go-see'>) {
  return <SvgGlyphAndLines node={node} size={size} {...VIEW} glyphWidth={GLYPH_WIDTH_PX} draw={() => <Shape />} lines={[]} />;
}

function GoSeeNodeView({ isConnectable }: SymbolNodeProps<'go-see'>) {
  return (
    <NodeFrame type="go-see" isConnectable={isConnectable} width={size.width}>
      <div className="arus-stock__glyph">
        <Glyph width={GLYPH_WIDTH_PX} />
      </div>
    </NodeFrame>
  );
}

export const NodeComponent = memo(GoSeeNodeView);
NodeComponent.displayName = 'GoSeeNode';
