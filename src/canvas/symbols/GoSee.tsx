/** Go-see scheduling: a pair of glasses. */
import { memo } from 'react';
import { type GlyphProps, type NodeSize, NodeFrame, type SymbolNodeProps, SvgGlyph } from './shared';

export const size: NodeSize = { width: 100, height: 48 };

export function Glyph(props: GlyphProps) {
  return (
    <SvgGlyph viewWidth={64} viewHeight={30} {...props}>
      <circle cx="17" cy="18" r="10" fill="#fff" />
      <circle cx="47" cy="18" r="10" fill="#fff" />
      <path d="M27 16 Q32 11 37 16 M7 16 L3 7 M57 16 L61 7" />
    </SvgGlyph>
  );
}

function GoSeeNodeView({ isConnectable }: SymbolNodeProps<'go-see'>) {
  return (
    <NodeFrame type="go-see" isConnectable={isConnectable} width={size.width}>
      <div className="arus-stock__glyph">
        <Glyph width={96} />
      </div>
    </NodeFrame>
  );
}

export const NodeComponent = memo(GoSeeNodeView);
NodeComponent.displayName = 'GoSeeNode';
