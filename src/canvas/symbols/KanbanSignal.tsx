/** Signal kanban: an inverted triangle. */
import { memo } from 'react';
import { KanbanNode } from './kanban';
import { type GlyphProps, type NodeSize, type SymbolNodeProps, SvgGlyph } from './shared';

export const size: NodeSize = { width: 80, height: 96 };

export function Glyph(props: GlyphProps) {
  return (
    <SvgGlyph viewWidth={48} viewHeight={42} {...props}>
      <path d="M4 4 H44 L24 38 Z" fill="#fff" />
    </SvgGlyph>
  );
}

function KanbanSignalNodeView({ data, isConnectable }: SymbolNodeProps<'kanban-signal'>) {
  return <KanbanNode type="kanban-signal" data={data} isConnectable={isConnectable} width={size.width} glyph={<Glyph width={64} />} />;
}

export const NodeComponent = memo(KanbanSignalNodeView);
NodeComponent.displayName = 'KanbanSignalNode';
