/** Kanban post: the box on a post where withdrawal cards are dropped. */
import { memo } from 'react';
import { type GlyphProps, type NodeSize, NodeFrame, type SymbolNodeProps, SvgGlyph } from './shared';

export const size: NodeSize = { width: 72, height: 72 };

export function Glyph(props: GlyphProps) {
  return (
    <SvgGlyph viewWidth={48} viewHeight={48} {...props}>
      <path d="M8 6 V22 H40 V6" fill="#fff" />
      <path d="M24 22 V43 M13 43 H35" />
    </SvgGlyph>
  );
}

function KanbanPostNodeView({ isConnectable }: SymbolNodeProps<'kanban-post'>) {
  return (
    <NodeFrame type="kanban-post" isConnectable={isConnectable} width={size.width}>
      <div className="arus-stock__glyph">
        <Glyph size={64} />
      </div>
    </NodeFrame>
  );
}

export const NodeComponent = memo(KanbanPostNodeView);
NodeComponent.displayName = 'KanbanPostNode';
