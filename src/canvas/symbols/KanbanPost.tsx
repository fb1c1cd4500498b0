/** Kanban post: the box on a post where withdrawal cards are dropped. */
import { memo } from 'react';
import { type GlyphProps, type NodeSize, NodeFrame, type SymbolNodeProps, SvgGlyph } from './shared';
import { SvgGlyphAndLines, type SymbolSvgProps } from './svg';

export const size: NodeSize = { width: 72, height: 72 };

const VIEW = { viewWidth: 48, viewHeight: 48 };
const GLYPH_PX = 64;

function Shape() {
  return (
    <>
      <path d="M8 6 V22 H40 V6" fill="#fff" />
      <path d="M24 22 V43 M13 43 H35" />
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

/** The post box alone: it has no data. */
export function Svg({ node }: SymbolSvgProps<'kanban-post'>) {
  return <SvgGlyphAndLines node={node} size={size} {...VIEW} glyphWidth={GLYPH_PX} draw={() => <Shape />} lines={[]} />;
}

function KanbanPostNodeView({ isConnectable }: SymbolNodeProps<'kanban-post'>) {
  return (
    <NodeFrame type="kanban-post" isConnectable={isConnectable} width={size.width}>
      <div className="arus-stock__glyph">
        <Glyph size={GLYPH_PX} />
      </div>
    </NodeFrame>
  );
}

export const NodeComponent = memo(KanbanPostNodeView);
NodeComponent.displayName = 'KanbanPostNode';
