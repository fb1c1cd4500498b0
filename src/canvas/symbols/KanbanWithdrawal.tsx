/** Withdrawal kanban: a card with the corner cut, drawn dotted to tell it from a production card. */
import { memo } from 'react';
import { KanbanNode } from './kanban';
import { CARD_PATH } from './parts';
import { type GlyphProps, type NodeSize, type SymbolNodeProps, SvgGlyph } from './shared';

export const size: NodeSize = { width: 90, height: 96 };

export function Glyph(props: GlyphProps) {
  return (
    <SvgGlyph viewWidth={48} viewHeight={36} {...props}>
      <path d={CARD_PATH} fill="#fff" strokeDasharray="0.1 5" />
    </SvgGlyph>
  );
}

function KanbanWithdrawalNodeView({ data, isConnectable }: SymbolNodeProps<'kanban-withdrawal'>) {
  return <KanbanNode type="kanban-withdrawal" data={data} isConnectable={isConnectable} width={size.width} glyph={<Glyph width={76} />} />;
}

export const NodeComponent = memo(KanbanWithdrawalNodeView);
NodeComponent.displayName = 'KanbanWithdrawalNode';
