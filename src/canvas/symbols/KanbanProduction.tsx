/** Production kanban: a card with the top-right corner cut. */
import { memo } from 'react';
import { KanbanNode } from './kanban';
import { CARD_PATH } from './parts';
import { type GlyphProps, type NodeSize, type SymbolNodeProps, SvgGlyph } from './shared';

export const size: NodeSize = { width: 90, height: 96 };

export function Glyph(props: GlyphProps) {
  return (
    <SvgGlyph viewWidth={48} viewHeight={36} {...props}>
      <path d={CARD_PATH} fill="#fff" />
    </SvgGlyph>
  );
}

function KanbanProductionNodeView({ data, isConnectable }: SymbolNodeProps<'kanban-production'>) {
  return <KanbanNode type="kanban-production" data={data} isConnectable={isConnectable} width={size.width} glyph={<Glyph width={76} />} />;
}

export const NodeComponent = memo(KanbanProductionNodeView);
NodeComponent.displayName = 'KanbanProductionNode';
